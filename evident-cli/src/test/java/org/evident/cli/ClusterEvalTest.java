package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evident.eval.CountScorer;
import org.evident.exchange.ArticleEvents;
import org.evident.exchange.ArticleEventsJson;
import org.evident.read.ArticleReader;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.pipeline.Pipelines;
import org.evident.testkit.EventRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evident eval --clusters on records given with --extracted, so no model loads: the store's merging is scored. */
class ClusterEvalTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Environment env = new Environment(Pipelines.with(() -> {
        throw new AssertionError("records come from --extracted: no model may load");
    }, () -> {
        throw new AssertionError("no gazetteer may load");
    }), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void twoReportsOfOneShootingMergeAndAThirdStaysApart(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("corpus/articles"));
        article(articles, "a1", "Man shot in Reno. A man was shot on Sunday in Reno.", "2024-01-01");
        article(articles, "a2", "Reno shooting. Police said a man was shot on Sunday.", "2024-01-02");
        article(articles, "a3", "Boise shooting. A woman was shot in Boise.", "2024-01-01");
        Files.writeString(dir.resolve("corpus/gold.tsv"), "doc_id\tincident_id\na1\tX\na2\tX\na3\tY\n");
        List<String> lines = new ArrayList<>();
        lines.add(line(articles, "a1", EventRecords.of("r1", "-").category("ASSAULT", "firearms").date("2023-12-31")
                .place("Reno", 39.53, -119.81, "USA", "United States", 4)));
        lines.add(line(articles, "a2", EventRecords.of("r2", "-").category("ASSAULT", "firearms").date("2023-12-31")
                .place("Reno", 39.52, -119.80, "USA", "United States", 4)));
        lines.add(line(articles, "a3", EventRecords.of("r3", "-").category("ASSAULT", "firearms").date("2023-12-31")
                .place("Boise", 43.61, -116.2, "USA", "United States", 4)));
        Path extracted = Files.write(dir.resolve("records.jsonl"), lines);

        int code = Main.commandLine(env).execute("eval", "--clusters", dir.resolve("corpus").toString(),
                "--main", "ASSAULT/firearms", "--extracted", extracted.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("items=3 real=2 stored=2 without_record=0 mixed=0")
                .contains("B3 P=1.000 R=1.000 F1=1.000")
                .contains("all-separate: B3 F1=0.800 pairwise F1=0.000");
    }

    @Test
    void aHalfHoldsEveryReportOfItsRealEvents(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("corpus/articles"));
        StringBuilder gold = new StringBuilder("doc_id\tincident_id\n");
        List<String> lines = new ArrayList<>();
        int inTune = 0;
        for (int incident = 0; incident < 6; incident++) {
            String event = "incident-" + incident;
            for (int report = 0; report < 2; report++) {
                String name = "a" + incident + "-" + report;
                article(articles, name, "Shooting " + incident + ". A man was shot on Sunday.", "2024-01-0" + (report + 1));
                gold.append(name).append('\t').append(event).append('\n');
                lines.add(line(articles, name, EventRecords.of("r" + name, "-").category("ASSAULT", "firearms")
                        .date("2023-12-31").place("Town " + incident, 40 + incident, -100, "USA", "United States", 4)));
                inTune += CountScorer.half(event).equals(CountScorer.TUNE) ? 1 : 0;
            }
        }
        Files.writeString(dir.resolve("corpus/gold.tsv"), gold);
        Path extracted = Files.write(dir.resolve("records.jsonl"), lines);

        int code = Main.commandLine(env).execute("eval", "--clusters", dir.resolve("corpus").toString(),
                "--main", "ASSAULT/firearms", "--extracted", extracted.toString(), "--half", "tune");

        assertThat(code).isZero();
        assertThat(inTune).isBetween(2, 10); // both halves hold a real event, or the test tells nothing
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("items=" + inTune + " real=" + inTune / 2 + " ");
    }

    @Test
    void namesTheLineOfAMalformedGold(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.tsv"), "a1 X\n");

        int code = Main.commandLine(env).execute("eval", "--clusters", gold.toString());

        assertThat(code).isEqualTo(Main.NOTHING_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(gold + " line 1: expected article<TAB>event");
    }

    @Test
    void namesTheLineOfAMalformedExtractedFile(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("corpus/articles"));
        article(articles, "a1", "Man shot in Reno. A man was shot on Sunday in Reno.", "2024-01-01");
        Files.writeString(dir.resolve("corpus/gold.tsv"), "a1\tX\n");
        Path extracted = Files.writeString(dir.resolve("records.jsonl"), "\n{\"article\": 3}\n");

        int code = Main.commandLine(env).execute("eval", "--clusters", dir.resolve("corpus").toString(),
                "--extracted", extracted.toString());

        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--extracted " + extracted + " line 2: ");
    }

    private static void article(Path folder, String name, String text, String published) throws Exception {
        Files.writeString(folder.resolve(name + ".json"), "{\"title\": \"" + text.split("\\.")[0] + "\", \"text\": \""
                + text + "\", \"date_publish\": \"" + published + "\"}");
    }

    /** The --extracted line of an article: the article as the eval reads it, with one record of it. */
    private static String line(Path folder, String name, EventRecords record) {
        Article article = null;
        for (ReadOutcome outcome : new ArticleReader(ReadOptions.defaults()).read(folder.resolve(name + ".json"))) {
            if (outcome instanceof ReadOutcome.Read read) {
                article = read.article();
            }
        }
        EventRecord built = record.build();
        EventRecord own = new EventRecord(built.id(), article.id(), built.date(), built.enddate(), built.dateInfo(),
                built.event(), built.mode(), built.context(), built.actor(), built.recipient(), built.eventLoc(),
                built.size(), built.sizeInfo(), built.eventText(), built.textInfo(), built.citeInfo(), built.status(),
                built.source(), built.responsibility(), built.forecast(), built.evidence(), built.mentions(),
                built.confidence());
        return ArticleEventsJson.write(new ArticleEvents(article, List.of(own)));
    }
}
