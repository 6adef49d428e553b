package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evident.model.EventRecord;
import org.evident.testkit.EventRecords;
import org.junit.jupiter.api.Test;

/** The store's JSON columns: a record survives the round trip, and an unreadable column says what it is. */
class StoredJsonTest {

    @Test
    void aRecordWrittenAndReadBackIsEqual() {
        EventRecord record = EventRecords.of("r1", "a1").category("PROTEST", "demonstrate").date("2024-03-01")
                .placeName("Avalon").arrested(3).text("Crowds marched in Avalon.").build();

        assertThat(StoredJson.record(StoredJson.write(record))).isEqualTo(record);
    }

    @Test
    void anUnreadableColumnIsAStoreErrorNamingWhatItShouldHaveHeld() {
        assertThatThrownBy(() -> StoredJson.record("{\"id\": "))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("stored EventRecord JSON is unreadable");
        assertThatThrownBy(() -> StoredJson.summary("[1, 2"))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("stored EventSummary JSON is unreadable");
    }
}
