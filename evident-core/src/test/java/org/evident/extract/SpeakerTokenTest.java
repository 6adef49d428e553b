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
}
