package org.evident.nlp;

/**
 * One token.
 *
 * @param index      0-based position in its sentence
 * @param text       the token exactly as it stands in the article
 * @param lemma      lower-case lemma
 * @param pos        Penn Treebank tag
 * @param ner        named-entity class (PERSON, LOCATION, DATE, NUMBER, …) or "O"
 * @param normalized normalized value for numbers and times (SUTime TIMEX value), or null
 * @param begin      character offset into the article body
 * @param end        character offset, exclusive
 */
public record Token(int index, String text, String lemma, String pos, String ner, String normalized,
                    int begin, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isNumber() {
        return pos.equals("CD");
    }
}
