package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A query's filters: the shapes a box and a circle must have, a positive limit, and copies that change one filter. */
class QueryTest {

    @Test
    void aBoxNeedsFourNumbersAndACircleThree() {
        assertThatThrownBy(() -> new Query(null, null, null, null, null, null, null, new double[] {1, 2, 3}, null,
                null, null, null, 10)).hasMessageContaining("bbox").hasMessageContaining("got 3");
        assertThatThrownBy(() -> Query.all(10).withNear(1, 2, 3).withLimit(0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> new Query(null, null, null, null, null, null, null, null, new double[] {1, 2},
                null, null, null, 10)).hasMessageContaining("near");
    }

    @Test
    void eachCopyChangesItsOneFilterAndKeepsTheRest() {
        Query query = Query.all(10).withCategory("ASSAULT").withText("blast").withMinDead(3).withNear(1, 2, 50)
                .withArticles(List.of("a")).withLimit(5);
        assertThat(query.category()).isEqualTo("ASSAULT");
        assertThat(query.text()).isEqualTo("blast");
        assertThat(query.minDead()).isEqualTo(3);
        assertThat(query.near()).containsExactly(1, 2, 50);
        assertThat(query.articles()).containsExactly("a");
        assertThat(query.limit()).isEqualTo(5);
    }

    @Test
    void theArticlesAreCopiedNotShared() {
        List<String> ids = new ArrayList<>(List.of("a"));
        Query query = Query.all(10).withArticles(ids);
        ids.add("b");
        assertThat(query.articles()).containsExactly("a");
    }
}
