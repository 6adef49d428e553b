package org.evident.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a sentence-level test set: the share of texts whose records include the mapped category, the
 * share that also has the mapped mode, the share without any record, the mean number of distinct categories per
 * text, how many gold actors the records' parties have, and the same counts per label.
 *
 * @param name      the test set
 * @param results   one per scored text, in file order
 * @param unscored  texts whose label has no mapping, by label
 */
public record SentenceScore(String name, List<SentenceScorer.Result> results, Map<String, Integer> unscored) {

    public SentenceScore {
        results = List.copyOf(results);
        unscored = Map.copyOf(new TreeMap<>(unscored));
    }

    /** The counts of one label: texts, category found, category and mode found. */
    public record LabelTally(String label, Expectation expectation, int texts, int categoryMet, int modeMet) {}

    public int texts() {
        return results.size();
    }

    public int categoryMet() {
        return (int) results.stream().filter(SentenceScorer.Result::categoryMet).count();
    }

    public int modeMet() {
        return (int) results.stream().filter(SentenceScorer.Result::modeMet).count();
    }

    public int withoutRecord() {
        return (int) results.stream().filter(r -> r.records() == 0).count();
    }

    public double categoryShare() {
        return share(categoryMet());
    }

    public double modeShare() {
        return share(modeMet());
    }

    public double withoutRecordShare() {
        return share(withoutRecord());
    }

    /** Distinct categories per text, averaged over the scored texts; spraying categories raises it. */
    public double meanCategories() {
        return results.isEmpty() ? 0 : results.stream().mapToInt(r -> r.categories().size()).sum()
                / (double) results.size();
    }

    /** The gold actors of all texts against their records' parties (none for a set without gold actors). */
    public PartyTally parties() {
        return results.stream().map(SentenceScorer.Result::parties).reduce(PartyTally.NONE, PartyTally::plus);
    }

    public int unscoredTexts() {
        return unscored.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Per label, sorted by label. */
    public List<LabelTally> byLabel() {
        Map<String, List<SentenceScorer.Result>> grouped = new TreeMap<>();
        results.forEach(r -> grouped.computeIfAbsent(r.text().label(), l -> new ArrayList<>()).add(r));
        List<LabelTally> tallies = new ArrayList<>();
        grouped.forEach((label, group) -> tallies.add(new LabelTally(label, group.get(0).expectation(), group.size(),
                (int) group.stream().filter(SentenceScorer.Result::categoryMet).count(),
                (int) group.stream().filter(SentenceScorer.Result::modeMet).count())));
        return tallies;
    }

    /** The texts whose records lack the expected category or mode, in file order. */
    public List<SentenceScorer.Result> misses() {
        return results.stream().filter(r -> !r.modeMet()).toList();
    }

    private double share(int count) {
        return results.isEmpty() ? 0 : count / (double) results.size();
    }
}
