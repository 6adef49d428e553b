package org.evident.extract;

import static org.evident.extract.Codebook.TimeRole.FUTURE_AUX;
import static org.evident.extract.Codebook.TimeRole.NOT_A_DATE;
import static org.evident.extract.Codebook.TimeRole.PLACING_VERB;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.format.TextStyle;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Dependency;
import org.evident.nlp.EntityMention;
import org.evident.nlp.Sentence;

/**
 * Attaches to a trigger the time expression its phrase gives ("on Thursday", "Sunday's attacks", "the Christmas
 * Eve bombing"), using SUTime's value resolved against the publication date, and drops SUTime's known false
 * positives: a modal "may", the noun "fall", and a bare "the year".
 */
final class TimeFinder {

    /** The words of times.tsv: placing verbs, future auxiliaries, and the tagger's dates that are nouns. */
    private final WordRoles<Codebook.TimeRole> words;

    TimeFinder(Codebook codebook) {
        this.words = codebook.timeWords();
    }

    private static final Set<String> TIME_PATH = Set.of("obl", "nmod", "compound", "nmod:poss", "obl:tmod",
            "nmod:tmod", "advmod", "amod", "appos", "obl:npmod");

    /** The time a trigger's own phrase gives, or empty. */
    Optional<Reading.Time> attach(AnnotatedArticle article, Sentence s, int trigger, IntPredicate otherTrigger) {
        Optional<Reading.Time> relative = spanFromNow(article, s, trigger);
        if (relative.isPresent()) {
            return relative;
        }
        for (int token : Reach.down(s, trigger, TIME_PATH, otherTrigger, 3)) {
            Optional<EntityMention> entity = s.entityAt(token);
            if (entity.isPresent() && isDate(entity.get())) {
                Optional<Reading.Time> time = time(article, s, entity.get());
                if (time.isPresent()) {
                    return time;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The verb whose time a verb conjoined to it without a subject of its own shares: "a gunman opens fire … on June
     * 12 and kills 49 people". A conjunct with its own subject ("police arrived on Monday and the gunman fled")
     * may tell another time, and participles ("…, killing 13") are left to the parse that links them; -1 when
     * there is no such verb.
     */
    static int host(Sentence s, int verb) {
        int current = verb;
        for (int step = 0; step < 3 && sharesSubject(s, current); step++) {
            current = Syntax.governor(s, current);
        }
        return current == verb ? -1 : current;
    }

    /** A verb conjoined to a verb, without a subject of its own. */
    private static boolean sharesSubject(Sentence s, int verb) {
        int governor = Syntax.governor(s, verb);
        return governor >= 0 && Syntax.relation(s, verb).startsWith("conj") && s.token(verb).isVerb()
                && s.token(governor).isVerb() && s.children(verb, "nsubj").isEmpty()
                && s.children(verb, "nsubj:pass").isEmpty();
    }

    /**
     * "It comes a week after 44 people were killed": the clause's event lies that span before the time of the
     * telling (the publication day); "two days before" puts it after. Weeks and days give a day, months and years
     * their month.
     */
    private Optional<Reading.Time> spanFromNow(AnnotatedArticle article, Sentence s, int trigger) {
        LocalDate published = article.article().published();
        Optional<Offset> offset = offset(s, trigger);
        if (published == null || offset.isEmpty() || offset.get().duration().normalized() == null) {
            return Optional.empty();
        }
        EntityMention duration = offset.get().duration();
        Period period;
        try {
            period = Period.parse(duration.normalized());
        } catch (DateTimeParseException e) {
            return Optional.empty(); // hours, "several weeks" (PXW) and other spans with no fixed length
        }
        LocalDate day = offset.get().after() ? published.minus(period) : published.plus(period);
        DateRange range = period.getMonths() == 0 && period.getYears() == 0 ? new DateRange(day, day, "day")
                : new DateRange(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), "month");
        return Optional.of(new Reading.Time(range, Span.of(article, s, duration.first(), duration.last())));
    }

    /**
     * A span of time between the sentence's event and the trigger's.
     *
     * @param after    true for "a week after X" (X came first), false for "a day before X" (X comes later)
     * @param duration the span ("a week")
     */
    record Offset(boolean after, EntityMention duration) {}

    /**
     * "It comes a week after 44 people were killed" (the clause marked, the span its dependent) or "a day before a
     * meeting" (the noun marked, hung on the span).
     */
    Optional<Offset> offset(Sentence s, int trigger) {
        String marker = null;
        for (Dependency d : s.childrenOf(trigger)) {
            String lemma = s.token(d.dependent()).lemma();
            if ((d.baseRelation().equals("mark") || d.baseRelation().equals("case"))
                    && (lemma.equals("after") || lemma.equals("before"))) {
                marker = lemma;
            }
        }
        if (marker == null) {
            return Optional.empty();
        }
        List<Integer> candidates = new ArrayList<>();
        s.childrenOf(trigger).forEach(d -> candidates.add(d.dependent()));
        candidates.add(Syntax.governor(s, trigger));
        for (int token : candidates) {
            Optional<EntityMention> entity = token < 0 ? Optional.empty() : s.entityAt(token);
            if (entity.isPresent() && entity.get().type().equals("DURATION")) {
                int telling = token == Syntax.governor(s, trigger) ? Syntax.governor(s, token) : Syntax.governor(s, trigger);
                // "it comes a week after X": X is dated from the telling; "police arrested five men two days after
                // the attack" dates the arrest from the attack, and the attack is the article's own event
                return telling >= 0 && words.has(PLACING_VERB, s.token(telling).lemma())
                        ? Optional.of(new Offset(marker.equals("after"), entity.get())) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isDate(EntityMention e) {
        return e.type().equals("DATE") || e.type().equals("TIME");
    }

    /** The time an entity denotes, unless it is one of SUTime's false positives. */
    Optional<Reading.Time> time(AnnotatedArticle article, Sentence s, EntityMention e) {
        if (isFalsePositive(s, e)) {
            return Optional.empty();
        }
        Span span = Span.of(article, s, e.first(), e.last());
        Optional<DateRange> weekday = weekday(e.text(), article.article().published(), isFuture(s, e.first()));
        if (weekday.isPresent()) {
            return Optional.of(new Reading.Time(weekday.get(), span));
        }
        boolean future = isFuture(s, e.first());
        return DateRange.parse(e.normalized()).map(range -> new Reading.Time(pastYear(range, e.text(),
                article.article().published(), future), span));
    }

    /**
     * "Brunson was detained in October", told in May: a month or day named without its year, which SUTime puts
     * in the year of publication, lies in the year before when it would come after the telling of a past event.
     */
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(" + Arrays.stream(Month.values())
            .map(month -> month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).substring(0, 3).toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("|")) + ")[a-z]*\\b\\.?");

    static DateRange pastYear(DateRange range, String text, LocalDate published, boolean future) {
        if (future || published == null || !range.earliest().isAfter(published) || text.matches(".*\\d{4}.*")
                || !MONTH_NAME.matcher(text).find() || range.earliest().isAfter(published.plusYears(1))) {
            return range;
        }
        DateRange shifted = new DateRange(range.earliest().minusYears(1), range.latest().minusYears(1),
                range.precision());
        return shifted.latest().isAfter(published) ? range : shifted;
    }

    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.m\\.?|p\\.m\\.?|am|pm)"
            + "(?![a-z])");

    /** The weekdays' names in lower case, Monday first (java.time's own English names). */
    private static final List<String> WEEKDAYS = Arrays.stream(DayOfWeek.values())
            .map(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT)).toList();

    /**
     * A bare weekday ("on Sunday", "last Friday night", "Tuesday morning") resolved against the publication date:
     * the latest such day on or before it, or for future events the next one after it. SUTime resolves these
     * forward after a conditional or future sentence, and carries that over to the documents it reads next.
     */
    static Optional<DateRange> weekday(String text, java.time.LocalDate published, boolean future) {
        if (published == null) {
            return Optional.empty();
        }
        // a clock time does not date the day ("10 p.m. Sunday"); a day of the month does ("Sunday, Oct. 1")
        String lower = CLOCK_TIME.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (lower.matches(".*\\d.*") || lower.contains("next week") || lower.contains("last week")) {
            return Optional.empty();
        }
        for (int i = 0; i < WEEKDAYS.size(); i++) {
            if (lower.matches(".*\\b" + WEEKDAYS.get(i) + "\\b.*")) {
                java.time.DayOfWeek day = java.time.DayOfWeek.of(i + 1);
                boolean next = future || lower.contains("next ");
                java.time.LocalDate date = next
                        ? published.with(java.time.temporal.TemporalAdjusters.nextOrSame(day))
                        : published.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
                if (lower.contains("last ") && date.equals(published)) {
                    date = date.minusWeeks(1);
                }
                return Optional.of(new DateRange(date, date, "day"));
            }
        }
        return Optional.empty();
    }

    /** A future verb governs the token: "will rally on Saturday", "is to meet on Monday". */
    private boolean isFuture(Sentence s, int token) {
        int clause = Syntax.clauseHead(s, token);
        for (int current = clause; current >= 0; current = Syntax.governor(s, current)) {
            for (int aux : s.children(current, "aux")) {
                String lower = s.token(aux).text().toLowerCase(Locale.ROOT);
                if (words.has(FUTURE_AUX, lower)) {
                    return true;
                }
            }
            if (s.token(current).isVerb() && !Syntax.relation(s, current).equals("xcomp")
                    && !Syntax.relation(s, current).equals("conj")) {
                break;
            }
        }
        return false;
    }

    boolean isFalsePositive(Sentence s, EntityMention e) {
        String text = e.text().toLowerCase(Locale.ROOT);
        if (text.endsWith(" may") || text.equals("may")) {
            return !e.text().contains("May");
        }
        // a season or "the year" with no word anchoring it is a noun ("the fall of its strongholds")
        return words.has(NOT_A_DATE, text);
    }
}
