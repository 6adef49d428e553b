package org.evident.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a long run on standard error, silent for runs of one item. On a terminal a bar with counts, rate and
 * ETA redraws in place twice a second; otherwise (a log, a pipe) a line of counts every few seconds. Thread-safe.
 */
final class Progress {

    private static final long LINE_INTERVAL_NANOS = Duration.ofSeconds(3).toNanos();
    private static final long BAR_INTERVAL_NANOS = Duration.ofMillis(500).toNanos();
    private static final int BAR_WIDTH = 30;
    /** The total for runs whose length is not known in advance (streamed input): counts and rate, no bar. */
    static final int UNKNOWN_TOTAL = -1;

    private final PrintStream err;
    private final String label;
    private final String unit;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private int done;

    Progress(PrintStream err, String label, int total) {
        this(err, label, total, "articles");
    }

    Progress(PrintStream err, String label, int total, String unit) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.unit = unit;
    }

    synchronized void advance() {
        done++;
        long now = System.nanoTime();
        boolean many = total > 1 || total == UNKNOWN_TOTAL && done > 1;
        if (many && now - lastPrint >= (terminal ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS)) {
            lastPrint = now;
            err.print(terminal ? "\r" + bar() + line(now) : line(now) + "\n");
            err.flush();
        }
    }

    synchronized void finish() {
        if ((total > 1 || total == UNKNOWN_TOTAL) && lastPrint != start) {
            err.print((terminal ? "\r" + bar() : "") + line(System.nanoTime()) + "\n");
        }
    }

    private String bar() {
        if (total == UNKNOWN_TOTAL) {
            return "";
        }
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] ";
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        if (total == UNKNOWN_TOTAL) {
            return String.format("%s: %d %s, %.2f/s", label, done, unit, rate);
        }
        String eta = rate > 0 && total > done ? String.format(", ETA %ds", Math.round((total - done) / rate)) : "";
        return String.format("%s: %d/%d %s, %.2f/s%s", label, done, total, unit, rate, eta);
    }
}
