package org.evident.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.evident.model.Article;
import org.evident.model.Outcome;

/**
 * Runs a pipeline over a stream of articles on several threads and hands the outcomes back in input order, on
 * the calling thread. Articles are pulled from the iterator only as workers free up (at most a few per thread are
 * in flight), so memory stays bounded however long the input; the models are the pipeline's, loaded once.
 */
public final class OrderedBatch {

    /** Articles in flight per thread: enough to keep every thread busy while the caller writes results. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final Function<Article, Outcome> process;
    private final int threads;

    public OrderedBatch(Pipeline pipeline, int threads) {
        this(pipeline::process, threads);
    }

    /** @param process what to do with each article (a pipeline's process, perhaps measured); must not throw */
    public OrderedBatch(Function<Article, Outcome> process, int threads) {
        this.process = Objects.requireNonNull(process, "process");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * Processes every article the iterator gives; {@code sink} sees each outcome in the articles' order. With one
     * thread everything runs on the caller's thread. Returns the number of articles processed.
     */
    public int run(Iterator<Article> articles, Consumer<Outcome> sink) {
        if (threads == 1) {
            int count = 0;
            while (articles.hasNext()) {
                sink.accept(process.apply(articles.next()));
                count++;
            }
            return count;
        }
        AtomicInteger worker = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "evident-worker-" + worker.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            int count = 0;
            while (articles.hasNext()) {
                Article article = articles.next();
                inFlight.add(pool.submit(() -> process.apply(article)));
                count++;
                if (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    sink.accept(await(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll()));
            }
            return count;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an article", e);
        } catch (ExecutionException e) {
            // Pipeline.process turns every failure of an article into an outcome; only a refusal of all further
            // work (TimeBudget.Exhausted) and errors such as OutOfMemoryError get here, and end the batch
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
