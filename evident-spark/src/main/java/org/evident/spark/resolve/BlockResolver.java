package org.evident.spark.resolve;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evident.model.EventRecord;

/**
 * Resolves the records of one block: sorted by date, each record is compared with the later ones at most
 * {@code windowDays} away, and every pair the rule accepts joins one event (union-find, so merging is
 * transitive). Events come out in date order, members in date order.
 */
final class BlockResolver implements Serializable {

    private final MergeRule rule;
    private final int windowDays;

    BlockResolver(MergeRule rule, int windowDays) {
        if (windowDays < 0) {
            throw new IllegalArgumentException("window must not be negative, was " + windowDays);
        }
        this.rule = rule;
        this.windowDays = windowDays;
    }

    List<List<EventRecord>> resolve(List<EventRecord> block) {
        List<EventRecord> records = new ArrayList<>(block);
        records.sort(Comparator.comparing((EventRecord r) -> day(r)).thenComparing(EventRecord::id));
        int[] parent = new int[records.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size() && day(records.get(j)) - day(records.get(i)) <= windowDays; j++) {
                if (find(parent, i) != find(parent, j) && rule.sameEvent(records.get(i), records.get(j))) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<EventRecord>> events = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            events.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(records.get(i));
        }
        return List.copyOf(events.values());
    }

    private static long day(EventRecord record) {
        Long day = Block.epochDay(record);
        return day == null ? Long.MIN_VALUE / 2 : day;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
