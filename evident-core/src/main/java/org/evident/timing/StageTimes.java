package org.evident.timing;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Cumulative nanoseconds per stage, added from any thread. Readers take a {@link #snapshot()} before and after a
 * run and subtract, so one clock serves a whole process.
 */
public final class StageTimes {

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimes() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime()} reading) and returns the time now. */
    public long since(Stage stage, long startNanos) {
        long now = System.nanoTime();
        add(stage, now - startNanos);
        return now;
    }

    /** The totals so far. */
    public Snapshot snapshot() {
        Map<Stage, Long> copy = new EnumMap<>(Stage.class);
        nanos.forEach((stage, sum) -> copy.put(stage, sum.sum()));
        return new Snapshot(copy);
    }

    /** Totals per stage at one moment. */
    public record Snapshot(Map<Stage, Long> nanos) {

        public Snapshot {
            nanos = Map.copyOf(nanos);
        }

        public static Snapshot empty() {
            return new StageTimes().snapshot();
        }

        public long get(Stage stage) {
            return nanos.getOrDefault(stage, 0L);
        }

        /** What was added between {@code earlier} and this snapshot. */
        public Snapshot minus(Snapshot earlier) {
            Map<Stage, Long> diff = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                diff.put(stage, get(stage) - earlier.get(stage));
            }
            return new Snapshot(diff);
        }

        public Snapshot plus(Snapshot other) {
            Map<Stage, Long> sum = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                sum.put(stage, get(stage) + other.get(stage));
            }
            return new Snapshot(sum);
        }

        public long total() {
            return nanos.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The share of Evident's own stages in the total, 0 when nothing was timed. */
        public double ownFraction() {
            long total = total();
            long own = nanos.entrySet().stream().filter(e -> e.getKey().own()).mapToLong(Map.Entry::getValue).sum();
            return total == 0 ? 0 : (double) own / total;
        }
    }
}
