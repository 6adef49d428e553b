package org.evident.nlp;

import org.evident.model.Article;

/**
 * Text that CoreNLP's tokenizer reads in linear time. The tokenizer takes time quadratic in the length of a stretch
 * without ordinary whitespace (space, tab, line break) when it cuts the stretch into many tokens: 8,000 {@code &}
 * in a row take 7 s, 8,000 {@code &amp;} 26 s, and the same goes for runs of {@code ' " + ~ ; % ^ \ /}, for
 * {@code a,a,a}, {@code a&a&a} or {@code a.-a.-a}, for any HTML entity, and for words separated by no-break, thin
 * or ideographic spaces (6,400 words joined by no-break spaces: 44 s). A stretch it keeps as one token (a long
 * word, a rule of dashes) costs nothing, nor does the same text with ordinary spaces. The tokenizer checks no
 * interrupt, so no time budget can stop it either.
 *
 * <p>So, before annotation, in every stretch longer than {@value #LONGEST_STRETCH} characters without ordinary
 * whitespace, other spaces become ordinary ones; what is then still that long, unless it is letters and digits only
 * or one separator character repeated ({@code ----}, {@code ____}, {@code ====}, {@code ****}, {@code ....},
 * {@code ####}), gets a space in place of every {@value #PIECE}th character, so that the tokenizer reads pieces of
 * bounded size (a 1 MB body of {@code &amp;} then takes 5 s). Apart from web addresses, news text has no such
 * stretch; a web address that long is cut too, as one followed by {@code '''} or {@code &&&} is as slow as the
 * rest. Every replacement is one character for one, so the text keeps its length and every offset still points
 * into the article as written.
 */
public final class TokenizerSafeText {

    /** The longest stretch without ordinary whitespace left as it is. */
    static final int LONGEST_STRETCH = 64;
    /** A stretch still over the limit is cut into pieces this long (a space in place of each piece's last character). */
    static final int PIECE = 32;

    private TokenizerSafeText() {}

    /** The article with its body made safe, or the article itself when there was nothing to change. */
    public static Article of(Article article) {
        String body = article.body();
        String safe = of(body);
        return safe.equals(body) ? article : article.withBody(safe);
    }

    /** The text with every long stretch that the tokenizer would cut into many tokens broken up; same length. */
    public static String of(String text) {
        StringBuilder safe = new StringBuilder(text);
        boolean changed = false;
        for (int start = 0, end; start < safe.length(); start = end + 1) {
            end = stretchEnd(safe, start);
            if (end - start > LONGEST_STRETCH) {
                changed |= ordinarySpaces(safe, start, end);
            }
        }
        for (int start = 0, end; start < safe.length(); start = end + 1) {
            end = stretchEnd(safe, start);
            if (end - start > LONGEST_STRETCH && !isOneToken(safe, start, end)) {
                breakUp(safe, start, end);
                changed = true;
            }
        }
        return changed ? safe.toString() : text;
    }

    /** Where the stretch from {@code start} ends: at the next ordinary whitespace, or at the end. */
    private static int stretchEnd(CharSequence text, int start) {
        int end = start;
        while (end < text.length() && !isOrdinarySpace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The whitespace the tokenizer reads in linear time. */
    private static boolean isOrdinarySpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** No-break, thin, ideographic and other spaces in [start, end) become ordinary ones; whether there were any. */
    private static boolean ordinarySpaces(StringBuilder text, int start, int end) {
        boolean any = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                text.setCharAt(i, ' ');
                any = true;
            }
        }
        return any;
    }

    /** A space in place of the last character of every piece of the stretch [start, end). */
    private static void breakUp(StringBuilder text, int start, int end) {
        for (int i = start + PIECE - 1; i < end; i += PIECE) {
            text.setCharAt(i, ' ');
            // never half of a surrogate pair: both halves become spaces
            if (i > start && Character.isHighSurrogate(text.charAt(i - 1))) {
                text.setCharAt(i - 1, ' ');
            }
            if (i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                text.setCharAt(i + 1, ' ');
            }
        }
    }

    /**
     * Stretches the tokenizer keeps as one token, whatever their length (measured): letters and digits only, or one
     * separator character repeated.
     */
    static boolean isOneToken(CharSequence text, int start, int end) {
        return isSeparatorRun(text, start, end) || isLettersAndDigits(text, start, end);
    }

    /** One separator character repeated: a rule across the page. */
    private static boolean isSeparatorRun(CharSequence text, int start, int end) {
        char first = text.charAt(start);
        if ("-_=*.#".indexOf(first) < 0) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (text.charAt(i) != first) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLettersAndDigits(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
