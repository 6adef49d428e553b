package org.evident.watch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Keeps a crawler polite to each host: at most {@code concurrency} requests in flight to one host, and at least
 * the delay between the starts of two requests to it (the larger of ours and the site's Crawl-delay).
 */
final class HostGate {

    private final int concurrency;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    private static final class Slot {
        final Semaphore inFlight;
        long nextStartNanos;

        Slot(int concurrency) {
            inFlight = new Semaphore(concurrency, true);
        }
    }

    HostGate(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("per-host concurrency must be at least 1, was " + concurrency);
        }
        this.concurrency = concurrency;
    }

    /** Waits for a turn at the host; the caller calls {@link #release} when its request is done. */
    void acquire(String host, Duration delay) throws InterruptedException {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot(concurrency));
        slot.inFlight.acquire();
        try {
            long wait;
            synchronized (slot) {
                long now = System.nanoTime();
                long start = Math.max(now, slot.nextStartNanos);
                slot.nextStartNanos = start + delay.toNanos();
                wait = start - now;
            }
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            slot.inFlight.release();
            throw e;
        }
    }

    void release(String host) {
        Slot slot = slots.get(host);
        if (slot != null) {
            slot.inFlight.release();
        }
    }
}
