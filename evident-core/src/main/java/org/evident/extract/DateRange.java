package org.evident.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When something happened as a range of days, with the precision the text gave: day, week, month, season,
 * year. Parsed from SUTime's TIMEX values ("2017-01-01TNI", "2016-SU", "2017-W01", "2016-12").
 */
record DateRange(LocalDate earliest, LocalDate latest, String precision) {

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(T.*)?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?$");
    private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI)$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

    /** The best single day: the latest for ranges that end at or before publication, else the earliest. */
    LocalDate best() {
        return precision.equals("day") ? earliest : latest;
    }

    boolean overlaps(DateRange other) {
        return !latest.isBefore(other.earliest) && !other.latest.isBefore(earliest);
    }

    /** Parses a TIMEX value; empty for durations, sets, references ("PRESENT_REF") and underspecified dates. */
    static Optional<DateRange> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = DAY.matcher(value);
        if (m.matches()) {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return Optional.of(new DateRange(day, day, "day"));
        }
        m = MONTH.matcher(value);
        if (m.matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return Optional.of(new DateRange(month.atDay(1), month.atEndOfMonth(), "month"));
        }
        m = WEEK.matcher(value);
        if (m.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate start = m.group(3) != null ? monday.plusDays(5) : monday;
            return Optional.of(new DateRange(start, monday.plusDays(6), "week"));
        }
        m = SEASON.matcher(value);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "SP" -> new DateRange(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31), "month");
                case "SU" -> new DateRange(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31), "month");
                case "FA" -> new DateRange(LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30), "month");
                // winter runs to the end of February, the 29th in a leap year
                default -> new DateRange(LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth(),
                        "month");
            });
        }
        m = YEAR.matcher(value);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "year"));
        }
        return Optional.empty();
    }
}
