package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evident.geo.PlaceKnowledge;
import org.evident.testkit.BundledCodebook;
import org.evident.testkit.KnownPlaces;
import org.junit.jupiter.api.Test;

/**
 * PlaceFinder on hand-written text: which opening words of an article are its dateline, against a gazetteer that
 * knows a few names.
 */
class PlaceFinderTest {

    private static final PlaceKnowledge KNOWS =
            KnownPlaces.of(Set.of("Police", "MEMPHIS", "Tenn.", "BEIRUT", "MILWAUKEE"), Map.of());
    private static final PlaceFinder FINDER = new PlaceFinder(KNOWS, BundledCodebook.get());

    private static Optional<String> dateline(String body) {
        return FINDER.dateline(body).map(d -> body.substring(d.begin(), d.end()));
    }

    @Test
    void aHeadlinesLabelIsNoDatelineThoughATownBearsTheWord() {
        assertThat(dateline("Police: Drug deal ends in gunfire\n\nMILWAUKEE — A man was shot.")).contains("MILWAUKEE");
        assertThat(dateline("BEIRUT: Rockets hit the port.")).contains("BEIRUT");
    }

    @Test
    void aCreditBeforeTheDatelineIsNotPartOfItsPlace() {
        String body = "Ex-con turns self in\n\nAssociated Press MEMPHIS, Tenn. (AP) - An ex-con turned himself in.";
        assertThat(FINDER.dateline(body)).hasValueSatisfying(d -> {
            assertThat(body.substring(d.begin(), d.end())).isEqualTo("MEMPHIS");
            assertThat(body.substring(d.regionBegin(), d.regionEnd())).isEqualTo("Tenn.");
        });
    }
}
