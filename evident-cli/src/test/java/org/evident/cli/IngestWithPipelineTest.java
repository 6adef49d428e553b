package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evident.model.Json;
import org.evident.testkit.SharedAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest with the real extraction pipeline (the shared CoreNLP annotator), end to end on two small articles. */
class IngestWithPipelineTest {

    @TempDir
    Path dir;

    @Test
    void ingestExtractsStoresAndQueriesRealArticles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "Storm floods river town\n\nA storm flooded the river town of Elden on"
                + " Monday. Rescuers said three people were killed and dozens were injured.\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("two.txt"), "Dockers strike\n\nHundreds of dock workers protested in the port on"
                + " Tuesday, demanding higher wages. Police arrested four of them.\n", StandardCharsets.UTF_8);
        String db = dir.resolve("store").toString();

        Cli.Run ingest = Cli.run(SharedAnnotator::get, null, "", "ingest", in.toString(), "--db", db,
                "--published", "2024-05-06");

        assertThat(ingest.exit()).as(ingest.err()).isZero();
        JsonNode stats = Json.mapper().readTree(Cli.run(SharedAnnotator::get, null, "", "stats", "--json", "--db", db).out());
        assertThat(stats.get("articles").asInt()).isEqualTo(2);
        assertThat(stats.get("rejected").asInt()).isZero();
        Cli.Run query = Cli.run(SharedAnnotator::get, null, "", "query", "--format", "jsonl", "--db", db);
        assertThat(query.exit()).isZero();
        for (String line : query.out().lines().toList()) {
            assertThat(Json.mapper().readTree(line).get("sources")).isNotEmpty();
        }
        assertThat(query.out().lines().count()).isEqualTo(stats.get("events").asLong());
    }
}
