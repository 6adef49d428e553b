/**
 * MUC-4 evaluation: readers for the MUC-3/4 message and answer-key files, the mapping of MUC incident types to
 * PLOVER, and the scorer of Evident's records against the key templates (incident recall, precision, slots).
 */
package org.evident.eval.muc;
