package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evident.model.Json;
import org.evident.testkit.SharedAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evident eval --case and --plover-gsr with the real extraction pipeline, on a few hand-written sentences. */
class SentenceEvalWithPipelineTest {

    @Test
    void scoresSnippetsAndSentencesByTheirLabels(@TempDir Path dir) throws Exception {
        Path snippets = Files.writeString(dir.resolve("case.tsv"), "id\tEventSnippet\tSubType\n"
                + "1\tPolice arrested four dock workers in the port of Elden on Tuesday.\tARREST\n"
                + "2\tHundreds of teachers protested outside the parliament on Monday, demanding higher wages.\t"
                + "PEACE_PROTEST\n"
                + "3\tThe rebels set up a new headquarters in the hills.\tHQ_ESTABLISHED\n");
        Path sentences = Files.writeString(dir.resolve("gsr.txt"), """
                [
                {"id": "G-DOC", "event": "DOCUMENT", "eventText": "notes",},
                {"id": "G-1", "event": "FIGHT", "text": "Rebels attacked an army post near the border on Sunday, killing two soldiers.",
                 "source": [{"actorText": "Rebels", "code": "XYZ", "sector": "REB"},], "target": "",},
                ]
                """);

        Cli.Run run = Cli.run(SharedAnnotator::get, null, "", "eval", "--case", snippets.toString(),
                "--plover-gsr", sentences.toString(), "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        JsonNode caseSet = root.get("case");
        assertThat(caseSet.get("texts").asInt()).isEqualTo(2);
        assertThat(caseSet.get("not_scored").get("HQ_ESTABLISHED").asInt()).isEqualTo(1);
        assertThat(caseSet.get("by_label").get("ARREST").get("mode_met").asInt()).isEqualTo(1);
        assertThat(caseSet.get("by_label").get("PEACE_PROTEST").get("category_met").asInt()).isEqualTo(1);
        assertThat(caseSet.get("category_share").asDouble()).isEqualTo(1.0);
        assertThat(caseSet.get("mean_categories").asDouble()).isBetween(1.0, 2.0);
        JsonNode gsr = root.get("plover_gsr");
        assertThat(gsr.get("texts").asInt()).isEqualTo(1);
        assertThat(gsr.get("by_label").get("FIGHT").get("expected").asText()).isEqualTo("ASSAULT");
        assertThat(gsr.get("category_met").asInt()).isEqualTo(1);
        assertThat(gsr.get("parties").get("countries").asInt()).as("the gold actor with a country code").isEqualTo(1);
        assertThat(gsr.get("parties").get("countries_met").asInt()).as("no party is coded XYZ").isZero();
        assertThat(gsr.get("parties").get("sectors").asInt()).isEqualTo(1);
    }

    @Test
    void scoresOnlyTheTextsOfOneLabelWhenAskedTo(@TempDir Path dir) throws Exception {
        Path snippets = Files.writeString(dir.resolve("case.tsv"), "id\tEventSnippet\tSubType\n"
                + "1\tPolice arrested four dock workers in the port of Elden on Tuesday.\tARREST\n"
                + "2\tHundreds of teachers protested outside the parliament on Monday.\tPEACE_PROTEST\n");

        Cli.Run run = Cli.run(SharedAnnotator::get, null, "", "eval", "--case", snippets.toString(),
                "--label", "ARREST", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode caseSet = Json.mapper().readTree(run.out()).get("case");
        assertThat(caseSet.get("texts").asInt()).isEqualTo(1);
        assertThat(caseSet.get("by_label").has("PEACE_PROTEST")).isFalse();
    }
}
