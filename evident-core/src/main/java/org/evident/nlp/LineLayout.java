package org.evident.nlp;

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
}
