package org.evident.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoreTest {

    /** a1..a3 tell one incident, b1 and b2 another, c1 a third. */
    private static Map<String, String> gold() {
        Map<String, String> gold = new LinkedHashMap<>();
        gold.put("a1", "A");
        gold.put("a2", "A");
        gold.put("a3", "A");
        gold.put("b1", "B");
        gold.put("b2", "B");
        gold.put("c1", "C");
        return gold;
    }

    @Test
    void thePerfectClusteringScoresOneAndTheFloorKeepsPrecisionOnly() {
        Map<String, String> system = Map.of("a1", "1", "a2", "1", "a3", "1", "b1", "2", "b2", "2", "c1", "3");
        ClusterScore score = ClusterScore.of(gold(), system);
        assertThat(score.b3().f1()).isEqualTo(1.0);
        assertThat(score.pairs().f1()).isEqualTo(1.0);
        assertThat(score.mixedEvents()).isZero();
        // floor: B3 recall = (3 * 1/3 + 2 * 1/2 + 1) / 6 = 0.5; no pair is put together
        assertThat(score.b3Floor().precision()).isEqualTo(1.0);
        assertThat(score.b3Floor().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(score.pairsFloor().f1()).isZero();
    }

    @Test
    void aSplitCostsRecallAndAWrongMergeCostsPrecision() {
        // incident A split in two (a3 alone), and B merged with C
        Map<String, String> system = Map.of("a1", "1", "a2", "1", "a3", "2", "b1", "3", "b2", "3", "c1", "3");
        ClusterScore score = ClusterScore.of(gold(), system);
        // pairs: gold pairs 3 (A) + 1 (B) = 4; system pairs 1 (a1a2) + 3 (b1b2, b1c1, b2c1) = 4; right 2
        assertThat(score.pairs().precision()).isCloseTo(0.5, within(1e-9));
        assertThat(score.pairs().recall()).isCloseTo(0.5, within(1e-9));
        // B3 precision: a1, a2, a3 1; b1, b2 2/3; c1 1/3 -> (3 + 4/3 + 1/3) / 6
        assertThat(score.b3().precision()).isCloseTo((3 + 4.0 / 3 + 1.0 / 3) / 6, within(1e-9));
        // B3 recall: a1, a2 2/3; a3 1/3; b1, b2, c1 1 -> (4/3 + 1/3 + 3) / 6
        assertThat(score.b3().recall()).isCloseTo((4.0 / 3 + 1.0 / 3 + 3) / 6, within(1e-9));
        assertThat(score.mixedEvents()).isEqualTo(1);
        assertThat(score.systemEvents()).isEqualTo(3);
    }

    @Test
    void itemsWithoutAnEventStandAloneEvenWhenTheirIdsCollideWithEventIds() {
        // b1 has no event; its stand-in must not join the event called "b1"
        Map<String, String> system = Map.of("a1", "b1", "a2", "b1", "a3", "b1", "b2", "x", "c1", "y");
        ClusterScore score = ClusterScore.of(gold(), system);
        assertThat(score.unclustered()).isEqualTo(1);
        assertThat(score.systemEvents()).isEqualTo(4);
        assertThat(score.pairs().precision()).isEqualTo(1.0);
        assertThat(score.pairs().recall()).isCloseTo(0.75, within(1e-9));
    }
}
