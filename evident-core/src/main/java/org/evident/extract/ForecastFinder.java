package org.evident.extract;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.EntityMention;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * The horizon of a forecast, read from the words of its clause: "three more weeks", "another five years", "a
 * matter of days", "within days", "in three months", "2019 will be the year" (by the end of 2019). SUTime drops
 * the count in "three more weeks", so counts and units are read here.
 */
final class ForecastFinder {

    private static final Map<String, String> UNITS = Map.of("day", "D", "week", "W", "month", "M", "year", "Y");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("a", 1), Map.entry("an", 1), Map.entry("few", 3),
            Map.entry("couple", 2), Map.entry("several", 3));
    /** "a matter of days": a few of the unit. */
    private static final Set<String> VAGUE_HEADS = Set.of("matter", "couple", "few", "handful");

    /** The horizon found in tokens [first, last] of a sentence, from the publication date; empty if none. */
    Optional<Reading.Forecast> find(AnnotatedArticle article, Sentence s, List<Integer> scope, LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        for (int i : scope) {
            Token t = s.token(i);
            String unit = UNITS.get(t.lemma());
            if (unit != null) {
                Optional<Reading.Forecast> found = duration(article, s, i, unit, published);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (int i : scope) {
            Optional<EntityMention> entity = s.entityAt(i);
            if (entity.isPresent() && entity.get().type().equals("DATE") && !TimeFinder.isFalsePositive(s, entity.get())) {
                Optional<DateRange> range = DateRange.parse(entity.get().normalized());
                if (range.isPresent() && range.get().latest().isAfter(published)) {
                    LocalDate by = range.get().latest();
                    Span span = Span.of(article, s, entity.get().first(), entity.get().last());
                    return Optional.of(new Reading.Forecast(span.text(), Period.between(published, by).toString(), by, span));
                }
            }
        }
        return Optional.empty();
    }

    /** A count before a unit noun: "three more weeks", "another five years", "a matter of days", "days". */
    private Optional<Reading.Forecast> duration(AnnotatedArticle article, Sentence s, int unitToken, String unit,
                                                LocalDate published) {
        int count = -1;
        int start = unitToken;
        for (int k = unitToken - 1; k >= Math.max(0, unitToken - 4); k--) {
            Token t = s.token(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (lower.equals("more") || lower.equals("another") || lower.equals("additional")
                    || lower.equals("further") || lower.equals("next") || lower.equals("coming")) {
                start = k;
                continue;
            }
            Integer value = numberOf(t);
            if (value != null && count < 0) {
                count = value;
                start = k;
                continue;
            }
            if (lower.equals("of") && k > 0 && VAGUE_HEADS.contains(s.token(k - 1).lemma())) {
                count = 3; // "a matter of days": a few
                start = k - 1;
                if (k >= 2 && s.token(k - 2).lemma().equals("a")) {
                    start = k - 2;
                }
                break;
            }
            break;
        }
        boolean plural = s.token(unitToken).text().toLowerCase(Locale.ROOT).endsWith("s");
        if (count < 0) {
            if (!plural && start == unitToken) {
                return Optional.empty(); // a bare "year" or "month" is no horizon
            }
            count = plural ? 3 : 1; // "within days", "next month"
        }
        Period period = switch (unit) {
            case "D" -> Period.ofDays(count);
            case "W" -> Period.ofWeeks(count);
            case "M" -> Period.ofMonths(count);
            default -> Period.ofYears(count);
        };
        Span span = Span.of(article, s, start, unitToken);
        return Optional.of(new Reading.Forecast(span.text(), "P" + count + unit, published.plus(period), span));
    }

    private static Integer numberOf(Token t) {
        if (t.isNumber() && t.normalized() != null) {
            try {
                double value = Double.parseDouble(t.normalized());
                return value >= 1 && value < 1000 ? (int) value : null;
            } catch (NumberFormatException e) {
                // inside a duration SUTime normalizes the whole ("P2Y"): read the word itself
            }
        }
        if (t.isNumber() && t.text().matches("\\d{1,3}")) {
            return Integer.parseInt(t.text());
        }
        return WORDS.get(t.text().toLowerCase(Locale.ROOT));
    }
}
