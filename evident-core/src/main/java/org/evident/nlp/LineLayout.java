package org.evident.nlp;

import java.util.regex.Pattern;

/**
 * How a text uses single line breaks. Web news (news-please, feeds, pages) puts each paragraph, heading and caption
 * on a line of its own, so a line break ends a sentence even where the line has no final stop ("Florida club: 49
 * killed" above the item it heads). Wire copy and plain-text archives wrap long lines inside sentences, so there a
 * single line break is a space and only a blank line ends a sentence. The tell of wrapping is a line that goes on
 * in lower case: a wrapped sentence continues on the next line mid-clause.
 */
public final class LineLayout {

    /** Share of line breaks followed by a lower-case line above which a text counts as wrapped. */
    private static final double WRAPPED_SHARE = 0.1;
    /** A line that ends like a sentence (quotes and brackets after the stop allowed). */
    private static final Pattern FINAL_STOP = Pattern.compile("[.!?:;…][\"'”’)\\]]*$");
    /** Headings and headlines are short; a longer line without a stop is a paragraph that lost it. */
    private static final int HEADING_WORDS = 15;

    private LineLayout() {
    }

    /** Whether every line of the text is a paragraph of its own, so that a single line break ends a sentence. */
    public static boolean linePerParagraph(String text) {
        int breaks = 0;
        int continued = 0;
        String previous = null;
        for (String line : text.split("\n", -1)) {
            String content = line.strip();
            if (previous != null && !previous.isEmpty() && !content.isEmpty()) {
                breaks++;
                if (Character.isLowerCase(content.codePointAt(0))) {
                    continued++;
                }
            }
            previous = content;
        }
        return breaks > 0 && continued < Math.max(1, WRAPPED_SHARE * breaks);
    }

    /**
     * Whether the text from {@code begin} to {@code end} (a sentence) is a heading in any layout: it fills a line of
     * its own, reads as a heading, and text follows it. A wrapped line ends mid-sentence, so in wrapped text only a
     * sentence a line break ends, such as a title over a blank line, qualifies.
     */
    public static boolean isHeadingSpan(String text, int begin, int end) {
        int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0 || !text.substring(lineStart, begin).isBlank() || !text.substring(end, lineEnd).isBlank()
                || text.substring(lineEnd).isBlank()) {
            return false;
        }
        return isHeading(text.substring(begin, end));
    }

    /** Whether a line of a text with a paragraph on each line reads as a heading: short, without a final stop. */
    public static boolean isHeading(String line) {
        String words = line.strip();
        return !words.isEmpty() && !FINAL_STOP.matcher(words).find() && words.split("\\s+").length <= HEADING_WORDS;
    }
}
