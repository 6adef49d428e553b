package org.evident.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.evident.exchange.ArticleEventsReader;
import org.evident.read.ArticleReader;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;
import org.evident.testkit.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extract job in local[2] over three trnews-dev articles and two bad inputs, checked against what the single
 * machine path (ArticleReader + Pipeline.process, as evident extract runs them) gives for the same files. CoreNLP
 * loads once: the job's executor pipeline and the reference pipeline share the annotator of this JVM.
 * ParityTest compares the job with the CLI and the server on the seed and dev articles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractJobTest {

    private static final List<String> SAMPLE = List.of("1010010.json", "1020010.json", "1020011.json");

    private Path dir;
    private SparkSession spark;
    private Path output;
    private ExtractJob.Summary summary;
    private final Map<String, List<EventRecord>> expected = new LinkedHashMap<>();

    @BeforeAll
    void runJobAndReference(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        Path corpus = SharedData.require().resolve("corpus/trnews-dev");
        Path input = Files.createDirectories(dir.resolve("in"));
        for (String name : SAMPLE) {
            Files.copy(corpus.resolve(name), input.resolve(name));
        }
        Files.writeString(input.resolve("broken.json"), "{\"title\": \"cut off");
        Files.writeString(input.resolve("empty.txt"), "");
        output = dir.resolve("out");

        spark = SparkMain.session("evident test", "local[2]");
        summary = ExtractJob.run(spark, new ExtractJob.Options(input.toUri().toString(), output.toUri().toString(),
                0, false, "none"));

        // Built apart from the job's own, as evident extract builds it; CoreNLP is the one instance of this JVM.
        Pipeline reference = Pipelines.builder().geocoding(Pipelines.Geocoding.BUNDLED).build().get();
        ArticleReader reader = new ArticleReader(ReadOptions.defaults());
        for (String name : SAMPLE) {
            for (ReadOutcome outcome : reader.read(input.resolve(name))) {
                var article = ((ReadOutcome.Read) outcome).article();
                expected.put(article.id(), reference.process(article).records());
            }
        }
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void writesForEveryArticleTheRecordsTheSingleMachinePipelineWrites() throws IOException {
        Map<String, List<EventRecord>> actual = new LinkedHashMap<>();
        new ArticleEventsReader(problem -> { throw new AssertionError(problem); })
                .read(output.resolve("articles"), item -> actual.put(item.article().id(), item.events()));

        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(expected.values()).allSatisfy(records -> assertThat(records).isNotEmpty());
    }

    @Test
    void writesEachRecordOnceAsJsonLinesUnderItsDay() throws IOException {
        List<EventRecord> lines = new ArrayList<>();
        for (Path file : ArticleEventsReader.dataFiles(output.resolve("records"))) {
            assertThat(file.getParent().getFileName().toString()).matches("day=(\\d{4}-\\d{2}-\\d{2}|unknown)");
            for (String line : Files.readAllLines(file)) {
                EventRecord record = Json.mapper().readValue(line, EventRecord.class);
                lines.add(record);
                String published = file.getParent().getFileName().toString().substring(4);
                assertThat(record.date() == null ? published : record.date()).isEqualTo(published);
            }
        }

        assertThat(lines).containsExactlyInAnyOrderElementsOf(
                expected.values().stream().flatMap(List::stream).toList());
    }

    @Test
    void writesTheSameRecordsAsParquetColumns() {
        List<Row> rows = spark.read().parquet(output.resolve("parquet").toString())
                .select("id", "article_id", "event", "status", "day").collectAsList();

        assertThat(rows).hasSize((int) summary.records());
        Map<String, EventRecord> byId = new LinkedHashMap<>();
        expected.values().stream().flatMap(List::stream).forEach(r -> byId.put(r.id(), r));
        for (Row row : rows) {
            EventRecord record = byId.get(row.getString(0));
            assertThat(record).as("record %s", row.getString(0)).isNotNull();
            assertThat(row.getString(1)).isEqualTo(record.articleId());
            assertThat(row.getList(2)).isEqualTo(record.event());
            assertThat(row.getString(3)).isEqualTo(record.status().name());
        }
    }

    @Test
    void reportsEachBadInputWithItsReasonAndGoesOn() throws IOException {
        List<String> errors = new ArrayList<>();
        for (Path file : ArticleEventsReader.dataFiles(output.resolve("errors"))) {
            errors.addAll(Files.readAllLines(file));
        }

        assertThat(errors).hasSize(2);
        assertThat(String.join("\n", errors))
                .contains("broken.json\",\"article_id\":null,\"stage\":\"read\",\"reason\":\"invalid JSON")
                .contains("empty.txt\",\"article_id\":null,\"stage\":\"read\",\"reason\":\"empty file\"");
        assertThat(summary).isEqualTo(new ExtractJob.Summary(3,
                expected.values().stream().mapToLong(List::size).sum(), 2));
        assertThat(output.resolve(ExtractJob.SUMMARY)).content().contains("\"articles\": 3");
    }

    @Test
    void refusesAnExistingOutputFolderBeforeDoingAnyWork() {
        var options = new ExtractJob.Options(dir.resolve("in").toString(), output.toString(), 0, false, "none");

        assertThatThrownBy(() -> ExtractJob.run(spark, options))
                .hasMessage("output " + output + " already exists; choose a new folder or pass --overwrite");
    }
}
