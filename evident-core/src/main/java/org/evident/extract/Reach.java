package org.evident.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.evident.nlp.Dependency;
import org.evident.nlp.Sentence;

/**
 * Walks down the parse from a token along chosen relations, nearest first: how a trigger finds its place, time
 * and counts without wandering into other clauses or other events.
 */
final class Reach {

    private Reach() {}

    /**
     * Tokens reachable from {@code start} (excluded) by relations whose base name is in {@code relations}, not
     * entering tokens for which {@code stop} holds, breadth first, at most {@code maxDepth} steps.
     */
    static List<Integer> down(Sentence s, int start, Set<String> relations, IntPredicate stop, int maxDepth) {
        List<Integer> found = new ArrayList<>();
        boolean[] seen = new boolean[s.tokens().size()];
        seen[start] = true;
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {start, 0});
        while (!queue.isEmpty()) {
            int[] current = queue.poll();
            if (current[1] >= maxDepth) {
                continue;
            }
            for (Dependency d : s.childrenOf(current[0])) {
                int child = d.dependent();
                if (seen[child] || !(relations.contains(d.relation()) || relations.contains(d.baseRelation()))) {
                    continue;
                }
                seen[child] = true;
                found.add(child);
                if (!stop.test(child)) {
                    queue.add(new int[] {child, current[1] + 1});
                }
            }
        }
        return found;
    }
}
