package org.evident.extract;

import org.evident.nlp.Sentence;

/**
 * Negation read from the parse with the codebook's cues (cues.tsv NEGATION, NEGATIVE_SUBJECT), in the two forms
 * several readers ask about: a noun its determiner negates ("no group") and a subject that negates its clause.
 */
final class Negation {

    private Negation() {}

    /** "no group", "no connections": a noun with a determiner the codebook lists as negating. */
    static boolean hasNegatingDeterminer(Codebook codebook, Sentence s, int noun) {
        for (int determiner : s.children(noun, "det")) {
            if (codebook.isCue(Codebook.CueRole.NEGATION, s.token(determiner).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** "no group claimed it", "nobody ordered it": a subject that says the clause did not happen. */
    static boolean isNegativeSubject(Codebook codebook, Sentence s, int subject) {
        return hasNegatingDeterminer(codebook, s, subject)
                || codebook.isCue(Codebook.CueRole.NEGATIVE_SUBJECT, s.token(subject).lemma());
    }
}
