package org.evident.spark.resolve;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evident.resolve.MergeRule;
import org.evident.resolve.Report;
import org.evident.resolve.Resolver;

/**
 * Resolves the records of one block as the store resolves an ingest ({@link Resolver#cluster}): in publication
 * order, each report joins the event whose closest member it matches best and none of whose members it
 * contradicts, so that a cluster run groups the records of a block exactly as {@code evident ingest} would. Ties
 * in publication day are taken by article and record id, so that a run does not depend on the order Spark
 * delivers a block in. Events do not grow by chains of near neighbours (Monday's report, then Tuesday's, then
 * Wednesday's), which a pairwise union would make.
 */
final class BlockResolver implements Serializable {

    private static final long serialVersionUID = 2L;

    private final MergeRule rule;

    /** @param rule the rule of the builder's resolution stage, {@code Pipelines.resolver().rule()} */
    BlockResolver(MergeRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The block's events, each as its members sorted by day. */
    List<List<Block.Dated>> resolve(List<Block.Dated> block) {
        List<Block.Dated> ordered = new ArrayList<>(block);
        ordered.sort(Comparator.comparing(Block.Dated::filedDay, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(d -> d.record().articleId()).thenComparing(d -> d.record().id()));
        Map<Report, Block.Dated> byReport = new IdentityHashMap<>();
        List<Report> reports = new ArrayList<>();
        for (Block.Dated dated : ordered) {
            // the store dates a record without a date of its own by its article, as the extract job filed it
            Report report = new Report(dated.record(), null,
                    dated.filedDay() == null ? null : LocalDate.ofEpochDay(dated.filedDay()));
            byReport.put(report, dated);
            reports.add(report);
        }
        List<List<Block.Dated>> events = new ArrayList<>();
        for (List<Report> event : new Resolver(rule).cluster(reports)) {
            List<Block.Dated> members = new ArrayList<>(event.stream().map(byReport::get).toList());
            members.sort(Comparator.comparing(Block.Dated::day, Comparator.nullsFirst(Comparator.naturalOrder())));
            events.add(List.copyOf(members));
        }
        return events;
    }
}
