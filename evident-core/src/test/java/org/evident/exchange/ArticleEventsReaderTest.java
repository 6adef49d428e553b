package org.evident.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evident.model.Article;
import org.evident.model.Status;
import org.evident.testkit.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleEventsReaderTest {

    private static final String TEXT = "Police arrested 12 protesters in the capital on Monday.";

    private static ArticleEvents sample() {
        Article article = new Article(null, "news/1.json:3", "Arrests", TEXT, LocalDate.of(2020, 5, 4),
                "https://example.org/1", "example.org", "en", "news");
        return new ArticleEvents(article, List.of(
                Records.record("evd-1", TEXT, "COERCE", Status.ASSERTED, Records.span(TEXT, "arrested"))));
    }

    @Test
    void readsBackWhatWasWrittenFieldForField() {
        ArticleEvents written = sample();

        ArticleEvents read = ArticleEventsJson.read(ArticleEventsJson.write(written));

        assertThat(read).isEqualTo(written);
    }

    @Test
    void readsEveryPartFileUnderAFolderAndSkipsSparkMarkers(@TempDir Path dir) throws Exception {
        String line = ArticleEventsJson.write(sample());
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("part-00000.json"), line + "\n");
        Files.writeString(dir.resolve("sub/part-00001.json"), line + "\n\n");
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve(".part-00000.json.crc"), "binary");
        List<ArticleEvents> read = new ArrayList<>();

        long count = new ArticleEventsReader(problem -> { throw new AssertionError(problem); }).read(dir, read::add);

        assertThat(count).isEqualTo(2);
        assertThat(read).containsExactly(sample(), sample());
    }

    @Test
    void reportsABadLineWithFileAndLineNumberAndGoesOn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("part-00000.json");
        Files.writeString(file, "{\"article\": {\"id\": \"x\"}, \"events\": []}\n" + ArticleEventsJson.write(sample()) + "\n");
        List<String> problems = new ArrayList<>();
        List<ArticleEvents> read = new ArrayList<>();

        new ArticleEventsReader(problems::add).read(file, read::add);

        assertThat(read).hasSize(1);
        assertThat(problems).containsExactly(file + ":1: the article has no \"text\"");
    }
}
