package org.evident.eval.muc;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MUC dates: "3 JAN 90" days and the key's date fills ("30 DEC 89", "- 08 JAN 90", "26 - 27 DEC 89", "(A) / (B)"). */
final class MucDates {

    private static final Pattern DAY = Pattern.compile("(\\d{1,2}) ([A-Z]{3}) (\\d{2}|\\d{4})");

    private MucDates() {}

    /** A range of days; a null end is open ("- 08 JAN 90" is any day up to 8 January 1990). */
    record Span(LocalDate earliest, LocalDate latest) {

        boolean overlaps(LocalDate from, LocalDate to) {
            return (earliest == null || !to.isBefore(earliest)) && (latest == null || !from.isAfter(latest));
        }
    }

    /** "3 JAN 90" → 1990-01-03; null when it is no such day. */
    static LocalDate parseDay(String text) {
        Matcher m = DAY.matcher(text.strip());
        return m.matches() ? day(m) : null;
    }

    /**
     * The alternatives of a key date fill; throws IllegalArgumentException naming the part it cannot read (a day
     * without a year, "OCT 18").
     */
    static List<Span> parseFill(String fill) {
        List<Span> spans = new ArrayList<>();
        for (String alternative : fill.toUpperCase(Locale.ROOT).split("/")) {
            String a = alternative.strip().replaceAll("^\\(|\\)$", "").strip();
            if (a.isEmpty()) {
                continue;
            }
            Matcher m = DAY.matcher(a);
            List<LocalDate> days = new ArrayList<>();
            while (m.find()) {
                LocalDate day = day(m);
                if (day == null) {
                    throw new IllegalArgumentException("no such day '" + m.group() + "'");
                }
                days.add(day);
            }
            String rest = DAY.matcher(a).replaceAll("D").replace(" ", "");
            switch (rest) {
                case "D" -> spans.add(new Span(days.get(0), days.get(0)));
                case "-D" -> spans.add(new Span(null, days.get(0)));
                case "D-" -> spans.add(new Span(days.get(0), null));
                case "D-D" -> spans.add(new Span(days.get(0), days.get(1)));
                default -> throw new IllegalArgumentException("unreadable date '" + a + "' (expected like 30 DEC 89)");
            }
        }
        return spans;
    }

    private static LocalDate day(Matcher m) {
        Month month = month(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(year < 100 ? 1900 + year : year, month, Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Month month(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.name().substring(0, 3).equals(abbreviation.toUpperCase(Locale.ROOT))) {
                return month;
            }
        }
        return null;
    }
}
