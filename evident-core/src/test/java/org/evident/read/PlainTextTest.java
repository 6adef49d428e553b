package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.read.Fixtures.bytes;
import static org.evident.read.Fixtures.onlyArticle;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private final ArticleReader reader = new ArticleReader(new ReadOptions(LocalDate.of(2020, 1, 1), "Given", 100_000));

    @Test
    void frontMatterGivesTitleDateSourceAndUrlAndTheRestIsTheBodyUnchanged() {
        byte[] file = bytes("text/front-matter.txt");
        Article article = onlyArticle(reader.read("strike.txt", file));
        assertThat(article.title()).isEqualTo("Bus drivers strike over new shift rota");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(article.source()).isEqualTo("City Courier");
        assertThat(article.url()).isEqualTo("https://courier.example/2024/02/bus-strike");
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(article.body()).isEqualTo(text.substring(text.indexOf("Bus drivers in the city")));
    }

    @Test
    void textStartingWithARuleIsNotFrontMatter() {
        String text = "---\nA rule, then words. The council met on Monday.\n---\nMore.\n";
        Article article = onlyArticle(reader.read("rule.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(article.body()).isEqualTo(text);
        assertThat(article.title()).isEqualTo("Given");
    }

    @Test
    void givenCharsetDecodesNonUtf8Text() {
        ArticleReader latin = new ArticleReader(ReadOptions.defaults().withCharset(StandardCharsets.ISO_8859_1));
        Article article = onlyArticle(latin.read("l.txt", "Caf\u00e9 reopens.".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(article.body()).isEqualTo("Caf\u00e9 reopens.");
    }
}
