package org.evident.extract;

import static org.evident.extract.Codebook.TimeRole.COUNT_WORD;
import static org.evident.extract.Codebook.TimeRole.HORIZON_EXTENDER;
import static org.evident.extract.Codebook.TimeRole.HORIZON_UNIT;
import static org.evident.extract.Codebook.TimeRole.VAGUE_HEAD;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /** The words of times.tsv: units, count words, words that extend a horizon, vague heads ("a matter of"). */
    private final WordRoles<Codebook.TimeRole> words;
    /** Tells the time tagger's dates that are nouns ("the fall of …"). */
    private final TimeFinder times;

    ForecastFinder(Codebook codebook, TimeFinder times) {
        this.words = codebook.timeWords();
        this.times = times;
    }

    /** The horizon found in tokens [first, last] of a sentence, from the publication date; empty if none. */
    Optional<Reading.Forecast> find(AnnotatedArticle article, Sentence s, List<Integer> scope, LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        for (int i : scope) {
            Token t = s.token(i);
            String unit = words.value(HORIZON_UNIT, t.lemma());
            if (unit != null) {
                Optional<Reading.Forecast> found = duration(article, s, i, unit, published);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (int i : scope) {
            Optional<EntityMention> entity = s.entityAt(i);
            if (entity.isPresent() && entity.get().type().equals("DATE") && !times.isFalsePositive(s, entity.get())) {
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
            if (words.has(HORIZON_EXTENDER, lower)) {
                start = k;
                continue;
            }
            Integer value = numberOf(t);
            if (value != null && count < 0) {
                count = value;
                start = k;
                continue;
            }
            if (lower.equals("of") && k > 0 && words.has(VAGUE_HEAD, s.token(k - 1).lemma())) {
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

    private Integer numberOf(Token t) {
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
        String count = words.value(COUNT_WORD, t.text().toLowerCase(Locale.ROOT));
        return count == null ? null : Integer.valueOf(count);
    }
}
