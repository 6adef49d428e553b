/**
 * The linguistic annotation of an article as Evident's own immutable records, and the CoreNLP adapter that
 * produces them. Extraction rules read only these records, so they can be tested on hand-built sentences.
 */
package org.evident.nlp;
