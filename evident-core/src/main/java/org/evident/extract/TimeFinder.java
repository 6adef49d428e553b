package org.evident.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.EntityMention;
import org.evident.nlp.Sentence;

/**
 * Attaches to a trigger the time expression its phrase gives ("on Thursday", "Sunday's attacks", "the New Year's
 * Eve massacre"), using SUTime's value resolved against the publication date, and drops SUTime's known false
 * positives: a modal "may", the noun "fall", and a bare "the year".
 */
final class TimeFinder {

    private static final Set<String> TIME_PATH = Set.of("obl", "nmod", "compound", "nmod:poss", "obl:tmod",
            "nmod:tmod", "advmod", "amod", "appos", "obl:npmod");

    /** The time a trigger's own phrase gives, or empty. */
    Optional<Reading.Time> attach(AnnotatedArticle article, Sentence s, int trigger, IntPredicate otherTrigger) {
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

    private static boolean isDate(EntityMention e) {
        return e.type().equals("DATE") || e.type().equals("TIME");
    }

    /** The time an entity denotes, unless it is one of SUTime's false positives. */
    static Optional<Reading.Time> time(AnnotatedArticle article, Sentence s, EntityMention e) {
        if (isFalsePositive(s, e)) {
            return Optional.empty();
        }
        return DateRange.parse(e.normalized())
                .map(range -> new Reading.Time(range, Span.of(article, s, e.first(), e.last())));
    }

    static boolean isFalsePositive(Sentence s, EntityMention e) {
        String text = e.text().toLowerCase(Locale.ROOT);
        if (text.endsWith(" may") || text.equals("may")) {
            return !e.text().contains("May");
        }
        // a season or "the year" with no word anchoring it is a noun ("the fall of its strongholds")
        return text.equals("fall") || text.equals("the fall") || text.equals("spring") || text.equals("the spring")
                || text.equals("the year");
    }
}
