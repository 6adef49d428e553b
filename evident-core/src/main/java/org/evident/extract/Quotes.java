package org.evident.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted passages of an article: “…”, ‘…’ and "…". A right single quote that a letter follows is an apostrophe
 * ("IS’s", "don’t"), not a closing quote. Scare quotes (a few words) are kept too; callers ask for long ones.
 */
final class Quotes {

    /** A quoted passage: offsets of the text inside the marks. */
    record Quote(int begin, int end) {
        boolean contains(int offset) {
            return offset >= begin && offset < end;
        }

        int length() {
            return end - begin;
        }
    }

    private Quotes() {}

    static List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = switch (c) {
                case '\u201C' -> text.indexOf('\u201D', i + 1);
                case '\u2018' -> closingSingle(text, i + 1);
                case '"' -> openingStraight(text, i) ? text.indexOf('"', i + 1) : -1;
                default -> -1;
            };
            if (close > i + 1) {
                quotes.add(new Quote(i + 1, close));
                i = close;
            }
        }
        return quotes;
    }

    private static int closingSingle(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            if (text.charAt(k) == '\u2019' && (k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1)))) {
                // "IS’ stronghold": a possessive after a capitalised word with no opening quote nearby is rare in
                // quotes; a closing quote usually follows punctuation or a word ending the quoted phrase
                return k;
            }
            if (text.charAt(k) == '\u2018') {
                return -1; // a new opening before any closing: the first was an apostrophe-like mark
            }
        }
        return -1;
    }

    private static boolean openingStraight(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    static Quote at(List<Quote> quotes, int offset) {
        for (Quote q : quotes) {
            if (q.contains(offset)) {
                return q;
            }
        }
        return null;
    }
}
