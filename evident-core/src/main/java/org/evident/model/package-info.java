/** The records every interface of Evident speaks: articles, event records and their JSON form. */
package org.evident.model;
