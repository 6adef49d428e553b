package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evident.read.Fixtures.articles;
import static org.evident.read.Fixtures.onlyArticle;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;

class JsonArticlesTest {

    @Test
    void fieldMappingReadsOtherDumpsIncludingNestedFields() {
        FieldMapping mapping = FieldMapping.parse("body=content|text, title=meta.headline, published=meta.time,"
                + " url=link, source=outlet");
        ArticleReader reader = new ArticleReader(ReadOptions.defaults().withJsonFields(mapping));
        String line = "{\"content\": \"" + Fixtures.englishParagraph(1) + "\", \"meta\": {\"headline\": \"Road shut\","
                + " \"time\": \"2022-09-01T06:00:00Z\"}, \"link\": \"https://x.example/a\", \"outlet\": \"X News\"}";
        Article article = onlyArticle(reader.read("dump.json", line.getBytes(StandardCharsets.UTF_8)));
        assertThat(article.title()).isEqualTo("Road shut");
        assertThat(article.published()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(article.url()).isEqualTo("https://x.example/a");
        assertThat(article.source()).isEqualTo("X News");
    }

    @Test
    void fieldMappingNamesAMistakeInItsMessage() {
        assertThatThrownBy(() -> FieldMapping.parse("bodytext=content"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'bodytext=content'");
        assertThatThrownBy(() -> FieldMapping.parse("body="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no JSON field");
    }

    @Test
    void jsonArrayGivesOneArticlePerElementNamedByIndex() {
        String json = "[{\"text\": \"" + Fixtures.englishParagraph(1) + "\"}, {\"text\": \"" + Fixtures.englishParagraph(2)
                + "\"}]";
        List<Article> articles = articles(new ArticleReader(ReadOptions.defaults())
                .read("all.json", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(articles).extracting(Article::origin).containsExactly("all.json[0]", "all.json[1]");
    }

    @Test
    void jsonLinesAreSniffedWithoutTheJsonlName() {
        String jsonl = "{\"text\": \"First.\"}\n{\"text\": \"Second.\"}\n";
        List<ReadOutcome> outcomes = new ArticleReader(ReadOptions.defaults())
                .read("dump.txt", jsonl.getBytes(StandardCharsets.UTF_8));
        assertThat(articles(outcomes)).extracting(Article::origin).containsExactly("dump.txt:1", "dump.txt:2");
    }
}
