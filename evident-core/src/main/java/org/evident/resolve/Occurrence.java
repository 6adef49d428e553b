package org.evident.resolve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evident.model.EventRecord;

/**
 * What resolution compares of a report: category, modes, a day range, a place and the actors, normalised once.
 *
 * @param earliest   first day the event may have happened on, or null when the text and the article give none
 * @param latest     last such day, or null
 * @param resolution gazetteer resolution of the point (5 sub-city … 1 country), 0 when unknown
 * @param place      normalised place name, or null
 * @param actorWords content words of every actor and recipient, lower case
 * @param actorCodes coded actors and recipients (country or group codes)
 */
public record Occurrence(String articleId, String category, Set<String> modes, LocalDate earliest,
                         LocalDate latest, Double lat, Double lon, int resolution, String place, String countryCode,
                         Set<String> actorWords, Set<String> actorCodes) {

    /** A record's date is its own; else the article's publication day and the days just before it. */
    static final int UNDATED_LOOKBACK_DAYS = 3;

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "in", "on", "at",
            "to", "for", "his", "her", "their", "its", "some", "several", "unknown", "unidentified", "two", "three");

    public Occurrence {
        modes = Set.copyOf(modes);
        actorWords = Set.copyOf(actorWords);
        actorCodes = Set.copyOf(actorCodes);
    }

    /** The comparable facts of one report. */
    public static Occurrence of(Report report) {
        EventRecord r = report.record();
        LocalDate earliest = null;
        LocalDate latest = null;
        if (r.dateInfo() != null) {
            earliest = day(r.dateInfo().earliest());
            latest = day(r.dateInfo().latest());
        }
        if (earliest == null) {
            earliest = day(r.date());
        }
        if (latest == null) {
            latest = day(r.enddate() != null ? r.enddate() : r.date());
        }
        if (earliest == null && latest != null) {
            earliest = latest;
        }
        if (latest == null && earliest != null) {
            latest = earliest;
        }
        if (earliest == null && report.published() != null) {
            earliest = report.published().minusDays(UNDATED_LOOKBACK_DAYS);
            latest = report.published();
        }
        EventRecord.Location loc = r.eventLoc();
        Set<String> words = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        addActors(r.actor(), words, codes);
        addActors(r.recipient(), words, codes);
        return new Occurrence(r.articleId(), category(r), Set.copyOf(r.mode()), earliest, latest,
                loc == null ? null : loc.lat(), loc == null ? null : loc.lon(),
                loc == null || loc.resolution() == null ? 0 : loc.resolution(),
                loc == null ? null : placeName(loc), loc == null ? null : loc.countryCode(), words, codes);
    }

    /** The record's first PLOVER category: the one it was coded for. */
    public static String category(EventRecord record) {
        return record.event().isEmpty() ? "UNKNOWN" : record.event().get(0);
    }

    boolean hasPoint() {
        return lat != null && lon != null;
    }

    boolean dated() {
        return earliest != null && latest != null;
    }

    private static String placeName(EventRecord.Location loc) {
        String name = loc.resolvedPlace() != null ? loc.resolvedPlace() : loc.extractedPlace();
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    private static void addActors(List<EventRecord.Entity> entities, Set<String> words, Set<String> codes) {
        for (EventRecord.Entity e : entities) {
            if (e.code() != null && !e.code().isBlank()) {
                codes.add(e.code().toUpperCase(Locale.ROOT));
            }
            String text = e.identifierText() != null ? e.identifierText() : e.entityText();
            if (text == null) {
                continue;
            }
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() > 2 && !FUNCTION_WORDS.contains(word)) {
                    words.add(stem(word));
                }
            }
        }
    }

    /** "gunmen" and "gunman", "protesters" and "protester" are the same actor word. */
    private static String stem(String word) {
        if (word.endsWith("men")) {
            return word.substring(0, word.length() - 3) + "man";
        }
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static LocalDate day(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
