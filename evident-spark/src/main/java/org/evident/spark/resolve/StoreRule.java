package org.evident.spark.resolve;

import java.time.LocalDate;
import java.util.Objects;
import org.evident.model.EventRecord;
import org.evident.resolve.Occurrence;
import org.evident.resolve.Report;

/**
 * The store's merge rule, the one the builder's resolution stage holds ({@code Pipelines.resolver().rule()} in
 * evident-core), so that a cluster run groups records into events as {@code evident ingest} does on one machine.
 * A record without a date of its own is dated by the day the extract job filed it under, its article's publication
 * day, as the store dates it by the article. Records of one article never merge: the extractor already merged each
 * event's mentions.
 */
public final class StoreRule implements MergeRule {

    private static final long serialVersionUID = 1L;

    private final org.evident.resolve.MergeRule rule;

    /** @param rule the rule of the builder's resolution stage, {@code Pipelines.resolver().rule()} */
    public StoreRule(org.evident.resolve.MergeRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    @Override
    public boolean sameEvent(EventRecord a, EventRecord b) {
        return same(a, null, b, null);
    }

    @Override
    public boolean sameEvent(Block.Dated a, Block.Dated b) {
        return same(a.record(), LocalDate.ofEpochDay(a.day()), b.record(), LocalDate.ofEpochDay(b.day()));
    }

    private boolean same(EventRecord a, LocalDate filedA, EventRecord b, LocalDate filedB) {
        if (a.articleId().equals(b.articleId())) {
            return false;
        }
        return rule.compare(Occurrence.of(new Report(a, null, filedA)), Occurrence.of(new Report(b, null, filedB)))
                .same();
    }
}
