package org.evident.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.store.StoredRecord;
import org.evident.testkit.EventRecords;
import org.junit.jupiter.api.Test;

/** A record as one ACLED-like row: names, codes and precisions as ACLED's users read them. */
class FlatRecordTest {

    private static Map<String, Object> row(EventRecord record) {
        return FlatRecord.of(new StoredRecord(record, 42L, "Blast in Kirkuk", "https://example.org/a", "Example News",
                LocalDate.of(2024, 3, 2)));
    }

    @Test
    void everyColumnHasAValueOrNullAndTheStoredFactsAreCarried() {
        Map<String, Object> row = row(EventRecords.of("r1", "a1").category("ASSAULT", "explosives")
                .date("2024-03-01").place("Kirkuk", 35.47, 44.39, "IQ", "Iraq", 4).dead(5, "five")
                .injured(12).status(Status.REPORTED, "police").text("A bomb exploded in Kirkuk.").build());

        assertThat(row.keySet()).containsExactlyElementsOf(
                FlatRecord.COLUMNS.stream().map(FlatRecord.Column::name).toList());
        assertThat(row).containsEntry("event_id", 42L).containsEntry("record_id", "r1")
                .containsEntry("event_date", "2024-03-01").containsEntry("year", 2024)
                .containsEntry("event_type", "ASSAULT").containsEntry("sub_event_type", "explosives")
                .containsEntry("iso", "IQ").containsEntry("country", "Iraq").containsEntry("location", "Kirkuk")
                .containsEntry("fatalities", 5).containsEntry("injured", 12).containsEntry("status", "REPORTED")
                .containsEntry("said_by", "police").containsEntry("source", "Example News")
                .containsEntry("published", "2024-03-02").containsEntry("notes", "A bomb exploded in Kirkuk.");
        assertThat(row.get("arrested")).isNull();
    }

    @Test
    void timePrecisionIsAcledsCodeOneForADayAndEmptyWhenTheDateIsOnlyThePublicationDay() {
        assertThat(row(EventRecords.of("r", "a").date("2024-03-01").build())).containsEntry("time_precision", 1);
        assertThat(row(EventRecords.of("r", "a").publicationDate("2024-03-01").build()).get("time_precision"))
                .isNull();
    }

    @Test
    void geoPrecisionIsOneForATownTwoForADistrictThreeForAProvinceOrCountry() {
        assertThat(row(EventRecords.of("r", "a").place("Kirkuk", 35.4, 44.4, "IQ", "Iraq", 4).build()))
                .containsEntry("geo_precision", 1);
        assertThat(row(EventRecords.of("r", "a").place("Dibis", 35.6, 44.0, "IQ", "Iraq", 3).build()))
                .containsEntry("geo_precision", 2);
        assertThat(row(EventRecords.of("r", "a").place("Iraq", 33.0, 44.0, "IQ", "Iraq", 1).build()))
                .containsEntry("geo_precision", 3);
    }

    @Test
    void anUnresolvedPlaceKeepsItsWordsAndLeavesTheCoordinatesEmpty() {
        Map<String, Object> row = row(EventRecords.of("r", "a").placeName("Old Town").build());

        assertThat(row).containsEntry("location", "Old Town");
        assertThat(row.get("latitude")).isNull();
        assertThat(row.get("geo_precision")).isNull();
    }

    @Test
    void actorsAreJoinedWithSemicolonsAndAnEmptySideIsNull() {
        Map<String, Object> row = row(EventRecords.of("r", "a").actor("police", "IRQCOP").actor("soldiers", "IRQMIL")
                .build());

        assertThat(row).containsEntry("actor1", "police; soldiers");
        assertThat(row.get("actor2")).isNull();
    }
}
