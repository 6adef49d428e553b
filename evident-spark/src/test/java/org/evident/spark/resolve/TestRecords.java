package org.evident.spark.resolve;

import java.util.List;
import org.evident.model.EventRecord;
import org.evident.model.Status;

/** Hand-built records with the fields resolution looks at: article, date, category, actor, place. */
final class TestRecords {

    private TestRecords() {}

    static EventRecord record(String id, String articleId, String date, String category, String actor, String place) {
        List<EventRecord.Entity> actors = actor == null ? List.of()
                : List.of(new EventRecord.Entity(actor, null, null, null));
        EventRecord.Location location = place == null ? null : EventRecord.Location.unresolved(place);
        return new EventRecord(id, articleId, date, null, null, List.of(category), List.of(), List.of(), actors,
                List.of(), location, EventRecord.Size.NONE, EventRecord.SizeInfo.NONE, List.of(), null, null,
                Status.ASSERTED, null, List.of(), null, List.of(),
                List.of(new EventRecord.Mention(0, 0, 6, "killed")), 0.5);
    }
}
