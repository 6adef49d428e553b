/** Scoring extracted records against hand-annotated gold events, by the rules of the gold README. */
package org.evident.eval;
