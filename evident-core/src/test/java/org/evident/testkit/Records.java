package org.evident.testkit;

import java.util.List;
import org.evident.model.EventRecord;
import org.evident.model.Status;

/** Hand-built event records for tests that need no NLP. */
public final class Records {

    private Records() {}

    /** A record with one category, a status and mentions at the given [start, end) spans of {@code text}. */
    public static EventRecord record(String id, String text, String category, Status status, int[]... spans) {
        List<EventRecord.Mention> mentions = java.util.Arrays.stream(spans)
                .map(s -> new EventRecord.Mention(0, s[0], s[1], text.substring(s[0], s[1]))).toList();
        return new EventRecord(id, "a1", null, null, null, List.of(category), List.of(), List.of(), List.of(),
                List.of(), null, EventRecord.Size.NONE, EventRecord.SizeInfo.NONE, List.of(), null, null, status, null,
                List.of(), null, List.of(), mentions, 0.5);
    }

    /** The [start, end) span of the first occurrence of {@code phrase} in {@code text}. */
    public static int[] span(String text, String phrase) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("'" + phrase + "' is not in the text");
        }
        return new int[] {at, at + phrase.length()};
    }
}
