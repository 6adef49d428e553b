package org.evident.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.evident.model.EventRecord.Location;
import org.evident.testkit.KnownPlaces;
import org.junit.jupiter.api.Test;

/** What the gazetteer tells extraction about a resolved place: a town, a seat of some rank, a section, or none. */
class SettlementTest {

    @Test
    void featureCodesOfPopulatedPlacesNameTheirSettlement() {
        assertThat(Settlement.of("P", "PPLX")).isEqualTo(Settlement.SECTION);
        assertThat(Settlement.of("P", "PPL")).isEqualTo(Settlement.TOWN);
        assertThat(Settlement.of("P", "PPLA2")).isEqualTo(Settlement.SEAT_OF_SECOND_DIVISION);
        assertThat(Settlement.of("P", "PPLC")).isEqualTo(Settlement.CAPITAL);
        assertThat(Settlement.of("A", "ADM2")).isEqualTo(Settlement.NONE);
        assertThat(Settlement.of(null, null)).isEqualTo(Settlement.NONE);
    }

    @Test
    void seatsRankFromTheCapitalDownAndOnlySeatsAreSeats() {
        assertThat(Settlement.CAPITAL).isGreaterThan(Settlement.SEAT_OF_GOVERNMENT);
        assertThat(Settlement.SEAT_OF_GOVERNMENT).isGreaterThan(Settlement.SEAT_OF_FIRST_DIVISION);
        assertThat(Settlement.SEAT_OF_FIRST_DIVISION).isGreaterThan(Settlement.SEAT_OF_SECOND_DIVISION);
        assertThat(Settlement.SEAT_OF_THIRD_DIVISION).isGreaterThan(Settlement.SEAT_OF_FOURTH_DIVISION);
        assertThat(Settlement.SEAT_OF_FOURTH_DIVISION.isSeat()).isTrue();
        assertThat(Settlement.TOWN.isSeat()).isFalse();
        assertThat(Settlement.SECTION.isSeat()).isFalse();
        assertThat(Settlement.SECTION.isPopulated()).isTrue();
        assertThat(Settlement.NONE.isPopulated()).isFalse();
    }

    @Test
    void anyGazetteerAnswersFromTheResolvedPlace() {
        Location section = new Location("Rogers Park", "Rogers Park", 4908033L, 42.00864, -87.66672, "Illinois",
                "United States", "USA", "P", "PPLX", 4);
        assertThat(KnownPlaces.none().settlement(section)).isEqualTo(Settlement.SECTION);
    }
}
