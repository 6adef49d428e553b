package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.extract.Readings.trigger;
import static org.evident.testkit.Parses.parsed;

import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.evident.testkit.KnownPlaces;
import org.junit.jupiter.api.Test;

/**
 * Whether a trigger reports an event rather than a modifier, a kind, a purpose or a passer-by's doing, on
 * hand-parsed sentences (GenericNounTest has the kinds).
 */
class MentionReaderTest {

    private final Codebook codebook = BundledCodebook.get();
    private final MentionReader reader = new MentionReader(codebook, new PlaceFinder(KnownPlaces.none(), codebook),
            new PartyFinder(codebook, KnownPlaces.none()), new SourceFinder(codebook));

    @Test
    void aTriggerThatModifiesANounReportsNoEvent() {
        // "the targeted restaurant", "attack helicopters"
        Sentence targeted = parsed("the/the/DT targeted/target/VBN restaurant/restaurant/NN", "2>0:det", "2>1:amod");
        assertThat(reader.reportsEvent(targeted, trigger(targeted, 1, "ASSAULT"))).isFalse();
        Sentence helicopters = parsed("attack/attack/NN helicopters/helicopter/NNS", "1>0:compound");
        assertThat(reader.reportsEvent(helicopters, trigger(helicopters, 0, "ASSAULT"))).isFalse();
    }

    @Test
    void aParticleThatMakesAnotherVerbLeavesNoTriggerOfTheVerb() {
        // "Sign up now" enrols; "signed the deal" agrees
        Sentence signUp = parsed("Sign/sign/VB up/up/RP now/now/RB", "0>1:compound:prt", "0>2:advmod");
        assertThat(reader.reportsEvent(signUp, trigger(signUp, 0, "AGREE"))).isFalse();
        Sentence signed = parsed("they/they/PRP signed/sign/VBD the/the/DT deal/deal/NN", "1>0:nsubj", "3>2:det",
                "1>3:obj");
        assertThat(reader.reportsEvent(signed, trigger(signed, 1, "AGREE"))).isTrue();
    }

    @Test
    void aGerundBeforeANameIsTheEventTheParserMadeAnAdjectiveOf() {
        Sentence s = parsed("after/after/IN storming/storm/VBG Kunduz/Kunduz/NNP/CITY", "2>1:amod", "2>0:case");
        assertThat(reader.reportsEvent(s, trigger(s, 1, "ASSAULT"))).isTrue();
    }

    @Test
    void aPasserBysDoingIsNoEventButAViolentOneIs() {
        // "a woman visiting from Canada" / "a man wounded in the attack"
        Sentence visiting = parsed("a/a/DT woman/woman/NN visiting/visit/VBG from/from/IN Canada/Canada/NNP/COUNTRY",
                "1>0:det", "1>2:acl", "2>4:obl", "4>3:case");
        assertThat(reader.reportsEvent(visiting, trigger(visiting, 2, "CONSULT"))).isFalse();
        Sentence wounded = parsed("a/a/DT man/man/NN wounded/wound/VBN in/in/IN the/the/DT attack/attack/NN",
                "1>0:det", "1>2:acl", "2>5:obl", "5>3:case", "5>4:det");
        assertThat(reader.reportsEvent(wounded, trigger(wounded, 2, "ASSAULT"))).isTrue();
    }

    @Test
    void aPurposeIsNoEventButAnIntendedActIsKept() {
        // "troops moved in to arrest the leaders": the arrest is a purpose
        Sentence purpose = parsed("Troops/troops/NNS moved/move/VBD in/in/RP to/to/TO arrest/arrest/VB "
                + "the/the/DT leaders/leader/NNS", "1>0:nsubj", "1>2:compound:prt", "1>4:advcl", "4>3:mark",
                "4>6:obj", "6>5:det");
        assertThat(reader.reportsEvent(purpose, trigger(purpose, 4, "COERCE"))).isFalse();
        // "police managed to arrest the leaders": what was managed was done
        Sentence managed = parsed("Police/police/NNS managed/manage/VBD to/to/TO arrest/arrest/VB "
                + "the/the/DT leaders/leader/NNS", "1>0:nsubj", "1>3:xcomp", "3>2:mark", "3>5:obj", "5>4:det");
        assertThat(reader.reportsEvent(managed, trigger(managed, 3, "COERCE"))).isTrue();
    }

    @Test
    void aPlainClauseReportsItsEvent() {
        Sentence s = parsed("Police/police/NNS arrested/arrest/VBD the/the/DT leaders/leader/NNS",
                "1>0:nsubj", "1>3:obj", "3>2:det");
        assertThat(reader.reportsEvent(s, trigger(s, 1, "COERCE"))).isTrue();
    }
}
