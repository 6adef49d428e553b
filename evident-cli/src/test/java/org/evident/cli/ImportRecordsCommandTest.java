package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.evident.exchange.ArticleEvents;
import org.evident.exchange.ArticleEventsJson;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.testkit.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import-records reads a Spark job's articles/ output into the store, once. */
class ImportRecordsCommandTest {

    @TempDir
    Path dir;

    private Cli.Run run(String... args) {
        return Cli.run(() -> {
            throw new AssertionError("import-records needs no NLP");
        }, null, "", args);
    }

    @Test
    void importsEachArticleWithItsRecordsOnceAndReportsBrokenLines() throws Exception {
        String text = "Gunmen attacked a checkpoint in Kidal on Monday.";
        Article article = new Article(null, "part-00000", "Checkpoint attack", text, LocalDate.of(2024, 3, 5), null,
                null, null, null);
        EventRecord record = Records.record("evd-1", text, "ASSAULT", Status.ASSERTED, Records.span(text, "attacked"));
        record = new EventRecord(record.id(), article.id(), record.date(), record.enddate(), record.dateInfo(),
                record.event(), record.mode(), record.context(), record.actor(), record.recipient(), record.eventLoc(),
                record.size(), record.sizeInfo(), record.eventText(), record.textInfo(), record.citeInfo(),
                record.status(), record.source(), record.responsibility(), record.forecast(), record.evidence(),
                record.mentions(), record.confidence());
        Path articles = Files.createDirectories(dir.resolve("job/articles"));
        Files.writeString(articles.resolve("part-00000.jsonl"),
                ArticleEventsJson.write(new ArticleEvents(article, List.of(record))) + "\n{not json\n");
        String db = dir.resolve("db/evident").toString();

        Cli.Run first = run("import-records", dir.resolve("job").toString(), "--db", db);
        assertThat(first.out()).contains("imported 1 articles (1 records)");
        assertThat(first.err()).contains("part-00000.jsonl");
        assertThat(first.exit()).isEqualTo(Main.PARTIAL);
        assertThat(run("stats", "--json", "--db", db).out()).contains("\"articles\":1,\"records\":1,\"events\":1");

        Cli.Run again = run("import-records", dir.resolve("job/articles").toString(), "--db", db);
        assertThat(again.out()).contains("imported 0 articles").contains("1 already stored");
        assertThat(run("stats", "--json", "--db", db).out()).contains("\"articles\":1,\"records\":1");
    }

    @Test
    void aMissingFolderIsOneLineAndExitTwo() {
        Cli.Run missing = run("import-records", dir.resolve("nowhere").toString(), "--db", dir.resolve("db").toString());
        assertThat(missing.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(missing.err()).contains("nowhere").contains("no such folder");
    }
}
