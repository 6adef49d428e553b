package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evident.model.Json;
import org.evident.testkit.SharedAnnotator;
import org.evident.watch.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * watch stores what ingest stores: two pages followed from a feed on 127.0.0.1 and the same pages read from files
 * go through the one pipeline (the real CoreNLP annotator) and give the same records, field by field.
 */
class WatchWithPipelineTest {

    @TempDir
    Path dir;

    private static final String FLOOD = WatchCommandTest.page("Storm floods river town", "A storm flooded the river"
            + " town of Elden on Monday.", "Rescuers said three people were killed and dozens were injured.");
    private static final String STRIKE = WatchCommandTest.page("Dockers strike", "Hundreds of dock workers protested"
            + " in the port on Tuesday, demanding higher wages.", "Police arrested four of them.");

    @Test
    void aWatchedPageGivesTheRecordsIngestGivesForTheSamePage() throws Exception {
        Map<String, JsonNode> watched;
        try (TestSite site = new TestSite()) {
            site.page("/robots.txt", "text/plain", "User-agent: *\n");
            site.page("/news/flood.html", "text/html", FLOOD);
            site.page("/news/strike.html", "text/html", STRIKE);
            site.page("/wire.xml", "application/rss+xml", WatchCommandTest.rss(
                    WatchCommandTest.item("Storm floods river town", site.url("/news/flood.html"), "A storm.", null),
                    WatchCommandTest.item("Dockers strike", site.url("/news/strike.html"), "A strike.", null)));
            String db = dir.resolve("watched/evident").toString();
            Cli.Run watch = Cli.run(SharedAnnotator::get, null, "", "watch", "--once", "--db", db, "--host-delay",
                    "0s", "--retries", "1", site.url("/wire.xml"));
            assertThat(watch.exit()).as(watch.err()).isZero();
            watched = records(db);
        }
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("flood.html"), FLOOD, StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("strike.html"), STRIKE, StandardCharsets.UTF_8);
        String db = dir.resolve("ingested/evident").toString();
        Cli.Run ingest = Cli.run(SharedAnnotator::get, null, "", "ingest", pages.toString(), "--db", db);
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Map<String, JsonNode> ingested = records(db);

        assertThat(watched).isNotEmpty();
        assertThat(watched.keySet()).containsExactlyElementsOf(ingested.keySet());
        watched.forEach((id, record) -> assertThat(record).as(id).isEqualTo(ingested.get(id)));
    }

    /** The stored records by id, without what only the way in sets: where the article came from. */
    private static Map<String, JsonNode> records(String db) throws Exception {
        Cli.Run export = Cli.run(SharedAnnotator::get, null, "", "export", "--format", "jsonl", "--db", db);
        assertThat(export.exit()).as(export.err()).isZero();
        Map<String, JsonNode> records = new TreeMap<>();
        for (String line : export.out().lines().toList()) {
            ObjectNode record = (ObjectNode) Json.mapper().readTree(line);
            record.remove(List.of("event_id", "cite_info"));
            records.put(record.get("id").asText(), record);
        }
        return records;
    }
}
