package org.evident.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.evident.model.Article;
import org.evident.read.ArticleReader;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gold file's article is read as evident extract reads it, the gold's text field and date aside. */
class GoldCaseTest {

    private static final String NEWS_PLEASE = """
            {"title": "Storm hits coast", "maintext": "A summary.", "text": "A storm hit the coast on Monday.",
             "date_publish": "2021-03-01 10:00:00", "url": "https://example.org/storm",
             "source_domain": "example.org", "language": "en"}""";

    @Test
    void aNewsPleaseArticleIsReadAsExtractReadsIt(@TempDir Path root) throws IOException {
        Path article = write(root, "corpus/storm.json", NEWS_PLEASE);
        Path gold = write(root, "gold/storm.gold.json", "{\"article\": \"corpus/storm.json\", \"events\": []}");
        Article read = ((ReadOutcome.Read) new ArticleReader(ReadOptions.defaults()).read(article).get(0)).article();
        assertThat(GoldCase.load(gold).article()).isEqualTo(read);
        assertThat(read.url()).isEqualTo("https://example.org/storm");
        assertThat(read.published()).isEqualTo(LocalDate.of(2021, 3, 1));
    }

    @Test
    void theGoldsTextFieldAndDateWin(@TempDir Path root) throws IOException {
        write(root, "corpus/storm.json", NEWS_PLEASE);
        Path gold = write(root, "gold/storm.gold.json", "{\"article\": \"corpus/storm.json\", \"text_field\": \"text\","
                + " \"published\": \"2021-02-28\", \"events\": []}");
        Article article = GoldCase.load(gold).article();
        assertThat(article.body()).isEqualTo("A storm hit the coast on Monday.");
        assertThat(article.title()).isEqualTo("Storm hits coast");
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(article.source()).isEqualTo("example.org");
    }

    @Test
    void anArticleThatDoesNotReadNamesTheGoldFile(@TempDir Path root) throws IOException {
        write(root, "corpus/empty.json", "{\"title\": \"Nothing\"}");
        Path gold = write(root, "gold/empty.gold.json", "{\"article\": \"corpus/empty.json\", \"events\": []}");
        assertThatThrownBy(() -> GoldCase.load(gold)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(gold.toString()).hasMessageContaining("no article text");
    }

    private static Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
