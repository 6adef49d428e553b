package org.evident.eval;

import java.util.ArrayList;
import java.util.List;
import org.evident.model.EventRecord;

/**
 * Merging measured on its own, over pairs of mentions. Each gold event's anchor and aliases are one coreference
 * chain. Each mention of a record that overlaps a gold mention is aligned to that gold event (to the shortest
 * gold mention it overlaps, when gold mentions nest: "said the attack killed five" holds the attack). A pair of
 * aligned mentions is linked when one record holds both, and chained when both align to one gold event.
 * Mentions that align to nothing are left out: they are false positives, not merging errors.
 *
 * @param linked  pairs of aligned mentions one record holds
 * @param chained pairs of aligned mentions of one gold event
 * @param both    pairs of one gold event that one record holds
 */
public record MentionPairs(int linked, int chained, int both) {

    public static final MentionPairs NONE = new MentionPairs(0, 0, 0);

    /** Of the pairs merged into one record, the share that is one gold event. */
    public double precision() {
        return linked == 0 ? 1.0 : (double) both / linked;
    }

    /** Of the pairs that are one gold event, the share merged into one record. */
    public double recall() {
        return chained == 0 ? 1.0 : (double) both / chained;
    }

    public MentionPairs plus(MentionPairs other) {
        return new MentionPairs(linked + other.linked, chained + other.chained, both + other.both);
    }

    /**
     * Counts the pairs of one article.
     *
     * @param chains per gold event, the character spans of its mentions ({start, end})
     */
    static MentionPairs count(List<List<int[]>> chains, List<EventRecord> records) {
        List<int[]> aligned = new ArrayList<>(); // {record, gold event}
        for (int r = 0; r < records.size(); r++) {
            for (EventRecord.Mention mention : records.get(r).mentions()) {
                int event = alignedEvent(chains, mention);
                if (event >= 0) {
                    aligned.add(new int[] {r, event});
                }
            }
        }
        int linked = 0;
        int chained = 0;
        int both = 0;
        for (int i = 0; i < aligned.size(); i++) {
            for (int j = i + 1; j < aligned.size(); j++) {
                boolean sameRecord = aligned.get(i)[0] == aligned.get(j)[0];
                boolean sameEvent = aligned.get(i)[1] == aligned.get(j)[1];
                linked += sameRecord ? 1 : 0;
                chained += sameEvent ? 1 : 0;
                both += sameRecord && sameEvent ? 1 : 0;
            }
        }
        return new MentionPairs(linked, chained, both);
    }

    /** The gold event of the shortest gold mention the record mention overlaps, or -1. */
    private static int alignedEvent(List<List<int[]>> chains, EventRecord.Mention mention) {
        int best = -1;
        int bestLength = Integer.MAX_VALUE;
        for (int event = 0; event < chains.size(); event++) {
            for (int[] span : chains.get(event)) {
                if (mention.start() < span[1] && span[0] < mention.end() && span[1] - span[0] < bestLength) {
                    best = event;
                    bestLength = span[1] - span[0];
                }
            }
        }
        return best;
    }
}
