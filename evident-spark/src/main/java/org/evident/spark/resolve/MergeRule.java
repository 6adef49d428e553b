package org.evident.spark.resolve;

import java.io.Serializable;
import org.evident.model.EventRecord;

/**
 * Decides whether two records, from two articles, report the same real event. The resolve job calls it only on
 * pairs of one block (same country, same first category, dates at most the job's window apart), so a rule need
 * not check those again. Implementations are stateless and serializable: Spark ships them to every executor.
 */
@FunctionalInterface
public interface MergeRule extends Serializable {

    boolean sameEvent(EventRecord a, EventRecord b);

    /** The same question with the day each record is filed under; rules that read days override it. */
    default boolean sameEvent(Block.Dated a, Block.Dated b) {
        return sameEvent(a.record(), b.record());
    }
}
