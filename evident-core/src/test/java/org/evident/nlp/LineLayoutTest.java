package org.evident.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineLayoutTest {

    @Test
    void aWebArticleHasAParagraphOnEachLineHeadingsIncluded() {
        String text = """
                Storm damage in the valley
                Heavy rain flooded three villages on Monday, officials said.
                Roads closed
                The main road to the coast was shut after a landslide.
                """;
        assertTrue(LineLayout.linePerParagraph(text));
    }

    @Test
    void wrappedWireCopyGoesOnInLowerCase() {
        String text = """
                Heavy rain flooded three villages in the valley on Monday, officials
                said, and the main road to the coast was shut after a landslide near
                the border.

                Rescue teams reached the villages by boat.
                """;
        assertFalse(LineLayout.linePerParagraph(text));
    }

    @Test
    void oneLowerCaseParagraphDoesNotMakeALongArticleWrapped() {
        StringBuilder text = new StringBuilder("A headline\n");
        for (int i = 0; i < 12; i++) {
            text.append("Paragraph number ").append(i).append(" ends with a stop.\n");
        }
        text.append("iPhone sales rose again.\n");
        assertTrue(LineLayout.linePerParagraph(text.toString()));
    }

    @Test
    void aTextWithoutLineBreaksHasNoLinesToSplit() {
        assertFalse(LineLayout.linePerParagraph("One paragraph. Two sentences."));
        assertFalse(LineLayout.linePerParagraph("Title\n\nBody in one paragraph."));
    }

    @Test
    void aHeadingIsAShortLineWithoutAFinalStop() {
        assertTrue(LineLayout.isHeading("Florida club: 49 killed"));
        assertFalse(LineLayout.isHeading("Heavy rain flooded three villages on Monday."));
        assertFalse(LineLayout.isHeading("Officials said the road \"would reopen.\""));
        assertFalse(LineLayout.isHeading("a line without a stop that runs on well past the fifteen words a heading"
                + " could ever hold in print"));
    }

    @Test
    void aHeadingSpanFillsItsLineWithTextBelowInEitherLayout() {
        String web = "Missile flies over Japan\nOfficials confirmed the test on Friday.\n";
        assertTrue(LineLayout.isHeadingSpan(web, 0, web.indexOf('\n')));
        String wrapped = "Missile flies over Japan\n\nOfficials confirmed the test on Friday, the\nministry said.\n";
        assertTrue(LineLayout.isHeadingSpan(wrapped, 0, wrapped.indexOf('\n')));
        int lead = wrapped.indexOf("Officials");
        assertFalse(LineLayout.isHeadingSpan(wrapped, lead, wrapped.indexOf(" the\n")), "a wrapped line is no sentence");
        assertFalse(LineLayout.isHeadingSpan("Missile flies over Japan\n", 0, 24), "nothing follows it");
        assertFalse(LineLayout.isHeadingSpan(web, 0, 7), "it does not fill its line");
    }
}
