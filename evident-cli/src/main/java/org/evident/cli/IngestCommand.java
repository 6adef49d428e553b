package org.evident.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.evident.read.Outcomes;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;
import org.evident.pipeline.OrderedBatch;
import org.evident.model.Outcome;
import org.evident.store.Ingested;
import org.evident.store.Saved;
import org.evident.store.Store;
import org.evident.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * evident ingest: articles in, stored and resolved into events. Reading and extraction run in parallel; each
 * article is saved in its own transaction, so a crash keeps every article saved before it and none by halves,
 * and a rerun skips what is stored (by content hash) and goes on with the rest.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Extracts event records from articles and stores them, merging records of the same real event across",
            "articles. PATHs are files or folders (read recursively); - reads standard input. Articles already in",
            "the store are skipped, so an interrupted run resumes where it stopped when run again."})
final class IngestCommand implements java.util.concurrent.Callable<Integer> {

    private final Environment env;
    private final Function<Article, Outcome> processor;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders, or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    LogOptions log = new LogOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Articles processed at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that do not give their own.")
    LocalDate published;

    @Option(names = "--codebooks", paramLabel = "DIR",
            description = "Folder of codebook files: NAME.tsv replaces a bundled one, NAME.add.tsv adds rows to it.")
    Path codebooks;

    @Mixin
    BudgetOption budget;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    IngestCommand(Environment env) {
        this(env, null);
    }

    /** With a processor of one's own instead of the extraction pipeline (tests of the ingest machinery). */
    IngestCommand(Environment env, Function<Article, Outcome> processor) {
        this.env = env;
        this.processor = processor;
    }

    /** What the run did, for the closing line and the exit code. */
    private static final class Counts {
        final AtomicInteger stored = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger records = new AtomicInteger();
        final AtomicInteger newEvents = new AtomicInteger();
        final AtomicInteger merged = new AtomicInteger();
    }

    @Override
    public Integer call() throws Exception {
        List<String> inputs = expand(paths);
        if (threads < 1) {
            env.err().println("evident: --threads must be at least 1, was " + threads);
            return Main.NOTHING_READ;
        }
        ReadOptions options;
        try {
            budget.check();
            options = reading.options(published, null);
        } catch (IllegalArgumentException e) {
            env.err().println("evident: " + e.getMessage());
            return Main.NOTHING_READ;
        }
        long start = System.nanoTime();
        Counts counts = new Counts();
        try (Store store = storeOptions.open()) {
            Function<Article, Outcome> process = processor != null ? processor
                    : budget.apply(env.pipelines().get(codebooks))::process;
            if (inputs.size() == 1) {
                // one input (a large JSON Lines dump, a WARC, standard input): its articles stream through the
                // threads, a few in flight, so neither memory nor a single core limits it
                Progress progress = new Progress(env.err(), "ingest", Progress.UNKNOWN_TOTAL);
                try (Outcomes outcomes = Pipelines.read(inputs.get(0), options, env.in())) {
                    new OrderedBatch(article -> ingest(article, process, store, counts), threads)
                            .run(articles(outcomes, store, counts), done -> progress.advance());
                }
                progress.finish();
            } else {
                Progress progress = new Progress(env.err(), "ingest", inputs.size(), "inputs");
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    List<Future<?>> tasks = new ArrayList<>();
                    for (String input : inputs) {
                        tasks.add(pool.submit(() -> {
                            try (Outcomes outcomes = Pipelines.read(input, options, env.in())) {
                                articles(outcomes, store, counts).forEachRemaining(a -> ingest(a, process, store, counts));
                            }
                            progress.advance();
                        }));
                    }
                    for (Future<?> task : tasks) {
                        task.get();
                    }
                } finally {
                    pool.shutdownNow();
                }
                progress.finish();
            }
        }
        env.err().printf("evident: %d articles stored (%d records: %d new events, %d merged into known ones),"
                        + " %d already stored, %d rejected, %d failed, in %.1f s%n",
                counts.stored.get(), counts.records.get(), counts.newEvents.get(), counts.merged.get(),
                counts.skipped.get(), counts.rejected.get(), counts.failed.get(), (System.nanoTime() - start) / 1e9);
        if (counts.stored.get() + counts.skipped.get() == 0) {
            return Main.NOTHING_READ;
        }
        return counts.rejected.get() + counts.failed.get() > 0 ? Main.PARTIAL : 0;
    }

    /** The articles an input gives, read as they are needed; unreadable ones are reported, logged and counted. */
    private Iterator<Article> articles(Outcomes outcomes, Store store, Counts counts) {
        return new ArticleStream(outcomes, reject -> {
            env.err().println("evident: " + reject.message());
            store.logProblem(reject.origin(), null, "REJECTED", reject.reason());
            counts.rejected.incrementAndGet();
        });
    }

    /** Extracts and stores one article, unless it is stored already; never throws. */
    private Outcome ingest(Article article, Function<Article, Outcome> process, Store store, Counts counts) {
        try {
            Ingested ingested = store.ingest(article, process);
            if (ingested.failed()) {
                env.err().println("evident: " + article.origin() + ": extraction failed: " + ingested.failure());
                counts.failed.incrementAndGet();
            } else if (!ingested.stored()) {
                counts.skipped.incrementAndGet();
            } else {
                Saved saved = ingested.saved();
                counts.stored.incrementAndGet();
                counts.records.addAndGet(saved.records());
                counts.newEvents.addAndGet(saved.newEvents());
                counts.merged.addAndGet(saved.merged());
            }
        } catch (RuntimeException e) {
            env.err().println("evident: " + article.origin() + ": not stored: " + e.getMessage());
            counts.failed.incrementAndGet();
        }
        return null; // the outcome is in the store; the batch only needs to know the article is done
    }

    /** Files as given, folders as every regular, non-hidden file below them in name order, - as it is. */
    static List<String> expand(List<String> paths) {
        List<String> inputs = new ArrayList<>();
        for (String path : paths) {
            Path p = Path.of(path);
            if (path.equals("-") || !Files.isDirectory(p)) {
                inputs.add(path);
                continue;
            }
            try (Stream<Path> files = Files.walk(p)) {
                files.filter(Files::isRegularFile)
                        .filter(f -> !p.relativize(f).toString().matches("(.*/)?\\..*"))
                        .map(Path::toString).sorted().forEach(inputs::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the folder " + path + ": " + e.getMessage(), e);
            }
        }
        return inputs;
    }
}
