package org.evident.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evident.geo.GeoMath;
import org.evident.geo.Toponym;
import org.evident.model.EventRecord.Location;
import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;

/**
 * A news story's headline names the event its lede then tells ("Woman shot, killed in West Philadelphia" / "Police
 * said a 37-year-old woman was shot twice in the head …"): an event told only in the headline is the same event as
 * the first one of its category that the lede tells, unless the two cannot be one (another place, a different
 * weapon, one of them denied or foretold). The lede's words join the headline's event, so that its counts, place and
 * date are read from both.
 */
final class HeadlineJoin {

    /** How many sentences of the body make the lede. */
    static final int LEDE_SENTENCES = 3;

    private static final double SAME_PLACE_KM = 50;

    private final Map<Toponym, Location> resolved;

    HeadlineJoin(Map<Toponym, Location> resolved) {
        this.resolved = resolved;
    }

    /** The groups with each headline-only event joined by its lede event (none when the text opens with no headline). */
    List<Merger.Group> join(List<Merger.Group> groups, AnnotatedArticle annotated) {
        int headlineSentences = headlineSentences(annotated);
        if (headlineSentences == 0) {
            return groups;
        }
        int ledeEnd = ledeEnd(annotated, headlineSentences);
        List<Merger.Group> result = new ArrayList<>(groups);
        for (Merger.Group headline : groups) {
            if (!result.contains(headline) || !onlyIn(headline, 0, headlineSentences)) {
                continue;
            }
            for (Merger.Group lede : result) {
                if (lede == headline || !lede.category().equals(headline.category())) {
                    continue;
                }
                int first = lede.first().sentence();
                if (first < headlineSentences) {
                    continue;
                }
                if (first >= ledeEnd) {
                    break;
                }
                if (compatible(headline, lede)) {
                    headline.readings.addAll(lede.readings);
                    headline.extraMentions.addAll(lede.extraMentions);
                    result.remove(lede);
                }
                break; // only the lede's first event of the category is the headline's
            }
        }
        return result;
    }

    /** The sentence after the headline (if the text opens with one) and the lede. */
    static int ledeEnd(AnnotatedArticle annotated) {
        return ledeEnd(annotated, headlineSentences(annotated));
    }

    /** The sentence after the lede: its first sentences with a verb, with the captions and bylines among them. */
    private static int ledeEnd(AnnotatedArticle annotated, int headlineSentences) {
        int end = headlineSentences;
        for (int clauses = 0; end < annotated.sentences().size() && clauses < LEDE_SENTENCES; end++) {
            if (annotated.sentences().get(end).hasVerb()) {
                clauses++;
            }
        }
        return end;
    }

    /** How many sentences the headline takes, when the text opens with the article's title (else 0). */
    static int headlineSentences(AnnotatedArticle annotated) {
        String title = annotated.article().title();
        String body = annotated.article().body();
        if (title == null || title.isBlank() || !body.startsWith(title.strip())) {
            return 0;
        }
        int end = title.strip().length();
        int count = 0;
        for (Sentence s : annotated.sentences()) {
            if (s.end() > end) {
                break;
            }
            count++;
        }
        return count;
    }

    private static boolean onlyIn(Merger.Group group, int from, int to) {
        return group.readings.stream().allMatch(r -> r.sentence() >= from && r.sentence() < to);
    }

    private boolean compatible(Merger.Group headline, Merger.Group lede) {
        for (Reading a : headline.readings) {
            for (Reading b : lede.readings) {
                if (isDeniedOrForetold(a) != isDeniedOrForetold(b)) {
                    return false;
                }
                if (!a.modes().isEmpty() && !b.modes().isEmpty() && a.modes().stream().noneMatch(b.modes()::contains)) {
                    return false;
                }
                if (a.place() != null && b.place() != null && farApart(a.place(), b.place())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isDeniedOrForetold(Reading r) {
        return r.status() == Status.NEGATED || r.status() == Status.PREDICTED || r.status() == Status.HYPOTHETICAL;
    }

    /** Two resolved places more than 50 km apart, neither holding the other (a country or province holds its towns). */
    private boolean farApart(Reading.Place a, Reading.Place b) {
        Location x = resolved.get(a.toponym());
        Location y = resolved.get(b.toponym());
        if (x == null || y == null || x.lat() == null || y.lat() == null) {
            return false;
        }
        if (GeoMath.distanceKm(x.lat(), x.lon(), y.lat(), y.lon()) <= SAME_PLACE_KM) {
            return false;
        }
        boolean coarse = level(x) <= 2 || level(y) <= 2;
        return !(coarse && x.countryCode() != null && x.countryCode().equals(y.countryCode()));
    }

    private static int level(Location location) {
        return location.resolution() == null ? 4 : location.resolution();
    }
}
