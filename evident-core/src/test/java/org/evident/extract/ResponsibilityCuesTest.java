package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evident.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of responsibility.tsv: a cue matches its lemma only in its part of speech; bad rows name their line. */
class ResponsibilityCuesTest {

    @TempDir
    Path dir;

    private ResponsibilityCues cues(String... rows) throws IOException {
        Files.writeString(dir.resolve("responsibility.tsv"), String.join("\n", rows) + "\n");
        return new ResponsibilityCues(dir, "en");
    }

    private static Token token(String text, String lemma, String pos) {
        return new Token(0, text, lemma, pos, "O", null, 0, text.length());
    }

    @Test
    void aVerbCueIsNoCueAsANoun() throws IOException {
        ResponsibilityCues cues = cues("claim\tV\tCLAIM\t-\tCLAIMED");
        assertThat(cues.at(token("claimed", "claim", "VBD"))).isNotNull()
                .satisfies(cue -> assertThat(cue.construction()).isEqualTo(ResponsibilityCues.Construction.CLAIM));
        assertThat(cues.at(token("claim", "claim", "NN"))).isNull();
    }

    @Test
    void aLemmaMayBeOneCueAsAVerbAndAnotherAsANoun() throws IOException {
        ResponsibilityCues cues = cues("claim\tV\tCLAIM\t-\tCLAIMED", "claim\tN\tCLAIM\tof\tCLAIMED");
        assertThat(cues.at(token("claimed", "claim", "VBD"))).isNotNull()
                .satisfies(cue -> assertThat(cue.marker()).isEmpty());
        assertThat(cues.at(token("claim", "claim", "NN"))).isNotNull()
                .satisfies(cue -> assertThat(cue.marker()).isEqualTo("of"));
    }

    @Test
    void anAdjectiveCueNeedsAnAdjectiveAndAnyPartOfSpeechTakesAll() throws IOException {
        ResponsibilityCues cues = cues("responsible\tA\tRESPONSIBLE\t-\tALLEGED", "behind\t*\tBEHIND\t-\tALLEGED");
        assertThat(cues.at(token("responsible", "responsible", "JJ"))).isNotNull();
        assertThat(cues.at(token("responsible", "responsible", "NN"))).isNull();
        assertThat(cues.at(token("behind", "behind", "IN"))).isNotNull();
        assertThat(cues.at(token("behind", "behind", "RB"))).isNotNull();
    }

    @Test
    void whatIsClaimedStartsNoReadingAndNeitherDoesADenial() throws IOException {
        ResponsibilityCues cues = cues("claim\tV\tCLAIM\t-\tCLAIMED", "credit\t*\tCLAIM_OBJECT\t-\t-",
                "deny\tV\tDENY\t-\tDENIED");
        assertThat(cues.isClaimObject("credit")).isTrue();
        assertThat(cues.isClaimObject("claim")).isFalse();
        assertThat(cues.startsFrom("claim")).isTrue();
        assertThat(cues.startsFrom("credit")).isFalse();
        assertThat(cues.startsFrom("deny")).isFalse();
        assertThat(cues.startsFrom("blame")).isFalse();
    }

    @Test
    void aRowsLemmaIsMatchedInLowerCase() throws IOException {
        assertThat(cues("Blame\tV\tBLAME\ton\tALLEGED").at(token("blamed", "blame", "VBD"))).isNotNull();
    }

    @Test
    void anUnknownPartOfSpeechOrStatusNamesItsLine() {
        assertThatThrownBy(() -> cues("# header", "claim\tX\tCLAIM\t-\tCLAIMED"))
                .hasMessageContaining("responsibility.tsv:2").hasMessageContaining("part of speech 'X'");
        assertThatThrownBy(() -> cues("claim\tV\tCLAIM\t-\tSURE"))
                .hasMessageContaining("responsibility.tsv:1").hasMessageContaining("status 'SURE'");
    }

    @Test
    void theBundledCuesLoad() {
        ResponsibilityCues bundled = new ResponsibilityCues(null, "en");
        assertThat(bundled.isClaimObject("responsibility")).isTrue();
    }
}
