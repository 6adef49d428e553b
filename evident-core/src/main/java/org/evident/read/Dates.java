package org.evident.read;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as pages, feeds and JSON dumps write them; the day as the publisher wrote it. */
final class Dates {

    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T\\s])");
    private static final Pattern COMPACT_DAY = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T)");

    private Dates() {}

    /**
     * The calendar day a date or date-time string names, or null: "2017-01-06", "2017-01-06 10:22:00",
     * "2017-01-06T23:30:00-05:00" (the publisher's day, not converted to UTC), "20170106", and RFC 1123
     * "Fri, 6 Jan 2017 10:22:00 GMT".
     */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher iso = ISO_DAY.matcher(value);
        if (!iso.find()) {
            iso = COMPACT_DAY.matcher(value);
            if (!iso.find()) {
                return rfc1123(value.strip());
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static LocalDate rfc1123(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A feed library's date, as a UTC day (feed parsers do not keep the publisher's offset), or null. */
    static LocalDate utcDay(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
