package org.evident.spark.resolve;

import java.time.LocalDate;
import org.evident.model.EventRecord;
import org.evident.resolve.Occurrence;
import org.evident.resolve.Report;

/**
 * The store's merge rule ({@code org.evident.resolve.MergeRule.standard()} in evident-core), so that a cluster
 * run groups records into events as {@code evident ingest} does on one machine. A record without a date of its
 * own is dated by the day the extract job filed it under, its article's publication day, as the store dates it by
 * the article. Records of one article never merge: the extractor already merged each event's mentions.
 */
public final class StoreRule implements MergeRule {

    private static final long serialVersionUID = 1L;

    @Override
    public boolean sameEvent(EventRecord a, EventRecord b) {
        return same(a, null, b, null);
    }

    @Override
    public boolean sameEvent(Block.Dated a, Block.Dated b) {
        return same(a.record(), LocalDate.ofEpochDay(a.day()), b.record(), LocalDate.ofEpochDay(b.day()));
    }

    private static boolean same(EventRecord a, LocalDate filedA, EventRecord b, LocalDate filedB) {
        if (a.articleId().equals(b.articleId())) {
            return false;
        }
        return org.evident.resolve.MergeRule.standard()
                .compare(Occurrence.of(new Report(a, null, filedA)), Occurrence.of(new Report(b, null, filedB)))
                .same();
    }
}
