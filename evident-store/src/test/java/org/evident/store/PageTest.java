package org.evident.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Paging values from a user: an offset from 0, a limit from 1 to the most a page may hold. */
class PageTest {

    @Test
    void theBoundsAreAllowed() {
        assertThatCode(() -> Page.check(0, 1, 100)).doesNotThrowAnyException();
        assertThatCode(() -> Page.check(5, 100, 100)).doesNotThrowAnyException();
    }

    @Test
    void aValueOutOfRangeIsNamed() {
        assertThatThrownBy(() -> Page.check(-1, 10, 100)).hasMessageContaining("offset").hasMessageContaining("-1");
        assertThatThrownBy(() -> Page.check(0, 0, 100)).hasMessageContaining("limit");
        assertThatThrownBy(() -> Page.check(0, 101, 100)).hasMessageContaining("between 1 and 100");
    }
}
