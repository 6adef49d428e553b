package org.evident.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;

/** The tokenizer-safe text on hand-built strings: what is cut, what is left alone, and that offsets hold. */
class TokenizerSafeTextTest {

    private static final String NEWS = "Police said 12 people were killed on Monday when gunmen attacked a market in"
            + " the north-east of the country, the A&M spokesman told reporters (AFP). \"It's over,\" he said;"
            + " see https://example.org/news/2024/05/07/attack for more.\n\nMore: 5%, +3, ~40, 1/2, C++, R&D.";

    @Test
    void ordinaryNewsTextIsReturnedAsItIs() {
        assertThat(TokenizerSafeText.of(NEWS)).isSameAs(NEWS);
        Article article = Article.of("news.txt", NEWS, LocalDate.of(2024, 5, 7));
        assertThat(TokenizerSafeText.of(article)).isSameAs(article);
    }

    @Test
    void aLongRunOfAmpersandsIsCutIntoPiecesOfBoundedLength() {
        String text = "Before. " + "&".repeat(10_000) + " After.";

        String safe = TokenizerSafeText.of(text);

        assertThat(safe).hasSameSizeAs(text).startsWith("Before. ").endsWith(" After.");
        assertThat(longestStretch(safe)).isLessThanOrEqualTo(TokenizerSafeText.PIECE);
        assertThat(safe.replace(" ", "")).matches("Before\\.&+After\\.");
    }

    @Test
    void entitiesAndMixedPunctuationRunsAreCutToo() {
        for (String unit : new String[] {"&amp;", "&#38;", "&nbsp;", "'", "\"", "+", ";", "a&", "a,", ".-", "a.1-b_"}) {
            String text = unit.repeat(2_000);
            assertThat(longestStretch(TokenizerSafeText.of(text))).as(unit).isLessThanOrEqualTo(TokenizerSafeText.PIECE);
        }
    }

    @Test
    void otherSpacesInALongStretchBecomeOrdinarySpacesAndWordsStayWhole() {
        String text = "word\u00A0".repeat(100) + "end";

        String safe = TokenizerSafeText.of(text);

        assertThat(safe).isEqualTo("word ".repeat(100) + "end");
    }

    @Test
    void aShortStretchWithANoBreakSpaceIsLeftAlone() {
        String text = "The march drew 10\u00A0000 people.";
        assertThat(TokenizerSafeText.of(text)).isSameAs(text);
    }

    @Test
    void stretchesTheTokenizerKeepsAsOneTokenAreLeftAlone() {
        String rule = "-".repeat(80) + "\n" + "_".repeat(80) + "\n" + "=".repeat(200);
        String word = "a".repeat(500) + " " + "7".repeat(100);
        assertThat(TokenizerSafeText.of(rule)).isSameAs(rule);
        assertThat(TokenizerSafeText.of(word)).isSameAs(word);
    }

    @Test
    void aStretchOfExactlyTheLimitIsLeftAloneAndOneMoreIsCut() {
        String limit = "&".repeat(TokenizerSafeText.LONGEST_STRETCH);
        String over = "&".repeat(TokenizerSafeText.LONGEST_STRETCH + 1);
        assertThat(TokenizerSafeText.of(limit)).isSameAs(limit);
        assertThat(TokenizerSafeText.of(over)).isNotEqualTo(over).hasSameSizeAs(over);
    }

    @Test
    void aSurrogatePairIsNeverSplitInHalf() {
        String text = "\uD83D\uDE00".repeat(200); // an emoji, two chars each

        String safe = TokenizerSafeText.of(text);

        assertThat(safe).hasSameSizeAs(text);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(Character.isLowSurrogate(safe.charAt(i + 1))).as("pair at %d", i).isTrue();
            } else if (Character.isLowSurrogate(c)) {
                assertThat(Character.isHighSurrogate(safe.charAt(i - 1))).as("pair at %d", i).isTrue();
            }
        }
    }

    @Test
    void theSafeArticleKeepsItsIdAndEverythingButTheBody() {
        Article article = new Article(null, "feed.json:3", "A title", "Text " + "&amp;".repeat(100), LocalDate.of(2024,
                1, 2), "https://example.org/a", "Herald", "en", "news");

        Article safe = TokenizerSafeText.of(article);

        assertThat(safe.id()).isEqualTo(article.id());
        assertThat(safe.body()).hasSameSizeAs(article.body()).isNotEqualTo(article.body());
        assertThat(safe).usingRecursiveComparison().ignoringFields("body").isEqualTo(article);
    }

    private static int longestStretch(String text) {
        int longest = 0;
        for (String stretch : text.split("[ \\t\\n]+")) {
            longest = Math.max(longest, stretch.length());
        }
        return longest;
    }
}
