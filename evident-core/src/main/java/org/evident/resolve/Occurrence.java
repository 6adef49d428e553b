package org.evident.resolve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evident.io.WordList;
import org.evident.model.EventRecord;

/**
 * What resolution compares of a report: category, modes, a day range, a place and the actors, normalised once.
 *
 * @param earliest   first day the event may have happened on, or null when the text and the article give none
 * @param latest     last such day, or null
 * @param resolution gazetteer resolution of the point (5 sub-city … 1 country), 0 when unknown
 * @param place      normalised place name, or null
 * @param actorWords content words of every actor and recipient, stemmed: lower case, except the words of a
 *                   name (capitalised inside an actor's words of two or more, and not a generic name word such as
 *                   "County" or "Police"), which keep a capital first letter; and the name words of the
 *                   record's sentences (runs of two or more capitalised words outside headlines)
 * @param actorCodes coded actors and recipients (country or group codes)
 * @param dead       the report's death toll, or null
 * @param injured    the report's count of injured, or null
 * @param undated    the text gives no date: the day range is only the publication day and the days before it
 */
public record Occurrence(String articleId, String category, Set<String> modes, LocalDate earliest,
                         LocalDate latest, Double lat, Double lon, int resolution, String place, String countryCode,
                         Set<String> actorWords, Set<String> actorCodes, Integer dead, Integer injured,
                         boolean undated) {

    /**
     * A record's date is its own; else the article's publication day and the days just before it. A date the
     * extractor took from the publication day (basis "publication": the text gives none) is only the latest
     * possible day too: the next day's or the third day's report of a shooting says "police said", not when.
     */
    static final int UNDATED_LOOKBACK_DAYS = 3;

    private static final String PUBLICATION_BASIS = "publication";

    /** Words of an actor's phrase that are no part of who the actor is (filler-words.txt). */
    private static final Set<String> FILLER_WORDS = WordList.read("/org/evident/resolve/filler-words.txt");

    /** Capitalised words that do not tell one party or place from another (generic-name-words.txt). */
    private static final Set<String> GENERIC_NAME_WORDS = WordList.read("/org/evident/resolve/generic-name-words.txt");

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
        boolean undated = fromPublication(r);
        if (undated) {
            latest = day(r.dateInfo().latest());
            earliest = latest == null ? null : latest.minusDays(UNDATED_LOOKBACK_DAYS);
        } else {
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
        }
        if (earliest == null && report.published() != null) {
            earliest = report.published().minusDays(UNDATED_LOOKBACK_DAYS);
            latest = report.published();
            undated = true;
        }
        EventRecord.Location loc = r.eventLoc();
        Set<String> words = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        addActors(r.actor(), words, codes);
        addActors(r.recipient(), words, codes);
        addSentenceNames(r, words);
        return new Occurrence(r.articleId(), category(r), Set.copyOf(r.mode()), earliest, latest,
                loc == null ? null : loc.lat(), loc == null ? null : loc.lon(),
                loc == null || loc.resolution() == null ? 0 : loc.resolution(),
                loc == null ? null : placeName(loc), loc == null ? null : loc.countryCode(), words, codes,
                r.size() == null ? null : r.size().dead(), r.size() == null ? null : r.size().injured(), undated);
    }

    private static boolean fromPublication(EventRecord r) {
        return r.dateInfo() != null && PUBLICATION_BASIS.equals(r.dateInfo().basis()) && r.dateInfo().earliest() == null;
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
            List<String> tokens = java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                    .filter(t -> !t.isEmpty()).toList();
            for (String token : tokens) {
                String word = token.toLowerCase(Locale.ROOT);
                if (word.length() <= 2 || FILLER_WORDS.contains(word)) {
                    continue;
                }
                // a lone capitalised word is a headline's "Man" or "Teen" as often as a name
                boolean name = tokens.size() > 1 && Character.isUpperCase(token.charAt(0))
                        && !GENERIC_NAME_WORDS.contains(word);
                words.add(name ? capitalised(stem(word)) : stem(word));
            }
        }
    }

    /**
     * Adds the words of the names the record's sentences give ("Briar Newsome", "the Broad River bridge"): the
     * people and places a report names beside its event are its participants too, and the wire story that leaves
     * them out of its actors still names them. A name is a run of two or more capitalised words; a headline, whose
     * every word is capitalised, names nothing by capitals.
     */
    private static void addSentenceNames(EventRecord r, Set<String> words) {
        String title = r.citeInfo() == null ? null : r.citeInfo().title();
        for (String sentence : r.eventText()) {
            if (sentence == null || sentence.equals(title) || headlineCase(sentence)) {
                continue;
            }
            Matcher run = CAPITALISED_RUN.matcher(sentence);
            while (run.find()) {
                for (String token : run.group().split("[^\\p{L}\\p{N}]+")) {
                    String word = token.toLowerCase(Locale.ROOT);
                    if (word.length() > 2 && !FILLER_WORDS.contains(word) && !GENERIC_NAME_WORDS.contains(word)) {
                        words.add(capitalised(stem(word)));
                    }
                }
            }
        }
    }

    /** Two or more capitalised words in a row, apart only by spaces. */
    private static final Pattern CAPITALISED_RUN =
            Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{N}'’.-]*)+");

    /** A headline's words are capitalised: at most a quarter of its words of four letters or more are not. */
    private static boolean headlineCase(String sentence) {
        int longWords = 0;
        int lowerCase = 0;
        for (String token : sentence.split("[^\\p{L}]+")) {
            if (token.length() >= 4) {
                longWords++;
                lowerCase += Character.isLowerCase(token.charAt(0)) ? 1 : 0;
            }
        }
        return longWords > 0 && lowerCase * 4 <= longWords;
    }

    /** Whether a word of a place's name (lower case) can tell it from others: not "county", "city" or "new". */
    static boolean placeNameWord(String word) {
        return word.length() > 2 && !GENERIC_NAME_WORDS.contains(word) && !FILLER_WORDS.contains(word);
    }

    /** Whether an actor word is part of a name (see {@link Occurrence}). */
    static boolean nameWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** "gunmen" and "gunman", "protesters" and "protester" are the same actor word. */
    static String stem(String word) {
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
