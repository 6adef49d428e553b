package org.evident.store;

import java.util.List;
import java.util.Map;
import org.evident.model.EventRecord;

/**
 * One stored article with its text and records.
 *
 * @param article  what identifies it
 * @param origin   where it was read from
 * @param body     the text every record's offsets index
 * @param records  its event records, in extraction order
 * @param eventIds the event each record belongs to, by record id
 */
public record StoredArticle(ArticleRef article, String origin, String body, List<EventRecord> records,
                            Map<String, Long> eventIds) {

    public StoredArticle {
        records = List.copyOf(records);
        eventIds = Map.copyOf(eventIds);
    }
}
