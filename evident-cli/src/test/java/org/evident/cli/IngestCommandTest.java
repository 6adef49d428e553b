package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evident.model.Json;
import org.evident.nlp.Annotator;
import org.evident.testkit.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, query, export, stats and reindex end to end through the command line, with extraction faked. */
class IngestCommandTest {

    @TempDir
    Path dir;

    private Path inputs;
    private String db;
    private final FakeExtraction extraction = new FakeExtraction(0);

    @BeforeEach
    void writeArticles() throws Exception {
        inputs = Files.createDirectories(dir.resolve("in/nested"));
        int n = 0;
        List<Stories.Story> all = new ArrayList<>(Stories.marketBombing());
        all.addAll(Stories.sameDayOtherEvents());
        for (Stories.Story story : all) {
            ObjectNode json = Json.mapper().createObjectNode();
            json.put("title", story.article().title());
            json.put("maintext", story.article().body());
            json.put("date_publish", story.article().published() + " 08:00:00");
            json.put("source_domain", story.article().source());
            Files.writeString(inputs.resolve("story-" + (++n) + ".json"), json.toString(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("in/broken.json"), "{\"title\": \"cut off", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("in/unlucky.txt"), "Unlucky\n\nFAIL-EXTRACTION on this one.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("in/.hidden.txt"), "A hidden file is not an input.", StandardCharsets.UTF_8);
        db = dir.resolve("data/evident").toString();
    }

    private Cli.Run run(String... args) {
        return runWithInput("", args);
    }

    private Cli.Run runWithInput(String stdin, String... args) {
        java.util.function.Supplier<Annotator> noNlp = () -> {
            throw new IllegalStateException("these tests need no annotator");
        };
        return Cli.run(noNlp, extraction, stdin, args);
    }

    @Test
    void ingestStoresEveryArticleOfAFolderTreeAndLogsEachRejectedInput() throws Exception {
        Cli.Run ingest = run("ingest", dir.resolve("in").toString(), "--db", db);

        assertThat(ingest.exit()).isEqualTo(Main.PARTIAL);
        assertThat(ingest.err()).contains("broken.json").contains("invalid JSON").contains("unlucky.txt: extraction failed")
                .contains("6 articles stored (6 records: 3 new events, 3 merged into known ones)")
                .contains("1 rejected, 1 failed");
        JsonNode stats = Json.mapper().readTree(run("stats", "--json", "--db", db).out());
        assertThat(stats.toString()).isEqualTo("{\"articles\":6,\"records\":6,\"events\":3,\"rejected\":2}");
    }

    @Test
    void anArticleOverTheCharacterLimitIsReportedWithTheOptionThatRaisesIt() {
        Cli.Run ingest = run("ingest", inputs.toString(), "--db", db, "--max-article-chars", "100");

        assertThat(ingest.exit()).isEqualTo(Main.PARTIAL);
        assertThat(ingest.err()).contains("story-3.json: article is 131 characters, over the limit of 100"
                + " (--max-article-chars raises it)").contains("4 articles stored").contains("2 rejected");
        assertThat(run("ingest", inputs.toString(), "--db", db).err()).contains("2 articles stored");
    }

    @Test
    void ingestingAgainChangesNothing() {
        run("ingest", dir.resolve("in").toString(), "--db", db);
        String before = run("stats", "--json", "--db", db).out();

        Cli.Run again = run("ingest", dir.resolve("in").toString(), "--db", db);

        assertThat(again.err()).contains("0 articles stored").contains("6 already stored");
        assertThat(run("stats", "--json", "--db", db).out()).isEqualTo(before);
    }

    @Test
    void ingestReadsStandardInput() throws Exception {
        String story = Files.readString(inputs.resolve("story-1.json"));

        Cli.Run ingest = runWithInput(story, "ingest", "-", "--db", db);

        assertThat(ingest.exit()).isZero();
        assertThat(run("stats", "--db", db).out()).contains("articles 1");
    }

    @Test
    void oneJsonLinesInputStreamsThroughTheThreadsAndKeepsItsBrokenLineApart() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            lines.append(Files.readString(inputs.resolve("story-" + i + ".json"))).append('\n');
            if (i == 3) {
                lines.append("{\"title\": \"cut off\n");
            }
        }
        Path dump = Files.writeString(dir.resolve("dump.jsonl"), lines, StandardCharsets.UTF_8);

        Cli.Run ingest = run("ingest", dump.toString(), "--threads", "2", "--db", db);

        assertThat(ingest.exit()).isEqualTo(Main.PARTIAL);
        assertThat(ingest.err()).contains("6 articles stored (6 records: 3 new events, 3 merged into known ones)")
                .contains("1 rejected, 0 failed");
        assertThat(Json.mapper().readTree(run("stats", "--json", "--db", db).out()).get("events").asInt()).isEqualTo(3);
    }

    @Test
    void queryShowsOneEventWithEverySourcesFiguresAndWarnings() {
        run("ingest", dir.resolve("in").toString(), "--db", db);

        Cli.Run query = run("query", "--category", "ASSAULT", "--min-dead", "5", "--db", db);

        assertThat(query.exit()).isZero();
        assertThat(query.out()).contains("ASSAULT/explosives").contains("4 articles")
                .contains("dead: 5 REPORTED (Northern Courier, 2024-03-01) → 7 REPORTED (Gulf Wire, 2024-03-02)"
                        + " → 12 UNVERIFIED (Regional Monitor, 2024-03-02) → 7 (Daily Ledger, 2024-03-03)")
                .contains("warnings: UNVERIFIED per militants (Regional Monitor)");
        assertThat(query.out().lines().filter(l -> l.startsWith("#")).count()).isEqualTo(1);
    }

    @Test
    void textQueryAsJsonLinesGivesTheEventWithItsHighlight() throws Exception {
        run("ingest", dir.resolve("in").toString(), "--db", db);

        Cli.Run query = run("query", "toll", "--format", "jsonl", "--db", db);

        List<String> lines = query.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode event = Json.mapper().readTree(lines.get(0));
        assertThat(event.get("category").asText()).isEqualTo("ASSAULT");
        assertThat(event.get("figures").get("dead")).hasSize(4);
        assertThat(event.get("record_ids")).hasSize(4);
        assertThat(event.get("highlight").asText()).contains("[toll]");
    }

    @Test
    void exportWritesEveryFormat() throws Exception {
        run("ingest", dir.resolve("in").toString(), "--db", db);

        for (String format : List.of("jsonl", "csv", "geojson", "parquet")) {
            Cli.Run export = run("export", "--format", format, "--out", dir.resolve("out." + format).toString(), "--db", db);
            assertThat(export.exit()).as(format).isZero();
        }

        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(6);
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).hasSize(7);
        assertThat(Json.mapper().readTree(dir.resolve("out.geojson").toFile()).get("features")).hasSize(5);
        byte[] parquet = Files.readAllBytes(dir.resolve("out.parquet"));
        assertThat(new String(parquet, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    }

    @Test
    void exportToStandardOutputKeepsFilters() {
        run("ingest", dir.resolve("in").toString(), "--db", db);

        Cli.Run export = run("export", "--format", "csv", "--status", "UNVERIFIED", "--db", db);

        assertThat(export.out().lines().toList()).hasSize(2);
        assertThat(export.err()).contains("exported 1 records");
    }

    @Test
    void reindexRebuildsTheIndexFromTheDatabase() {
        run("ingest", dir.resolve("in").toString(), "--db", db);

        assertThat(run("reindex", "--db", db).out()).contains("reindexed 6 articles");
        assertThat(run("query", "--text", "drone", "--db", db).out()).contains("ASSAULT/drone");
    }

    @Test
    void explainSaysWhyEachRecordJoinedItsEventAndTakesNoFilters() throws Exception {
        run("ingest", dir.resolve("in").toString(), "--db", db);
        JsonNode event = Json.mapper().readTree(run("query", "toll", "--format", "jsonl", "--db", db).out()
                .lines().findFirst().orElseThrow());
        String id = event.get("event_id").asText();

        Cli.Run explain = run("query", "--explain", id, "--db", db);

        assertThat(explain.exit()).isZero();
        assertThat(explain.out()).startsWith("event " + id + ": ASSAULT").contains("4 records");
        Cli.Run filtered = run("query", "--explain", id, "--category", "PROTEST", "--db", db);
        assertThat(filtered.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(filtered.err().strip()).isEqualTo("evident: --explain shows one event whole; it takes no filters");
    }

    @Test
    void aBadFilterIsOneLineNamingTheOption() {
        run("ingest", dir.resolve("in").toString(), "--db", db);

        Cli.Run query = run("query", "--near", "35.4,44.3", "--db", db);

        assertThat(query.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(query.err().strip()).isEqualTo("evident: --near needs 3 comma-separated numbers, got '35.4,44.3'");
    }

    @Test
    void ingestOfNothingReadableExitsTwo() {
        Cli.Run ingest = run("ingest", dir.resolve("missing.txt").toString(), "--db", db);

        assertThat(ingest.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(ingest.err()).contains("missing.txt: no such file");
    }
}
