package org.evident.spark.resolve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.evident.model.EventRecord;

/**
 * Which block a record is resolved in: country, first category and a span of {@code spanDays} days. A record's
 * day is its event date, else the day the extract job filed it under (the article's publication date). Records
 * with neither, or without a category, are never merged: each is a block of its own. Blocks are what lets the job
 * scale; they also keep apart what the store could join: a report without a country and one with it, and reports
 * on either side of a span's edge (a follow-up weeks later among them).
 */
final class Block {

    /**
     * A record, its day number (see {@link Block}) and the day number of the day folder the extract job filed it
     * under, its article's publication day (the record's own day where the input has no day folders); both null
     * for a record with neither, which is a block of its own.
     */
    public record Dated(EventRecord record, Long day, Long filedDay) {}

    static final String UNKNOWN_COUNTRY = "unknown";

    private Block() {}

    /** The block key of a record, e.g. "SYR|ASSAULT|612"; for undated records "single|" + the record id. */
    static String key(EventRecord record, String filedDay, int spanDays) {
        Long day = day(record, filedDay);
        if (day == null || record.event().isEmpty()) {
            return "single|" + record.id();
        }
        return country(record) + "|" + record.event().get(0) + "|" + Math.floorDiv(day, spanDays);
    }

    /** The record's event day, else {@code filedDay} (YYYY-MM-DD), as a day number; null when neither is a date. */
    static Long day(EventRecord record, String filedDay) {
        Long day = epochDay(record.date());
        return day != null ? day : epochDay(filedDay);
    }

    /** {@code filedDay} (YYYY-MM-DD) as a day number, else the record's day; null when neither is a date. */
    static Long filedDay(EventRecord record, String filedDay) {
        Long filed = epochDay(filedDay);
        return filed != null ? filed : day(record, filedDay);
    }

    static String country(EventRecord record) {
        return record.eventLoc() == null || record.eventLoc().countryCode() == null
                ? UNKNOWN_COUNTRY : record.eventLoc().countryCode();
    }

    private static Long epochDay(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
