package org.evident.store;

import java.util.List;

/**
 * One event with every record that reports it.
 *
 * @param listing the event as lists show it
 * @param records its records, in storage order, each with its article's facts
 */
public record EventDetail(EventListing listing, List<StoredRecord> records) {

    public EventDetail {
        records = List.copyOf(records);
    }
}
