package org.evident.nlp;

/**
 * A named entity, number or time expression spanning tokens [first, last] of a sentence.
 *
 * @param type       PERSON, ORGANIZATION, LOCATION, DATE, TIME, DURATION, NUMBER, MONEY, PERCENT, …
 * @param normalized SUTime's TIMEX value or the number's value, or null
 */
public record EntityMention(int first, int last, String type, String text, String normalized, int begin, int end) {

    public boolean isTime() {
        return type.equals("DATE") || type.equals("TIME") || type.equals("DURATION") || type.equals("SET");
    }

    public boolean covers(int tokenIndex) {
        return tokenIndex >= first && tokenIndex <= last;
    }
}
