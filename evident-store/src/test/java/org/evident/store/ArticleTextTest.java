package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A saved search's text query on one article being saved, searched in memory with the index's analyzer: it matches
 * the title and body together, or one record's text alone, as a query of the index would.
 */
class ArticleTextTest {

    private final Article article = new Article(null, "test", "Market blast", "A bomb exploded in Kirkuk on Friday.",
            LocalDate.of(2024, 3, 1), null, null, null, null);

    private ArticleText text(String... records) {
        return new ArticleText(article, List.of(records), TextIndex.newAnalyzer());
    }

    @Test
    void theTitleAndBodyAreSearchedTogether() {
        assertThat(text().matches("market AND kirkuk")).isTrue();
        assertThat(text().matches("market AND baghdad")).isFalse();
    }

    @Test
    void wordsAreMatchedByTheirStemsAsTheIndexMatchesThem() {
        assertThat(text().matches("bombs explode")).isTrue();
    }

    @Test
    void aRecordIsSearchedOnItsOwnNotJoinedToTheArticle() {
        ArticleText text = text("police arrested twenty protesters");
        assertThat(text.matches("arrested protesters")).isTrue();
        assertThat(text.matches("arrested AND kirkuk")).as("words of two texts are no match").isFalse();
    }

    @Test
    void aQueryWithoutLuceneSyntaxIsSearchedForItsWords() {
        assertThat(text().matches("\"kirkuk")).isTrue();
    }
}
