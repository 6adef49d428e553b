package org.evident.spark.resolve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.evident.model.EventRecord;

/**
 * Which block a record is resolved in: country, first category and a span of {@code spanDays} days. Records
 * without a date or category are never merged: each is a block of its own.
 */
final class Block {

    static final String UNKNOWN_COUNTRY = "unknown";

    private Block() {}

    /** The block key of a record, e.g. "SYR|ASSAULT|612"; for undated records "single|" + the record id. */
    static String key(EventRecord record, int spanDays) {
        Long day = epochDay(record);
        if (day == null || record.event().isEmpty()) {
            return "single|" + record.id();
        }
        return country(record) + "|" + record.event().get(0) + "|" + Math.floorDiv(day, spanDays);
    }

    static String country(EventRecord record) {
        return record.eventLoc() == null || record.eventLoc().countryCode() == null
                ? UNKNOWN_COUNTRY : record.eventLoc().countryCode();
    }

    /** The record's date as a day number, or null when it has none. */
    static Long epochDay(EventRecord record) {
        if (record.date() == null) {
            return null;
        }
        try {
            return LocalDate.parse(record.date()).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
