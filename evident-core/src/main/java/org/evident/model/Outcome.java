package org.evident.model;

import java.util.List;
import java.util.Objects;

/**
 * What processing one article gave: its records, or the reason it failed. A failed article never stops a batch.
 *
 * @param tokens number of tokens annotated, for throughput figures
 */
public record Outcome(Article article, Kind kind, List<EventRecord> records, String error, int tokens) {

    /**
     * EXTRACTED: records written (maybe none); FAILED: the article could not be processed; OVER_BUDGET: it took
     * longer than the time budget per article and was given up.
     */
    public enum Kind { EXTRACTED, FAILED, OVER_BUDGET }

    public Outcome {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(kind, "kind");
        records = List.copyOf(records);
    }

    public static Outcome extracted(Article article, List<EventRecord> records, int tokens) {
        return new Outcome(article, Kind.EXTRACTED, records, null, tokens);
    }

    public static Outcome failed(Article article, String error) {
        return new Outcome(article, Kind.FAILED, List.of(), error, 0);
    }

    /** An article given up at its time budget; {@code error} names the budget and how to raise it. */
    public static Outcome overBudget(Article article, String error) {
        return new Outcome(article, Kind.OVER_BUDGET, List.of(), error, 0);
    }

    /** Whether the article has no records because it could not be processed, over budget or otherwise. */
    public boolean failed() {
        return kind != Kind.EXTRACTED;
    }

    public boolean overBudget() {
        return kind == Kind.OVER_BUDGET;
    }
}
