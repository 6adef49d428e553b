package org.evident.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.evident.model.Article;
import org.evident.model.EventRecord;

/**
 * Applies the {@link MergeRule} to events rather than single records: a report joins the event whose closest
 * member it matches best, provided it contradicts none of the event's members (so events do not grow by chains
 * of near neighbours: Monday's report, then Tuesday's, then Wednesday's). A record of an article may join an event
 * that already holds another record of it when the rule finds the two the same (see {@link MergeRule}).
 *
 * <p>{@link #resolve} is the pipeline's last stage: an article's records, and the events earlier articles made that
 * each might join, in; which event each record joins out. The store reads those events and writes the decisions in
 * one transaction, so that each article is resolved against every article stored before it. {@link #cluster}
 * resolves a whole list in memory (tests, measurement, the Spark job).
 */
public final class Resolver {

    private final MergeRule rule;

    public Resolver(MergeRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public MergeRule rule() {
        return rule;
    }

    /** An existing event as resolution sees it: a key (e.g. a database id) and its members. */
    public record Candidate<K>(K key, List<Occurrence> members) {
        public Candidate {
            members = List.copyOf(members);
        }
    }

    /**
     * The events earlier articles made that a report might join, e.g. the store's events of its category and days.
     *
     * @param <K> the key of an event (a database id)
     * @param <X> what looking them up may throw (an SQL error)
     */
    @FunctionalInterface
    public interface Events<K, X extends Exception> {
        List<Candidate<K>> near(Occurrence occurrence) throws X;
    }

    /**
     * What resolution decided for one record of an article.
     *
     * @param occurrence  the record as resolution compares it
     * @param joins       the key of the stored event it joins
     * @param joinsRecord else the index (in the article's records) of an earlier record of the article whose new
     *                    event it joins; with both empty it starts a new event
     */
    public record Placement<K>(EventRecord record, Occurrence occurrence, Optional<K> joins, OptionalInt joinsRecord) {}

    /** An event a record may join: one an earlier article made, or one an earlier record of this article started. */
    private sealed interface Target<K> {}

    private record Stored<K>(K key) implements Target<K> {}

    private record StartedBy<K>(int record) implements Target<K> {}

    /**
     * Resolves one article's records, in order, against the events earlier articles made ({@code earlier}) and
     * those its own earlier records started: each record joins the event it fits best or starts a new one. An
     * event counts the records of this article that joined it among its members, so that a later record joins
     * it only if it agrees with those too.
     */
    public <K, X extends Exception> List<Placement<K>> resolve(Article article, List<EventRecord> records,
                                                               Events<K, X> earlier) throws X {
        List<Placement<K>> placements = new ArrayList<>();
        Map<K, List<Occurrence>> joinedHere = new HashMap<>();
        Map<Integer, List<Occurrence>> startedHere = new LinkedHashMap<>();
        for (EventRecord record : records) {
            Occurrence occurrence = Occurrence.of(new Report(record, article.source(), article.published()));
            List<Candidate<Target<K>>> candidates = new ArrayList<>();
            for (Candidate<K> candidate : earlier.near(occurrence)) {
                List<Occurrence> members = new ArrayList<>(candidate.members());
                members.addAll(joinedHere.getOrDefault(candidate.key(), List.of()));
                candidates.add(new Candidate<>(new Stored<>(candidate.key()), members));
            }
            startedHere.forEach((index, members) -> candidates.add(new Candidate<>(new StartedBy<>(index), members)));
            Target<K> choice = choose(occurrence, candidates).orElse(null);
            Optional<K> joins = Optional.empty();
            OptionalInt joinsRecord = OptionalInt.empty();
            if (choice instanceof Stored<K> stored) {
                joins = Optional.of(stored.key());
                joinedHere.computeIfAbsent(stored.key(), k -> new ArrayList<>()).add(occurrence);
            } else if (choice instanceof StartedBy<K> startedBy) {
                joinsRecord = OptionalInt.of(startedBy.record());
                startedHere.get(startedBy.record()).add(occurrence);
            } else {
                startedHere.put(placements.size(), new ArrayList<>(List.of(occurrence)));
            }
            placements.add(new Placement<>(record, occurrence, joins, joinsRecord));
        }
        return placements;
    }

    /** The key of the candidate the occurrence belongs to, or empty when it starts a new event. */
    public <K> Optional<K> choose(Occurrence occurrence, List<Candidate<K>> candidates) {
        K best = null;
        double bestScore = 0;
        for (Candidate<K> candidate : candidates) {
            double score = score(occurrence, candidate.members());
            if (score > bestScore) {
                bestScore = score;
                best = candidate.key();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The best verdict score against the members, or 0 when the event must not take the occurrence. */
    private double score(Occurrence occurrence, List<Occurrence> members) {
        double best = 0;
        for (Occurrence member : members) {
            MergeRule.Verdict verdict = rule.compare(occurrence, member);
            if (verdict.conflict()) {
                return 0;
            }
            if (verdict.same()) {
                best = Math.max(best, verdict.score());
            }
        }
        return best;
    }

    /**
     * Why each report of one event is in it, as the rule judges now: the first report started the event; each
     * later one is compared with every report stored before it, and the closest (highest score) is named with the
     * rule's verdict, which says which fields agreed. A report the rule would not join any earlier one to (the
     * event was stored by an older rule, or joined through a member that has since changed) is shown with its
     * verdict against the first report.
     *
     * @param reports the event's reports in the order they were stored
     */
    public List<Joined> explain(List<Report> reports) {
        List<Joined> joined = new ArrayList<>();
        List<Occurrence> earlier = new ArrayList<>();
        for (Report report : reports) {
            Occurrence occurrence = Occurrence.of(report);
            int closest = -1;
            MergeRule.Verdict best = null;
            for (int i = 0; i < earlier.size(); i++) {
                MergeRule.Verdict verdict = rule.compare(occurrence, earlier.get(i));
                if (best == null || (verdict.same() && (!best.same() || verdict.score() > best.score()))) {
                    best = verdict;
                    closest = i;
                }
            }
            joined.add(new Joined(report, closest, best));
            earlier.add(occurrence);
        }
        return joined;
    }

    /**
     * One report of an event and why it joined.
     *
     * @param closest the index of the earlier report it matched best, or -1 for the report that started the event
     * @param verdict the rule's verdict against that report, or null for the first
     */
    public record Joined(Report report, int closest, MergeRule.Verdict verdict) {}

    /**
     * Resolves reports into events, taking them in publication order as an ingest would. Returns the events, each
     * as the list of its reports.
     */
    public List<List<Report>> cluster(List<Report> reports) {
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, List<Integer>> byCategory = new HashMap<>();
        List<List<Report>> events = new ArrayList<>();
        List<List<Occurrence>> members = new ArrayList<>();
        for (Report report : ordered) {
            Occurrence occurrence = Occurrence.of(report);
            List<Integer> sameCategory = byCategory.computeIfAbsent(occurrence.category(), c -> new ArrayList<>());
            List<Candidate<Integer>> candidates = new ArrayList<>();
            for (int index : sameCategory) {
                candidates.add(new Candidate<>(index, members.get(index)));
            }
            Optional<Integer> chosen = choose(occurrence, candidates);
            if (chosen.isPresent()) {
                events.get(chosen.get()).add(report);
                members.get(chosen.get()).add(occurrence);
            } else {
                sameCategory.add(events.size());
                events.add(new ArrayList<>(List.of(report)));
                members.add(new ArrayList<>(List.of(occurrence)));
            }
        }
        return events;
    }
}
