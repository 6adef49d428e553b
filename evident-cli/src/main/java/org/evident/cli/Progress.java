package org.evident.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Periodic counts with rate and ETA on standard error, for long runs; silent for runs of one item. On a terminal
 * the line redraws in place; otherwise it prints a line every few seconds.
 */
final class Progress {

    private static final long INTERVAL_NANOS = Duration.ofSeconds(3).toNanos();

    private final PrintStream err;
    private final String label;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private int done;

    Progress(PrintStream err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    void advance() {
        done++;
        long now = System.nanoTime();
        if (total > 1 && now - lastPrint >= INTERVAL_NANOS) {
            lastPrint = now;
            err.print(line(now) + (terminal ? "\r" : "\n"));
            err.flush();
        }
    }

    void finish() {
        if (total > 1 && lastPrint != start) {
            err.print(line(System.nanoTime()) + "\n");
        }
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        String eta = rate > 0 && total > done ? String.format(", ETA %ds", Math.round((total - done) / rate)) : "";
        return String.format("%s: %d/%d articles, %.2f/s%s", label, done, total, rate, eta);
    }
}
