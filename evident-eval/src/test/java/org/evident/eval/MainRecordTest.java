package org.evident.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.junit.jupiter.api.Test;

class MainRecordTest {

    private static EventRecord record(String id, String category, List<String> mode, int... starts) {
        List<EventRecord.Mention> mentions = java.util.Arrays.stream(starts)
                .mapToObj(start -> new EventRecord.Mention(0, start, start + 4, "word")).toList();
        return new EventRecord(id, "a1", null, null, null, List.of(category), mode, List.of(), List.of(),
                List.of(), null, new EventRecord.Size(null, null, null), EventRecord.SizeInfo.NONE, List.of(),
                null, null, Status.ASSERTED, null, List.of(), null, List.of(), mentions, 0.5);
    }

    @Test
    void withoutACategoryTheRecordMentionedMostIsTheMainOneAndTheFirstMentionBreaksTies() {
        EventRecord caption = record("r1", "RETREAT", List.of(), 2);
        EventRecord story = record("r2", "ASSAULT", List.of(), 40, 300, 900);
        assertThat(MainRecord.of(List.of(caption, story), null, null)).contains(story);
        EventRecord later = record("r3", "ASSAULT", List.of(), 300);
        EventRecord headline = record("r4", "PROTEST", List.of(), 5);
        assertThat(MainRecord.of(List.of(later, headline), null, null)).contains(headline);
    }

    @Test
    void aStatementStandsForTheArticleOnlyWhenNothingElseDoes() {
        EventRecord saying = record("r1", "X-STATEMENT", List.of(), 50, 200, 400, 600);
        EventRecord crash = record("r2", "X-DISASTER", List.of(), 10, 300);
        assertThat(MainRecord.of(List.of(saying, crash), null, null)).contains(crash);
        assertThat(MainRecord.of(List.of(saying), null, null)).contains(saying);
    }

    @Test
    void withACategoryThePreferredModeWinsOverAnEarlierRecordOfTheCategory() {
        EventRecord stabbing = record("r1", "ASSAULT", List.of("cold-weapon"), 10);
        EventRecord shooting = record("r2", "ASSAULT", List.of("firearms"), 90);
        EventRecord arrest = record("r3", "COERCE", List.of("arrest"), 0);
        assertThat(MainRecord.of(List.of(arrest, stabbing, shooting), "ASSAULT", "firearms")).contains(shooting);
        assertThat(MainRecord.of(List.of(arrest, stabbing), "ASSAULT", "firearms")).contains(stabbing);
        assertThat(MainRecord.of(List.of(arrest), "ASSAULT", "firearms")).isEmpty();
    }
}
