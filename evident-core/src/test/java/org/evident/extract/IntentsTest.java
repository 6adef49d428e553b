package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.parsed;

import java.util.Set;
import org.evident.model.Status;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/**
 * Intended, announced and refused acts are coded as PLOVER codes intentions (intents.tsv); parses are written by
 * hand here.
 */
class IntentsTest {

    private final Intents intents = BundledCodebook.get().intents();

    private static final Sentence FARMERS = parsed("Farmers/farmer/NNS said/say/VBD they/they/PRP would/would/MD "
                    + "blockade/blockade/VB Paris/Paris/NNP/CITY",
            "1>0:nsubj", "1>4:ccomp", "4>2:nsubj", "4>3:aux", "4>5:obj");

    @Test
    void aMeetingToldInTheFutureIsAnAgreement() {
        Sentence s = parsed("The/the/DT ministers/minister/NNS will/will/MD meet/meet/VB",
                "1>0:det", "3>1:nsubj", "3>2:aux");
        Intents.Intent intent = intents.read(s, 3, "CONSULT", Set.of(), Status.PREDICTED, t -> false);
        assertThat(intent).isNotNull();
        assertThat(intent.category()).isEqualTo("AGREE");
        assertThat(intent.stance()).isEqualTo(Intents.Stance.FUTURE);
    }

    @Test
    void aMeetingThatHappenedStaysAConsultation() {
        Sentence s = parsed("The/the/DT ministers/minister/NNS met/meet/VBD", "1>0:det", "2>1:nsubj");
        assertThat(intents.read(s, 2, "CONSULT", Set.of(), Status.ASSERTED, t -> false)).isNull();
    }

    @Test
    void aBlockadeTheSpeakersAnnounceOfThemselvesIsAThreatOfRestriction() {
        Intents.Intent intent = intents.read(FARMERS, 4, "COERCE", Set.of("restrict"), Status.PREDICTED, t -> false);
        assertThat(intent).isNotNull();
        assertThat(intent.category()).isEqualTo("THREATEN");
        assertThat(intent.modes()).containsExactly("restrict");
        assertThat(intent.statement()).isEqualTo(1);
    }

    @Test
    void anAttackSomeoneElseForecastsIsNoThreat() {
        // "Analysts said the army would attack": the speakers announce nothing of their own
        Sentence s = parsed("Analysts/analyst/NNS said/say/VBD the/the/DT army/army/NN would/would/MD "
                        + "attack/attack/VB",
                "1>0:nsubj", "1>5:ccomp", "3>2:det", "5>3:nsubj", "5>4:aux");
        assertThat(intents.read(s, 5, "ASSAULT", Set.of(), Status.PREDICTED, t -> false)).isNull();
    }

    @Test
    void aPronounMustBeOfTheSpeakersKind() {
        // "Smith said it would strike": "it" is not the person who speaks
        Sentence s = parsed("Smith/Smith/NNP/PERSON said/say/VBD it/it/PRP would/would/MD strike/strike/VB",
                "1>0:nsubj", "1>4:ccomp", "4>2:nsubj", "4>3:aux");
        assertThat(intents.read(s, 4, "ASSAULT", Set.of(), Status.PREDICTED, t -> false)).isNull();
    }

    @Test
    void anActTheActorDeclinesIsARejection() {
        Sentence s = parsed("The/the/DT minister/minister/NN declined/decline/VBD to/to/TO meet/meet/VB "
                        + "them/they/PRP",
                "1>0:det", "2>1:nsubj", "2>4:xcomp", "4>3:mark", "4>5:obj");
        Intents.Intent intent = intents.read(s, 4, "CONSULT", Set.of(), Status.ASSERTED, t -> false);
        assertThat(intent).isNotNull();
        assertThat(intent.category()).isEqualTo("REJECT");
    }

    @Test
    void anIntentionWordThatIsItselfATriggerCodesTheIntentionAlone() {
        // "They threatened to strike": the THREATEN of "threatened" is the record; the strike is its content
        Sentence s = parsed("They/they/PRP threatened/threaten/VBD to/to/TO strike/strike/VB",
                "1>0:nsubj", "1>3:xcomp", "3>2:mark");
        assertThat(intents.read(s, 3, "ASSAULT", Set.of(), Status.PREDICTED, t -> t == 1)).isNull();
    }

    @Test
    void aProtestWhoseVerbFramesWhatWasSaidIsAnAccusation() {
        // "A rights group protested that the authorities failed": PLOVER codes a verbal protest ACCUSE disapprove
        assertSpokenProtest(parsed("A/a/DT group/group/NN protested/protest/VBD that/that/IN "
                        + "authorities/authority/NNS failed/fail/VBD",
                "1>0:det", "2>1:nsubj", "2>5:ccomp", "5>3:mark", "5>4:nsubj"), 2);
    }

    @Test
    void aReportingClauseAfterWhatItReportsFramesItToo() {
        // "The authorities failed, a group protested": the reporting clause is the report's parataxis
        assertSpokenProtest(parsed("Authorities/authority/NNS failed/fail/VBD ,/,/, a/a/DT group/group/NN "
                        + "protested/protest/VBD",
                "1>0:nsubj", "1>2:punct", "4>3:det", "5>4:nsubj", "1>5:parataxis"), 5);
    }

    private void assertSpokenProtest(Sentence s, int protest) {
        Intents.Intent intent = intents.read(s, protest, "PROTEST", Set.of("demo"), Status.ASSERTED, t -> false);
        assertThat(intent).isNotNull();
        assertThat(intent.category()).isEqualTo("ACCUSE");
        assertThat(intent.modes()).containsExactly("disapprove");
        assertThat(intent.stance()).isEqualTo(Intents.Stance.SPOKEN);
    }

    @Test
    void aProtestInTheStreetsStaysAProtest() {
        Sentence s = parsed("Students/student/NNS protested/protest/VBD in/in/IN Sivas/Sivas/NNP/CITY",
                "1>0:nsubj", "1>3:obl", "3>2:case");
        assertThat(intents.read(s, 1, "PROTEST", Set.of("demo"), Status.ASSERTED, t -> false)).isNull();
    }
}
