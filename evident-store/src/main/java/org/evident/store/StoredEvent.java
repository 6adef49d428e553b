package org.evident.store;

import java.util.List;
import org.evident.resolve.EventSummary;

/**
 * One real event from the store.
 *
 * @param id        the event's id in the store
 * @param summary   what its reports say, figures side by side
 * @param recordIds the ids of its records
 * @param highlight the passage that matched a text query, matches marked with [ and ], or null
 */
public record StoredEvent(long id, EventSummary summary, List<String> recordIds, String highlight) {

    public StoredEvent {
        recordIds = List.copyOf(recordIds);
    }
}
