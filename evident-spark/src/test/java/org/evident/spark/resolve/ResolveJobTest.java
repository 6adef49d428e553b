package org.evident.spark.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.spark.resolve.TestRecords.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.evident.exchange.ArticleEventsReader;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.pipeline.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolve job in local[2] on hand-built records laid out as the extract job writes them. */
class ResolveJobTest {

    @TempDir
    Path dir;

    @Test
    void groupsReportsOfOneEventAcrossArticlesAndKeepsOthersApart() throws Exception {
        Path records = dir.resolve("records");
        write(records.resolve("day=2020-05-04"),
                record("r1", "a1", null, "PROTEST", "Hacettepe students", "Ankara"),       // dated by its folder
                record("r2", "a2", "2020-05-05", "PROTEST", "students of Hacettepe", null), // same actor, a day later
                record("r3", "a3", "2020-05-04", "PROTEST", "farmers", "Izmir"),            // same day, other protest
                record("r4", "a4", "2020-05-20", "PROTEST", "Hacettepe students", "Ankara"), // two weeks later
                record("r5", "a1", "2020-05-04", "ASSAULT", "Hacettepe students", "Ankara")); // other category
        Files.writeString(records.resolve("day=2020-05-04/part-00001.txt"), "{not json\n");

        ResolveJob.Summary summary;
        try (SparkSession spark = SparkSession.builder().master("local[2]").appName("evident test")
                .config("spark.ui.enabled", "false").getOrCreate()) {
            summary = ResolveJob.run(spark, new ResolveJob.Options(records.toString(), dir.resolve("out").toString(),
                    30), Pipelines.resolver().rule());
        }

        Map<String, JsonNode> events = new TreeMap<>();
        for (Path file : ArticleEventsReader.dataFiles(dir.resolve("out/events"))) {
            for (String line : Files.readAllLines(file)) {
                JsonNode event = Json.mapper().readTree(line);
                List<String> ids = new ArrayList<>();
                event.get("records").forEach(r -> ids.add(r.get("id").asText()));
                events.put(String.join(",", ids), event);
            }
        }
        assertThat(events).containsOnlyKeys("r1,r2", "r3", "r4", "r5");
        JsonNode merged = events.get("r1,r2");
        assertThat(merged.get("earliest").asText()).isEqualTo("2020-05-04");
        assertThat(merged.get("latest").asText()).isEqualTo("2020-05-05");
        assertThat(merged.get("article_ids").toString()).isEqualTo("[\"a1\",\"a2\"]");
        assertThat(merged.get("event_id").asText()).startsWith("evt-");
        assertThat(summary).isEqualTo(new ResolveJob.Summary(5, 4, 1));
        assertThat(String.join("", Files.readAllLines(ArticleEventsReader.dataFiles(dir.resolve("out/errors")).stream()
                .filter(f -> f.toFile().length() > 0).findFirst().orElseThrow())))
                .contains("not an event record");
    }

    private static void write(Path folder, EventRecord... records) throws Exception {
        Files.createDirectories(folder);
        StringBuilder lines = new StringBuilder();
        for (EventRecord record : records) {
            lines.append(Json.mapper().writeValueAsString(record)).append('\n');
        }
        Files.writeString(folder.resolve("part-00000.txt"), lines);
    }
}
