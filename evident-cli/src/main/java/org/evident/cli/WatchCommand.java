package org.evident.cli;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.evident.read.ReadOptions;
import org.evident.model.Article;
import org.evident.model.Outcome;
import org.evident.store.Store;
import org.evident.store.WatchLedger;
import org.evident.watch.AlertDelivery;
import org.evident.watch.Durations;
import org.evident.watch.FetchSettings;
import org.evident.watch.Fetcher;
import org.evident.watch.SourceSpec;
import org.evident.watch.Watcher;
import org.evident.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** evident watch: follows feeds and news sitemaps, storing each new or updated article as it is published. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {
            "Follows RSS and Atom feeds and news sitemaps, fetching each when it is due and storing every new or",
            "updated article through the same pipeline as ingest; alerts (evident alert) are delivered as they fire.",
            "SOURCEs are feed or sitemap URLs, or files listing them one a line ('URL' or 'URL 10m'). Runs until",
            "Ctrl-C or SIGTERM, which end it after the article in flight; --once does one round, for cron. What was",
            "read is kept in the store, so a restarted watch resumes and never stores an article twice.",
            "It reads robots.txt, spaces its requests to each host, retries failures with growing waits and backs",
            "off sources that keep failing; progress goes to standard error, one line per source and round."})
final class WatchCommand implements Callable<Integer> {

    private final Environment env;
    private final Function<Article, Outcome> processor;

    @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Feed or news sitemap URLs, or files listing them.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--every", paramLabel = "INTERVAL", defaultValue = "5m",
            description = "How often each source is fetched unless its line says otherwise (default ${DEFAULT-VALUE}; 30s, 5m, 1h).")
    String every;

    @Option(names = "--once", description = "One round of every source, then deliver the alerts and exit (for cron).")
    boolean once;

    @Option(names = "--status", description = "Print each watched source's last fetch, outcome, counts and next run, and exit.")
    boolean status;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Sources worked on at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--user-agent", paramLabel = "TEXT",
            description = "The User-Agent sent, best with a way to reach you (default: evident/VERSION (news event coder)).")
    String userAgent;

    @Option(names = "--timeout", paramLabel = "INTERVAL", defaultValue = "30s",
            description = "Longest time one request may take (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--host-delay", paramLabel = "INTERVAL", defaultValue = "1s",
            description = "Least time between two requests to one host (default ${DEFAULT-VALUE}); a longer robots.txt Crawl-delay wins.")
    String hostDelay;

    @Option(names = "--host-concurrency", paramLabel = "N", defaultValue = "1",
            description = "Most requests in flight to one host (default ${DEFAULT-VALUE}).")
    int hostConcurrency;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "Further attempts after a network error, HTTP 5xx or 429 (default ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--backoff", paramLabel = "INTERVAL", defaultValue = "2s",
            description = "Wait before the first retry of a request or an alert delivery; each further wait doubles (default ${DEFAULT-VALUE}).")
    String backoff;

    @Option(names = "--full-text-chars", paramLabel = "N", defaultValue = "1000",
            description = "A feed item with less text than this is a summary, and its page is fetched (default ${DEFAULT-VALUE}).")
    int fullTextChars;

    @Option(names = "--max-items", paramLabel = "N", defaultValue = "500",
            description = "Most items read from one source in one round (default ${DEFAULT-VALUE}).")
    int maxItems;

    @Option(names = "--codebooks", paramLabel = "DIR",
            description = "Folder of codebook files: NAME.tsv replaces a bundled one, NAME.add.tsv adds rows to it.")
    java.nio.file.Path codebooks;

    @Mixin
    BudgetOption budget;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    WatchCommand(Environment env) {
        this(env, null);
    }

    /** With a processor of one's own instead of the extraction pipeline (tests of the watch machinery). */
    WatchCommand(Environment env, Function<Article, Outcome> processor) {
        this.env = env;
        this.processor = processor;
    }

    @Override
    public Integer call() throws Exception {
        if (status) {
            try (Store store = storeOptions.open()) {
                printStatus(store.watchLedger().sources());
            }
            return 0;
        }
        List<SourceSpec> specs;
        FetchSettings fetching;
        Duration interval;
        ReadOptions options;
        try {
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("name at least one SOURCE (a feed or sitemap URL, or a file listing them)");
            }
            specs = SourceSpec.parse(sources);
            interval = positive("--every", every);
            fetching = new FetchSettings(userAgent != null ? userAgent : defaultUserAgent(), positive("--timeout", timeout),
                    Durations.parse(hostDelay), hostConcurrency, 5, atLeastZero("--retries", retries),
                    Durations.parse(backoff), reading.maxRecordBytes);
            atLeastOne("--threads", threads);
            atLeastOne("--host-concurrency", hostConcurrency);
            atLeastOne("--max-items", maxItems);
            budget.check();
            options = reading.options(null, null);
        } catch (IllegalArgumentException e) {
            env.err().println("evident: " + e.getMessage());
            return Main.NOTHING_READ;
        }
        try (Store store = storeOptions.open()) {
            Function<Article, Outcome> process = processor != null ? processor
                    : budget.apply(env.pipelines().get(codebooks))::process;
            AlertDelivery delivery = new AlertDelivery(store.alerts(), fetching.userAgent(), fetching.timeout(),
                    fetching.backoff(), AlertCommand.MAX_ATTEMPTS, env.err());
            Watcher watcher = new Watcher(store, new Fetcher(fetching), Pipelines.reader(options), process, delivery,
                    specs, new Watcher.Settings(interval, threads, fullTextChars, maxItems), env.err());
            env.err().println("evident: watch: " + specs.size() + (specs.size() == 1 ? " source" : " sources")
                    + (once ? ", one round" : ", every " + Durations.format(interval) + " unless a source says otherwise"));
            Watcher.Totals totals;
            try (StopSignals signals = StopSignals.install(() -> {
                env.err().println("evident: watch: stopping after the article in flight (again to stop at once)");
                watcher.stop();
            })) {
                totals = once ? watcher.runOnce() : watcher.runUntilStopped();
            }
            env.err().printf("evident: watch: %d rounds (%d failed), %d items seen, %d articles stored, %d errors;"
                            + " %.1f s extracting and storing%n", totals.rounds(), totals.failedRounds(),
                    totals.itemsSeen(), totals.articlesStored(), totals.errors(), totals.ingestSeconds());
            if (totals.rounds() > 0 && totals.failedRounds() == totals.rounds()) {
                return Main.NOTHING_READ;
            }
            return totals.failedRounds() + totals.errors() > 0 ? Main.PARTIAL : 0;
        }
    }

    private void printStatus(List<WatchLedger.Source> all) {
        if (all.isEmpty()) {
            env.out().println("no sources watched with this store yet");
            return;
        }
        env.out().printf("%-20s  %-12s  %6s  %6s  %6s  %8s  %-20s  %s%n", "LAST FETCH", "OUTCOME", "ITEMS",
                "STORED", "ERRORS", "FAILING", "NEXT RUN", "SOURCE");
        for (WatchLedger.Source s : all) {
            env.out().printf("%-20s  %-12s  %6d  %6d  %6d  %8d  %-20s  %s%n", time(s.lastFetch()),
                    s.lastOutcome() == null ? "-" : s.lastOutcome(), s.itemsSeen(), s.articlesStored(), s.errors(),
                    s.failuresInRow(), time(s.nextRun()), s.url());
            if (s.lastError() != null) {
                env.out().println("    last error: " + s.lastError());
            }
        }
        env.out().flush();
    }

    private static String time(java.time.Instant instant) {
        return instant == null ? "-" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String defaultUserAgent() {
        String version;
        try {
            version = new Main.VersionProvider().getVersion()[0].replaceFirst("^evident ", "");
        } catch (Exception e) {
            version = "unknown";
        }
        return "evident/" + version + " (news event coder)";
    }

    private static Duration positive(String option, String text) {
        Duration d = Durations.parse(text);
        if (d.isZero()) {
            throw new IllegalArgumentException(option + " must be more than 0, was " + text);
        }
        return d;
    }

    private static int atLeastZero(String option, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(option + " must be 0 or more, was " + value);
        }
        return value;
    }

    private static void atLeastOne(String option, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, was " + value);
        }
    }
}
