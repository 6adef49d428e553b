/** Evident's own interchange files: one article with its event records per JSON line, written and read back. */
package org.evident.exchange;
