package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Extraction.extract;

import java.util.List;
import org.evident.model.EventRecord;
import org.junit.jupiter.api.Test;

/**
 * Weapons fired, launched and tested, through the real CoreNLP annotation: PLOVER codes a missile test as a show of
 * force (MOBILIZE weapons), and a weapon fired at a target as an ASSAULT.
 */
class WeaponsTest {

    private static List<String> categories(List<EventRecord> records) {
        return records.stream().flatMap(r -> r.event().stream()).toList();
    }

    @Test
    void aMissileFiredOverACountryIsAWeaponsMobilization() {
        List<EventRecord> records = extract("North Korea fired a ballistic missile over Japan on Tuesday.",
                "2017-08-30");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.event()).containsExactly("MOBILIZE");
            assertThat(r.mode()).containsExactly("weapons");
        });
    }

    @Test
    void missilesLaunchedIntoTheSeaHitNobody() {
        List<EventRecord> records = extract("North Korea launched two short-range missiles into the sea off its"
                + " east coast, South Korea's military said.", "2019-05-10");
        assertThat(categories(records)).contains("MOBILIZE").doesNotContain("ASSAULT");
    }

    @Test
    void rocketsFiredTowardsATownAreAnAttack() {
        List<EventRecord> records = extract("Militants fired dozens of rockets towards the border town on Sunday.",
                "2019-05-10");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.event()).containsExactly("ASSAULT");
            assertThat(r.mode()).contains("heavy-weapons");
        });
    }
}
