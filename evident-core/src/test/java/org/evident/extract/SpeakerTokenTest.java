package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.parsed;

import org.evident.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Which word of a reporting clause speaks, on hand-parsed sentences. */
class SpeakerTokenTest {

    @Test
    void aDatelineTheParserTookForASecondSubjectDoesNotSpeak() {
        // "MOGADISHU — Gunmen killed six, police said", parsed with the dateline as a second subject of "said"
        Sentence s = parsed("MOGADISHU/Mogadishu/NNP/CITY —/—/HYPH Gunmen/gunman/NNS killed/kill/VBD six/six/CD "
                + ",/,/, police/police/NN said/say/VBD", "7>0:nsubj", "7>3:ccomp", "3>2:nsubj", "3>4:obj",
                "7>5:punct", "7>6:nsubj", "0>1:punct");
        assertThat(SourceFinder.speakerToken(s, 7)).isEqualTo(6);
    }

    @Test
    void aLoneSubjectSpeaksWhereverItStands() {
        Sentence s = parsed("Officials/official/NNS in/in/IN the/the/DT capital/capital/NN said/say/VBD",
                "4>0:nsubj", "0>3:nmod", "3>1:case", "3>2:det");
        assertThat(SourceFinder.speakerToken(s, 4)).isZero();
    }

    @Test
    void theSubjectOfAPassiveReportingVerbDoesNotSpeak() {
        // "Two suspects were described by police as gang members"
        Sentence agent = parsed("Two/two/CD suspects/suspect/NNS were/be/VBD described/describe/VBN by/by/IN"
                + " police/police/NN as/as/IN gang/gang/NN members/member/NNS", "3>1:nsubj:pass", "1>0:nummod",
                "3>2:aux:pass", "3>5:obl", "5>4:case", "3>8:obl", "8>6:case", "8>7:compound");
        assertThat(SourceFinder.speakerToken(agent, 3)).isEqualTo(5);
        // "The girls were described as healthy": nobody named speaks
        Sentence none = parsed("The/the/DT girls/girl/NNS were/be/VBD described/describe/VBN as/as/IN"
                + " healthy/healthy/JJ", "3>1:nsubj:pass", "1>0:det", "3>2:aux:pass", "3>5:advcl", "5>4:mark");
        assertThat(SourceFinder.speakerToken(none, 3)).isEqualTo(-1);
    }
}
