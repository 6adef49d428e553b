package org.evident.store;

import java.util.List;

/**
 * Counts of the events that match a query, each event counted once.
 *
 * @param byDay      per day (ISO date), on the event's earliest possible day; undated events are left out
 * @param byCategory per PLOVER category
 * @param byCountry  per country code, with the country's name as records give it
 * @param byStatus   per status (the event's strongest evidence)
 */
public record EventStats(List<Count> byDay, List<Count> byCategory, List<Count> byCountry, List<Count> byStatus) {

    public EventStats {
        byDay = List.copyOf(byDay);
        byCategory = List.copyOf(byCategory);
        byCountry = List.copyOf(byCountry);
        byStatus = List.copyOf(byStatus);
    }

    /** One group: its key, a display name where it has one (else null), and how many events. */
    public record Count(String key, String name, long count) {}
}
