package org.evident.spark.resolve;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    List<List<Block.Dated>> resolve(List<Block.Dated> block) {
        List<Block.Dated> records = new ArrayList<>(block);
        records.sort(Comparator.comparingLong(Block.Dated::day).thenComparing(d -> d.record().id()));
        int[] parent = new int[records.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size() && records.get(j).day() - records.get(i).day() <= windowDays; j++) {
                if (find(parent, i) != find(parent, j)
                        && rule.sameEvent(records.get(i), records.get(j))) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<Block.Dated>> events = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            events.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(records.get(i));
        }
        return List.copyOf(events.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
