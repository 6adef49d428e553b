package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.evident.geo.PlaceKnowledge;
import org.evident.model.EventRecord.Location;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/** Which opening words of an article are its dateline, against a gazetteer that knows a few names. */
class DatelineTest {

    private static final PlaceKnowledge KNOWS = new PlaceKnowledge() {
        private final Set<String> places = Set.of("Police", "MEMPHIS", "Tenn.", "BEIRUT", "MILWAUKEE");

        @Override
        public Optional<String> countryCode(String nameOrDemonym) {
            return Optional.empty();
        }

        @Override
        public Optional<Location> country(String iso3) {
            return Optional.empty();
        }

        @Override
        public boolean isPlaceName(String name) {
            return places.contains(name);
        }
    };

    private static Optional<String> dateline(String body) {
        return new PlaceFinder(KNOWS, BundledCodebook.get()).dateline(body).map(d -> body.substring(d.begin(), d.end()));
    }

    @Test
    void aHeadlinesLabelIsNoDatelineThoughATownBearsTheWord() {
        assertThat(dateline("Police: Drug deal ends in gunfire\n\nMILWAUKEE — A man was shot.")).contains("MILWAUKEE");
        assertThat(dateline("BEIRUT: Rockets hit the port.")).contains("BEIRUT");
    }

    @Test
    void aCreditBeforeTheDatelineIsNotPartOfItsPlace() {
        String body = "Ex-con turns self in\n\nAssociated Press MEMPHIS, Tenn. (AP) - An ex-con turned himself in.";
        assertThat(new PlaceFinder(KNOWS, BundledCodebook.get()).dateline(body)).hasValueSatisfying(d -> {
            assertThat(body.substring(d.begin(), d.end())).isEqualTo("MEMPHIS");
            assertThat(body.substring(d.regionBegin(), d.regionEnd())).isEqualTo("Tenn.");
        });
    }
}
