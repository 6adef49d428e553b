package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.parsed;

import java.util.Set;
import org.evident.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Walking down the parse from a trigger along chosen relations, on a hand-parsed sentence. */
class ReachTest {

    // "Gunmen killed three people in the centre of Kabul on Monday"
    private final Sentence s = parsed("Gunmen/gunman/NNS killed/kill/VBD three/three/CD people/people/NNS in/in/IN "
                    + "the/the/DT centre/centre/NN of/of/IN Kabul/Kabul/NNP/CITY on/on/IN Monday/Monday/NNP/DATE",
            "1>0:nsubj", "1>3:obj", "3>2:nummod", "1>6:obl", "6>4:case", "6>5:det", "6>8:nmod", "8>7:case",
            "1>10:obl:tmod", "10>9:case");

    @Test
    void onlyTheChosenRelationsAreFollowedAndASubtypeCountsAsItsBase() {
        assertThat(Reach.down(s, 1, Set.of("obl"), i -> false, 3)).containsExactlyInAnyOrder(6, 10);
    }

    @Test
    void nearerTokensComeFirst() {
        assertThat(Reach.down(s, 1, Set.of("obl", "nmod"), i -> false, 3)).containsExactly(6, 10, 8);
    }

    @Test
    void aStopTokenIsFoundButNotEntered() {
        assertThat(Reach.down(s, 1, Set.of("obl", "nmod"), i -> i == 6, 3)).containsExactly(6, 10);
    }

    @Test
    void theWalkEndsAtItsDepth() {
        assertThat(Reach.down(s, 1, Set.of("obl", "nmod"), i -> false, 1)).containsExactly(6, 10);
        assertThat(Reach.down(s, 1, Set.of("obl", "nmod"), i -> false, 0)).isEmpty();
    }
}
