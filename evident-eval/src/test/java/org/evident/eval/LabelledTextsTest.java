package org.evident.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evident.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledTextsTest {

    @Test
    void readsCaseSnippetsWithTheirSubTypes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("case.tsv"), "id\tEventSnippet\tSubType\n"
                + "1\tPolice arrested two men in the town.\tARREST\n\n"
                + "2\tThousands marched in the capital.\tPEACE_PROTEST\n");

        List<LabelledText> texts = LabelledTexts.readCase(file);

        assertThat(texts).extracting(LabelledText::id, LabelledText::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "ARREST"),
                        org.assertj.core.groups.Tuple.tuple("2", "PEACE_PROTEST"));
        assertThat(texts.get(0).origin()).isEqualTo("case.tsv:1");
    }

    @Test
    void namesTheFileAndLineOfABadCaseRow(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("case.tsv"), "id\tEventSnippet\tSubType\n1\tno label here\n");

        assertThatThrownBy(() -> LabelledTexts.readCase(file))
                .hasMessage(file + ":2: expected id, snippet and sub-type, tab-separated, found 2 cells");
    }

    @Test
    void refusesAFileWithoutTheCaseHeader(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("other.tsv"), "a\tb\n");

        assertThatThrownBy(() -> LabelledTexts.readCase(file)).hasMessageContaining(":1: not a CASE task 2 file");
    }

    @Test
    void readsPloverGoldRecordsWithTrailingCommasAndLeavesOutTheDocumentation(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("gsr.txt"), """
                [
                {"id": "GSR-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "notes",},
                {"id": "GSR-DEMAND-0001", "event": "DEMAND", "text": "The union demanded higher pay.",
                 "source": [{"actorText": "union", "code": "USA",},],},
                ]
                """);

        List<LabelledText> texts = LabelledTexts.readPloverGsr(file);

        assertThat(texts).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("GSR-DEMAND-0001");
            assertThat(t.label()).isEqualTo("DEMAND");
            assertThat(t.text()).isEqualTo("The union demanded higher pay.");
        });
    }

    @Test
    void readsTheGoldActorsThatCarryACountryWithTheirSectorsFirstThreeLetters(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("gsr.txt"), """
                [
                {"id": "GSR-FIGHT-0001", "event": "FIGHT", "text": "Serb police clashed with ethnic Albanians.",
                 "source": [{"actorText": "Serb police", "code": "SRB", "sector": "COP"},
                            {"actorText": "somebody", "code": ""},],
                 "target": [{"actorText": "ethnic Albanians", "code": "SRB", "sector": "CVLalb"},
                            {"actorText": "the side", "code": "ALB", "sector": "***"},],},
                {"id": "GSR-AGREE-0001", "event": "AGREE", "text": "They agreed.", "target": "diplomatic",},
                ]
                """);

        List<LabelledText> texts = LabelledTexts.readPloverGsr(file);

        assertThat(texts.get(0).parties()).containsExactly(new GoldParty("Serb police", "SRB", "COP"),
                new GoldParty("ethnic Albanians", "SRB", "CVL"), new GoldParty("the side", "ALB", null));
        assertThat(texts.get(1).parties()).as("a target that is a plain string names no actor").isEmpty();
    }

    @Test
    void namesTheRecordThatHasNoText(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("gsr.txt"), "[{\"id\": \"X-1\", \"event\": \"AGREE\"}]");

        assertThatThrownBy(() -> LabelledTexts.readPloverGsr(file)).hasMessage(file + ": X-1: record has no text");
    }

    @Test
    void readsTheSharedSetsWhole() throws IOException {
        Path shared = SharedData.require();
        List<LabelledText> snippets = LabelledTexts.readCase(
                shared.resolve("corpus/case2021-task2/task2/test_dataset/test_set_final_release_with_labels.tsv"));
        List<LabelledText> sentences = LabelledTexts.readPloverGsr(
                shared.resolve("corpus/plover-gsr/PLOVER_GSR_CAMEO.txt"));

        assertThat(snippets).hasSize(1019);
        assertThat(sentences).hasSize(322);
        assertThat(sentences).allMatch(t -> LabelMapping.ploverGsr().expectation(t.label()) != null);
    }
}
