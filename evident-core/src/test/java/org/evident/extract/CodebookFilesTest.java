package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user codebook folder: files that replace a bundled codebook, files that add rows to it, and bad rows. */
class CodebookFilesTest {

    private static final String HEADER = "# lemma\tpos\tcategory\tmodes\tcontexts\n";

    @Test
    void anAddFileAddsItsRowsAndKeepsTheBundledOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("triggers.add.tsv"), HEADER + "stonewall\tV\tREJECT\t-\t-\n");

        Codebook codebook = Codebook.load(dir, "en");

        assertThat(codebook.triggersStartingWith("stonewall")).singleElement()
                .satisfies(t -> assertThat(t.category()).isEqualTo("REJECT"));
        assertThat(codebook.triggersStartingWith("kill")).isNotEmpty();
    }

    @Test
    void aFileOfTheSameNameReplacesTheBundledOneWhole(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("triggers.tsv"), HEADER + "stonewall\tV\tREJECT\t-\t-\n");

        Codebook codebook = Codebook.load(dir, "en");

        assertThat(codebook.triggersStartingWith("stonewall")).hasSize(1);
        assertThat(codebook.triggersStartingWith("kill")).isEmpty();
    }

    @Test
    void addRowsComeAfterTheReplacingFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("triggers.tsv"), HEADER + "stonewall\tV\tREJECT\t-\t-\n");
        Files.writeString(dir.resolve("triggers.add.tsv"), HEADER + "rebuff\tV\tREJECT\t-\t-\n");

        Codebook codebook = Codebook.load(dir, "en");

        assertThat(codebook.triggersStartingWith("stonewall")).hasSize(1);
        assertThat(codebook.triggersStartingWith("rebuff")).hasSize(1);
    }

    @Test
    void aWordRoleFileTakesAddedWordsAndNamesAnUnknownRole(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("places.add.tsv"), "# word\trole\nbeside\tIN_PLACE\n");

        WordRoles<Codebook.PlaceRole> words = Codebook.load(dir, "en").placeWords();

        assertThat(words.has(Codebook.PlaceRole.IN_PLACE, "beside")).isTrue();
        assertThat(words.has(Codebook.PlaceRole.IN_PLACE, "near")).isTrue();
        assertThat(words.has(Codebook.PlaceRole.PLACE_KIND, "beside")).isFalse();

        Path file = Files.writeString(dir.resolve("mentions.add.tsv"), "fear\tPOSSIBLE_NOUN\n");
        assertThatThrownBy(() -> Codebook.load(dir, "en")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":1: unknown role 'POSSIBLE_NOUN'");
    }

    @Test
    void aPronounAddedToNamesStandsForANameAsTheBundledOnesDo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("names.add.tsv"), "# word\trole\nyall\tPRONOUN\n");

        Codebook codebook = Codebook.load(dir, "en");

        assertThat(codebook.isPronounText("Yall")).isTrue();
        assertThat(codebook.isPronounText("They")).isTrue();
        assertThat(codebook.isPronounText("Reuters")).isFalse();
    }

    @Test
    void aWordRoleFileGivesEachWordTheValueOfItsThirdColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("times.add.tsv"), "# word\trole\tvalue\neleven\tCOUNT_WORD\t11\n"
                + "fortnight\tHORIZON_UNIT\t-\n");

        WordRoles<Codebook.TimeRole> words = Codebook.load(dir, "en").timeWords();

        assertThat(words.value(Codebook.TimeRole.COUNT_WORD, "eleven")).isEqualTo("11");
        assertThat(words.value(Codebook.TimeRole.COUNT_WORD, "twelve")).isEqualTo("12");
        assertThat(words.value(Codebook.TimeRole.HORIZON_UNIT, "week")).isEqualTo("W");
        assertThat(words.has(Codebook.TimeRole.HORIZON_UNIT, "fortnight")).isTrue();
        assertThat(words.value(Codebook.TimeRole.HORIZON_UNIT, "fortnight")).isNull();
        assertThat(words.value(Codebook.TimeRole.VAGUE_HEAD, "eleven")).isNull();
    }

    @Test
    void anUnknownCategoryNamesFileLineAndReason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("triggers.add.tsv"), HEADER + "rebuff\tV\tREJECT\t-\t-\n"
                + "stonewall\tV\tREFUSE\t-\t-\n");

        assertThatThrownBy(() -> Codebook.load(dir, "en")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":3: unknown category 'REFUSE'");
    }

    @Test
    void anUnknownPartOfSpeechNamesFileLineAndReason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("triggers.add.tsv"), "stonewall\tverb\tREJECT\t-\t-\n");

        assertThatThrownBy(() -> Codebook.load(dir, "en"))
                .hasMessage(file + ":1: unknown part of speech 'verb', expected one of VNA or *");
    }

    @Test
    void theMarkersThatTellANewOrAKnownEventAreCueRowsAUserCanExtend(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cues.add.tsv"), "# lemma\trole\tstatus\nrenewed\tNEW_EVENT\tASSERTED\n");

        Codebook codebook = Codebook.load(dir, "en");

        assertThat(codebook.isCue(Codebook.CueRole.NEW_EVENT, "renewed")).isTrue();
        assertThat(codebook.isCue(Codebook.CueRole.NEW_EVENT, "another")).isTrue();
        assertThat(codebook.isCue(Codebook.CueRole.NEW_EVENT, "previous")).isTrue();
        assertThat(codebook.isCue(Codebook.CueRole.DEFINITE, "the")).isTrue();
        assertThat(codebook.isCue(Codebook.CueRole.DEFINITE, "a")).isFalse();
    }

    @Test
    void anUnknownCueRoleOrStatusNamesFileLineAndTheAllowedValues(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("cues.add.tsv"), "# lemma\trole\tstatus\n"
                + "purportedly\tADVERB\tUNVERIFIED\n"
                + "allegedly\tADVERBIAL\tUNVERIFIED\n");

        assertThatThrownBy(() -> Codebook.load(dir, "en"))
                .hasMessageStartingWith(file + ":3: unknown cue role 'ADVERBIAL', expected one of [SAY, ADVERB");

        Files.writeString(file, "purportedly\tADVERB\tUNSURE\n");
        assertThatThrownBy(() -> Codebook.load(dir, "en"))
                .hasMessageStartingWith(file + ":1: unknown status 'UNSURE', expected one of [");
    }

    @Test
    void aRowWithTooFewColumnsNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sizes.add.tsv"), "\n\nslay V dead\n");

        assertThatThrownBy(() -> Codebook.load(dir, "en"))
                .hasMessage(file + ":3: expected 3 tab-separated columns, found 1");
    }

    @Test
    void aFileThatChangesNoCodebookIsAnError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("trigger.add.tsv"), HEADER + "stonewall\tV\tREJECT\t-\t-\n");

        assertThatThrownBy(() -> Codebook.load(dir, "en"))
                .hasMessage(file + ": no bundled codebook trigger.tsv to add to");
    }
}
