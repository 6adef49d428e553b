package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.parsed;

import java.util.List;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/**
 * Codebook triggers found in a sentence: words of several tokens, and a release, which frees people unless a
 * substance is let out or a recording published (cues.tsv RELEASED_SUBSTANCE, PUBLISHED_ITEM). Parses by hand; the
 * verb patterns have VerbPatternsTest.
 */
class TriggerFinderTest {

    private final TriggerFinder finder = new TriggerFinder(BundledCodebook.get());

    private List<String> categories(Sentence s) {
        return finder.find(s).stream().map(t -> t.category() + " " + s.token(t.head()).text()).toList();
    }

    @Test
    void aTriggerOfSeveralWordsCoversThemAll() {
        Sentence s = parsed("Police/police/NNS fired/fire/VBD tear/tear/NN gas/gas/NN", "1>0:nsubj", "1>3:obj",
                "3>2:compound");
        assertThat(finder.find(s)).anySatisfy(t -> {
            assertThat(t.category()).isEqualTo("ASSAULT");
            assertThat(t.first()).isEqualTo(2);
            assertThat(t.last()).isEqualTo(3);
        });
    }

    @Test
    void hostagesReleasedAreFreed() {
        Sentence s = parsed("The/the/DT rebels/rebel/NNS released/release/VBD twelve/twelve/CD hostages/hostage/NNS",
                "2>1:nsubj", "1>0:det", "2>4:obj", "4>3:nummod");
        assertThat(categories(s)).contains("RETREAT released");
    }

    @Test
    void aVideoReleasedIsAStatement() {
        Sentence s = parsed("The/the/DT group/group/NN released/release/VBD a/a/DT video/video/NN",
                "2>1:nsubj", "1>0:det", "2>4:obj", "4>3:det");
        assertThat(categories(s)).contains("X-STATEMENT released").doesNotContain("RETREAT released");
    }

    @Test
    void gasReleasedFreesNoOne() {
        // "opening fire and releasing tear gas": the gas is the assault's, the releasing no event of its own
        Sentence s = parsed("A/a/DT gunman/gunman/NN released/release/VBD tear/tear/NN gas/gas/NN",
                "2>1:nsubj", "1>0:det", "2>4:obj", "4>3:compound");
        assertThat(categories(s)).contains("ASSAULT gas").doesNotContain("RETREAT released");
    }

    @Test
    void aReleaseWithNothingNamedReleasedStaysARelease() {
        Sentence s = parsed("They/they/PRP were/be/VBD released/release/VBN", "2>0:nsubj:pass", "2>1:aux:pass");
        assertThat(categories(s)).contains("RETREAT released");
    }

    @Test
    void protestingThatSomethingIsWrongIsAComplaint() {
        // "the group protested that the authorities fail": PLOVER ACCUSE disapprove, not a street protest
        Sentence s = parsed("The/the/DT group/group/NN protested/protest/VBD that/that/IN authorities/authority/NNS "
                        + "fail/fail/VBP",
                "1>0:det", "2>1:nsubj", "2>5:ccomp", "5>3:mark", "5>4:nsubj");
        assertThat(categories(s)).contains("ACCUSE protested").doesNotContain("PROTEST protested");
    }

    @Test
    void aProtestReportingTheClauseBeforeItIsAComplaint() {
        // "Authorities fail, a group protested"
        Sentence s = parsed("Authorities/authority/NNS fail/fail/VBP ,/,/, a/a/DT group/group/NN "
                        + "protested/protest/VBD",
                "1>0:nsubj", "1>2:punct", "1>5:parataxis", "4>3:det", "5>4:nsubj");
        assertThat(categories(s)).contains("ACCUSE protested").doesNotContain("PROTEST protested");
    }

    @Test
    void aProtestAgainstSomethingStaysAProtest() {
        Sentence s = parsed("Students/student/NNS protested/protest/VBD against/against/IN the/the/DT "
                        + "decision/decision/NN",
                "1>0:nsubj", "1>4:obl", "4>2:case", "4>3:det");
        assertThat(categories(s)).containsExactly("PROTEST protested");
    }

    @Test
    void aReporterTheParserHangsOnANounIsStillAComplaint() {
        // "Authorities fail refugees, a group protested": the parser may hang the reporter on the clause's object
        Sentence s = parsed("Authorities/authority/NNS fail/fail/VBP refugees/refugee/NNS ,/,/, a/a/DT group/group/NN "
                        + "protested/protest/VBD",
                "1>0:nsubj", "1>2:obj", "2>3:punct", "2>6:dep", "5>4:det", "6>5:nsubj");
        assertThat(categories(s)).contains("ACCUSE protested").doesNotContain("PROTEST protested");
    }
}
