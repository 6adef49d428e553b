package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The sorts a page of events comes in, by the keys users type. */
class EventSortTest {

    @Test
    void aKeyIsReadWhateverItsCaseAndSpaces() {
        assertThat(EventSort.parse(" -Dead ")).isEqualTo(EventSort.DEAD_DESC);
        assertThat(EventSort.parse("date")).isEqualTo(EventSort.DATE);
    }

    @Test
    void everySortIsFoundByItsOwnKey() {
        for (EventSort sort : EventSort.values()) {
            assertThat(EventSort.parse(sort.key())).isEqualTo(sort);
        }
    }

    @Test
    void anUnknownKeyNamesTheKeysThereAre() {
        assertThatThrownBy(() -> EventSort.parse("size")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'size'").hasMessageContaining("-reports").hasMessageContaining("category");
    }

    @Test
    void tiesAreBrokenByIdSoPagesNeverOverlap() {
        assertThat(EventSort.DATE.orderBy("e")).startsWith(" ORDER BY e.span_latest ASC").endsWith(", e.id ASC");
        assertThat(EventSort.DEAD_DESC.orderBy("x")).contains("x.dead_max DESC").endsWith(", x.id DESC")
                .doesNotContain("{e}");
    }
}
