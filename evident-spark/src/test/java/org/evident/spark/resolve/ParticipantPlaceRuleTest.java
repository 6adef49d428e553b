package org.evident.spark.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.spark.resolve.TestRecords.record;

import org.junit.jupiter.api.Test;

class ParticipantPlaceRuleTest {

    private final MergeRule rule = new ParticipantPlaceRule();

    @Test
    void mergesReportsFromTwoArticlesThatShareAnActor() {
        assertThat(rule.sameEvent(record("r1", "a1", "2020-05-04", "PROTEST", "The students", null),
                record("r2", "a2", "2020-05-05", "PROTEST", "students", "Ankara"))).isTrue();
    }

    @Test
    void mergesReportsWithoutParticipantsWhenTheyNameTheSamePlace() {
        assertThat(rule.sameEvent(record("r1", "a1", "2020-05-04", "ASSAULT", null, "Irbid"),
                record("r2", "a2", "2020-05-04", "ASSAULT", null, "irbid"))).isTrue();
    }

    @Test
    void keepsApartReportsWhosePlacesDisagreeEvenWithASharedActor() {
        assertThat(rule.sameEvent(record("r1", "a1", "2020-05-04", "ASSAULT", "police", "Irbid"),
                record("r2", "a2", "2020-05-04", "ASSAULT", "police", "Karak"))).isFalse();
    }

    @Test
    void neverMergesTwoRecordsOfOneArticle() {
        assertThat(rule.sameEvent(record("r1", "a1", "2020-05-04", "ASSAULT", "police", "Irbid"),
                record("r2", "a1", "2020-05-04", "ASSAULT", "police", "Irbid"))).isFalse();
    }

    @Test
    void keepsApartReportsWithNothingInCommon() {
        assertThat(rule.sameEvent(record("r1", "a1", "2020-05-04", "ASSAULT", null, null),
                record("r2", "a2", "2020-05-04", "ASSAULT", null, null))).isFalse();
    }
}
