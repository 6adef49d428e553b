package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Extraction.extract;

import java.util.List;
import org.evident.model.EventRecord;
import org.junit.jupiter.api.Test;

/**
 * A release frees people (RETREAT release); a substance released is let out (no event of its own), a recording
 * released is published (a statement); through the real CoreNLP annotation (cues.tsv RELEASED_SUBSTANCE,
 * PUBLISHED_ITEM).
 */
class ReleasedThingsTest {

    private static List<String> categories(List<EventRecord> records) {
        return records.stream().flatMap(r -> r.event().stream()).toList();
    }

    @Test
    void hostagesFreedAreARelease() {
        assertThat(categories(extract("The rebels released twelve hostages on Monday.", "2019-05-10")))
                .contains("RETREAT");
    }

    @Test
    void aVideoReleasedIsAStatement() {
        assertThat(categories(extract("The militant group released a video on Monday.", "2019-05-10")))
                .contains("X-STATEMENT").doesNotContain("RETREAT");
    }

    @Test
    void gasReleasedInAnAttackFreesNoOne() {
        assertThat(categories(extract("A gunman stormed a cinema on Friday, opening fire and releasing tear gas.",
                "2019-05-10"))).contains("ASSAULT").doesNotContain("RETREAT");
    }
}
