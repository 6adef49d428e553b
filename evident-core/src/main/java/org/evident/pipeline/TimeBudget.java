package org.evident.pipeline;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The most time one article's work may take. The work runs on a worker thread while the caller waits; when the
 * time is up the caller gets {@link OverBudget} at once and the worker is interrupted. CoreNLP checks for an
 * interrupt between annotators, between sentences and inside the tagger, NER and the parser, so the worker
 * usually stops within moments; the tokenizer does not check, which is why pathological text is defused before
 * it gets there ({@link org.evident.nlp.TokenizerSafeText}). A worker that does not stop is left to finish in the
 * background (it costs a core until then) and counted in {@link #stillRunning()}: the caller's batch goes on.
 * Up to a cap: once {@link #maxAbandoned()} workers run on abandoned, every core may be busy with work nobody
 * waits for, so further work is refused with {@link Exhausted} (the process should stop or be restarted) until one
 * of them ends. Thread-safe; the worker threads are daemons and die after a minute idle.
 */
public final class TimeBudget {

    /** How long the caller waits, after the interrupt, to tell whether the worker stopped. */
    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final AtomicInteger THREADS = new AtomicInteger();

    /**
     * Abandoned workers allowed at once: one per core. Past that, runaway work could hold every core, and what
     * still ran would crawl; refusing is the clearer answer.
     */
    public static final int DEFAULT_MAX_ABANDONED = Runtime.getRuntime().availableProcessors();

    private final Duration limit;
    private final int maxAbandoned;
    private final ExecutorService workers;
    private final AtomicInteger overdue = new AtomicInteger();

    private TimeBudget(Duration limit, int maxAbandoned) {
        if (maxAbandoned < 1) {
            throw new IllegalArgumentException("abandoned workers allowed must be at least 1, was " + maxAbandoned);
        }
        this.limit = limit;
        this.maxAbandoned = maxAbandoned;
        this.workers = limit == null ? null : Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "evident-article-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A budget of {@code limit}; zero or negative means no limit. */
    public static TimeBudget of(Duration limit) {
        return of(limit, DEFAULT_MAX_ABANDONED);
    }

    /** A budget of {@code limit} (zero or negative: none) that refuses work while {@code maxAbandoned} run on. */
    public static TimeBudget of(Duration limit, int maxAbandoned) {
        return limit == null || limit.isZero() || limit.isNegative() ? unlimited()
                : new TimeBudget(limit, maxAbandoned);
    }

    /** No limit: the work runs on the caller's thread, as if there were no budget. */
    public static TimeBudget unlimited() {
        return new TimeBudget(null, DEFAULT_MAX_ABANDONED);
    }

    /** How many abandoned workers may run on before further work is refused. */
    public int maxAbandoned() {
        return maxAbandoned;
    }

    /** The limit, or null when there is none. */
    public Duration limit() {
        return limit;
    }

    /** Work abandoned at its deadline that has not stopped yet. */
    public int stillRunning() {
        return overdue.get();
    }

    /**
     * The work's result, computed within the limit.
     *
     * @throws OverBudget       when the limit passed first (the work is interrupted)
     * @throws Exhausted        when {@link #maxAbandoned()} abandoned workers still run (the work is not started)
     * @throws RuntimeException or Error: what the work threw, rethrown on the caller's thread
     */
    public <T> T run(Supplier<T> work) {
        if (limit == null) {
            return work.get();
        }
        int runningOn = overdue.get();
        if (runningOn >= maxAbandoned) {
            throw new Exhausted(runningOn, limit);
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<?> running = workers.submit(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException | Error e) {
                thrown.set(e);
            } finally {
                synchronized (abandoned) {
                    done.countDown();
                    if (abandoned.get()) {
                        overdue.decrementAndGet();
                    }
                }
            }
        });
        try {
            if (!done.await(limit.toNanos(), TimeUnit.NANOSECONDS)) {
                running.cancel(true);
                throw new OverBudget(limit, stops(done, abandoned));
            }
        } catch (InterruptedException e) {
            // the caller is being stopped (a server shutting down): so is the work
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the article's work", e);
        }
        Throwable failure = thrown.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return result.get();
    }

    /** Whether interrupted work stops within the grace period; counts it as overdue until it does. */
    private boolean stops(CountDownLatch done, AtomicBoolean abandoned) throws InterruptedException {
        if (done.await(GRACE.toNanos(), TimeUnit.NANOSECONDS)) {
            return true;
        }
        synchronized (abandoned) {
            if (done.getCount() == 0) {
                return true;
            }
            abandoned.set(true);
            overdue.incrementAndGet();
            return false;
        }
    }

    /**
     * No more work is taken: as many workers as allowed ran past the budget, were interrupted and have not stopped.
     * The message is one line for logs and API answers.
     */
    public static final class Exhausted extends RuntimeException {

        Exhausted(int abandoned, Duration limit) {
            super("refused: " + abandoned + (abandoned == 1 ? " article's work" : " articles' work")
                    + " ran past the time budget of " + OverBudget.seconds(limit) + ", did not stop when interrupted"
                    + " and still holds a core, the most allowed; restart the process (or wait for that work to"
                    + " end)", null, false, false);
        }
    }

    /** The work took longer than the budget. The message is one line for logs and API answers. */
    public static final class OverBudget extends RuntimeException {

        private final Duration limit;
        private final boolean stopped;

        OverBudget(Duration limit, boolean stopped) {
            super("ran out of its time budget of " + seconds(limit)
                    + (stopped ? "" : " (its work did not stop when interrupted and runs on in the background)"), null,
                    false, false);
            this.limit = limit;
            this.stopped = stopped;
        }

        public Duration limit() {
            return limit;
        }

        /** Whether the work stopped when interrupted; if not, it still holds a thread. */
        public boolean stopped() {
            return stopped;
        }

        private static String seconds(Duration limit) {
            long millis = limit.toMillis();
            return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
        }
    }
}
