/** The one place where the stages are composed: article in, annotated article, event records out. */
package org.evident.pipeline;
