package org.evident.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How well a clustering of items (articles, or gold events in articles) into stored events matches the real
 * events they belong to, by two standard measures of coreference across documents:
 *
 * <ul>
 *   <li><b>B³</b>: per item, precision is the share of its system cluster that shares its gold cluster, recall the
 *       share of its gold cluster that shares its system cluster; both averaged over the items.</li>
 *   <li><b>Pairwise</b>: over all pairs of items, precision is the share of pairs put together that belong
 *       together, recall the share of pairs that belong together that were put together.</li>
 * </ul>
 *
 * Beside them, the floor: the same measures for putting every item in a cluster of its own (no merging at all),
 * whose B³ precision is 1 and pairwise recall 0. An item missing from the system clustering (an article without a
 * main record) counts as a cluster of its own. A measure with nothing to count (no pair put together) is 0.
 *
 * @param items         items scored
 * @param goldClusters  distinct real events among them
 * @param systemEvents  distinct stored events among them (unclustered items one each)
 * @param unclustered   items the system put in no event
 * @param mixedEvents   stored events holding items of two or more real events
 * @param b3            B³ precision, recall and F1
 * @param pairs         pairwise precision, recall and F1
 * @param b3Floor       B³ of leaving every item apart
 * @param pairsFloor    pairwise of leaving every item apart
 */
public record ClusterScore(int items, int goldClusters, int systemEvents, int unclustered, int mixedEvents,
                           Prf b3, Prf pairs, Prf b3Floor, Prf pairsFloor) {

    /** Precision, recall and their harmonic mean. */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(double precision, double recall) {
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new Prf(precision, recall, f1);
        }
    }

    /**
     * Scores the system clustering against the gold one.
     *
     * @param gold   every item's real event; the items scored are exactly its keys
     * @param system the stored event of each item that has one; items absent here stand alone
     */
    public static ClusterScore of(Map<String, String> gold, Map<String, String> system) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(system, "system");
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("no items to score");
        }
        Map<String, String> assigned = new LinkedHashMap<>();
        int unclustered = 0;
        for (String item : gold.keySet()) {
            String event = system.get(item);
            if (event == null) {
                unclustered++;
                assigned.put(item, "\u0000alone:" + item);
            } else {
                assigned.put(item, "event:" + event);
            }
        }
        Map<String, List<String>> goldGroups = groups(gold);
        Map<String, List<String>> systemGroups = groups(assigned);
        int mixed = 0;
        for (List<String> members : systemGroups.values()) {
            Set<String> reals = new LinkedHashSet<>();
            members.forEach(m -> reals.add(gold.get(m)));
            mixed += reals.size() > 1 ? 1 : 0;
        }
        Map<String, String> alone = new HashMap<>();
        gold.keySet().forEach(item -> alone.put(item, item));
        return new ClusterScore(gold.size(), goldGroups.size(), systemGroups.size(), unclustered, mixed,
                b3(gold, assigned), pairs(gold, assigned), b3(gold, alone), pairs(gold, alone));
    }

    private static Prf b3(Map<String, String> gold, Map<String, String> system) {
        Map<String, List<String>> goldGroups = groups(gold);
        Map<String, List<String>> systemGroups = groups(system);
        double precision = 0;
        double recall = 0;
        for (String item : gold.keySet()) {
            List<String> mine = systemGroups.get(system.get(item));
            List<String> real = goldGroups.get(gold.get(item));
            long shared = mine.stream().filter(other -> gold.get(other).equals(gold.get(item))).count();
            precision += (double) shared / mine.size();
            recall += (double) shared / real.size();
        }
        return Prf.of(precision / gold.size(), recall / gold.size());
    }

    private static Prf pairs(Map<String, String> gold, Map<String, String> system) {
        List<String> items = new ArrayList<>(gold.keySet());
        long together = 0;
        long belong = 0;
        long right = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                boolean sameGold = gold.get(items.get(i)).equals(gold.get(items.get(j)));
                boolean sameSystem = system.get(items.get(i)).equals(system.get(items.get(j)));
                belong += sameGold ? 1 : 0;
                together += sameSystem ? 1 : 0;
                right += sameGold && sameSystem ? 1 : 0;
            }
        }
        return Prf.of(together == 0 ? 0 : (double) right / together, belong == 0 ? 0 : (double) right / belong);
    }

    private static Map<String, List<String>> groups(Map<String, String> clustering) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        clustering.forEach((item, cluster) -> groups.computeIfAbsent(cluster, c -> new ArrayList<>()).add(item));
        return groups;
    }
}
