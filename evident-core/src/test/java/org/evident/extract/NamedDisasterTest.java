package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Extraction.extract;

import java.util.List;
import org.evident.model.EventRecord;
import org.junit.jupiter.api.Test;

/**
 * What a disaster does is the disaster, not an assault, also when the disaster is named ("Hurricane Irma") and is
 * the subject through a relative pronoun; through the real CoreNLP annotation.
 */
class NamedDisasterTest {

    private static List<String> categories(List<EventRecord> records) {
        return records.stream().flatMap(r -> r.event().stream()).toList();
    }

    @Test
    void aNamedHurricaneThatStruckIsNoAssault() {
        List<EventRecord> records = extract("He asked about the family after Hurricane Irma, which struck Florida"
                + " in September.", "2017-10-03");
        assertThat(categories(records)).contains("X-DISASTER").doesNotContain("ASSAULT");
    }
}
