package org.evident.watch;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.evident.read.ArticleReader;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;
import org.evident.model.Outcome;
import org.evident.store.Ingested;
import org.evident.store.Store;
import org.evident.store.WatchLedger;

/**
 * Follows sources round after round: fetches each source when it is due (conditionally), reads its items, fetches
 * the page of each new or changed item whose feed text is only a summary, and ingests each article through the
 * one pipeline into the store. What it has read is remembered in the store ({@link WatchLedger}), so a restarted
 * watch resumes and never stores an article twice (the store also skips any text it holds, whatever its URL).
 * A failing source is retried later and later and reported; it never stops the others. {@link #stop} ends the
 * watch after the article in flight.
 */
public final class Watcher {

    /**
     * @param every         how often a source is fetched unless it says otherwise
     * @param threads       sources worked on at once (each fetches and extracts its own items)
     * @param fullTextChars a feed item with less text than this is a summary: its page is fetched
     * @param maxItems      most items read from one source in one round
     */
    public record Settings(Duration every, int threads, int fullTextChars, int maxItems) {}

    /**
     * What a run did, over all its rounds.
     *
     * @param ingestSeconds time spent extracting and storing articles, summed over the threads; the rest of a round
     *                      is the watch's own work (fetching, reading feeds and pages, its ledger)
     */
    public record Totals(int rounds, int failedRounds, int itemsSeen, int articlesStored, int errors,
                         double ingestSeconds) {}

    /** The longest a failing source is left alone between tries. */
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);
    /** Sitemaps of a sitemap index read in one round. */
    private static final int MAX_CHILD_SITEMAPS = 50;

    private final Store store;
    private final WatchLedger ledger;
    private final Fetcher fetcher;
    private final ArticleReader reader;
    private final Function<Article, Outcome> process;
    private final AlertDelivery delivery;
    private final List<SourceSpec> sources;
    private final Settings settings;
    private final PrintStream log;
    private volatile boolean stopping;
    private final Object wake = new Object();
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger failedRounds = new AtomicInteger();
    private final AtomicInteger itemsSeen = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicLong ingestNanos = new AtomicLong();

    public Watcher(Store store, Fetcher fetcher, ArticleReader reader, Function<Article, Outcome> process,
                   AlertDelivery delivery, List<SourceSpec> sources, Settings settings, PrintStream log) {
        this.store = store;
        this.ledger = store.watchLedger();
        this.fetcher = fetcher;
        this.reader = reader;
        this.process = process;
        this.delivery = delivery;
        this.sources = List.copyOf(sources);
        this.settings = settings;
        this.log = log;
    }

    /** Asks the watch to end once the article in flight is stored. */
    public void stop() {
        stopping = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /**
     * One round of every source (a failing one only once its back-off is over), then delivery of the alerts that
     * fired: for cron.
     */
    public Totals runOnce() throws InterruptedException {
        ExecutorService pool = pool();
        try {
            List<Future<?>> rounds = new ArrayList<>();
            for (SourceSpec source : sources) {
                WatchLedger.Source state = ledger.source(source.url());
                if (state.failuresInRow() > 0 && state.nextRun() != null && state.nextRun().isAfter(Instant.now())) {
                    say(source.url() + ": skipped, failing (" + state.failuresInRow() + " in a row); next try at "
                            + state.nextRun().truncatedTo(ChronoUnit.SECONDS));
                    continue;
                }
                rounds.add(pool.submit(() -> round(source)));
            }
            for (Future<?> round : rounds) {
                try {
                    round.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // round() reports the source's failures; what escapes it is the store failing to record them
                    say("a round could not be recorded: " + e.getCause().getMessage());
                    errors.incrementAndGet();
                }
            }
        } finally {
            shutdown(pool);
        }
        delivery.drain(Duration.ofSeconds(30), () -> stopping);
        return totals();
    }

    /** Rounds of each source when it is due, until {@link #stop}; alerts are delivered as they fire. */
    public Totals runUntilStopped() throws InterruptedException {
        Set<String> running = ConcurrentHashMap.newKeySet();
        // when each source is due next, read from the store once and then kept as rounds end
        Map<String, Instant> due = new ConcurrentHashMap<>();
        for (SourceSpec source : sources) {
            Instant next = ledger.source(source.url()).nextRun();
            due.put(source.url(), next == null ? Instant.EPOCH : next);
        }
        ExecutorService pool = pool();
        try {
            while (!stopping) {
                Instant now = Instant.now();
                Instant soonest = now.plusSeconds(1);
                for (SourceSpec source : sources) {
                    if (running.contains(source.url()) || due.get(source.url()).isAfter(now)) {
                        continue;
                    }
                    running.add(source.url());
                    pool.submit(() -> {
                        try {
                            round(source);
                        } catch (RuntimeException e) { // the store failing to record the round: said, not lost
                            say(source.url() + ": the round could not be recorded: " + e.getMessage());
                            errors.incrementAndGet();
                        } finally {
                            Instant next = nextRun(source);
                            due.put(source.url(), next);
                            running.remove(source.url());
                        }
                    });
                }
                deliver();
                synchronized (wake) {
                    long millis = Math.max(50, Duration.between(Instant.now(), soonest).toMillis());
                    if (!stopping) {
                        wake.wait(millis);
                    }
                }
            }
        } finally {
            shutdown(pool);
        }
        deliver();
        return totals();
    }

    /** Delivers the alerts that are due; a store that cannot be read now is tried again at the next turn. */
    private void deliver() {
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            say("alerts not delivered this time: " + e.getMessage());
        }
    }

    /** When the source is due next, as its last round recorded it; in a second when that cannot be read. */
    private Instant nextRun(SourceSpec source) {
        try {
            Instant next = ledger.source(source.url()).nextRun();
            return next != null ? next : Instant.now().plusSeconds(1);
        } catch (RuntimeException e) {
            say(source.url() + ": cannot read its schedule (" + e.getMessage() + "); trying again in a minute");
            return Instant.now().plusSeconds(60);
        }
    }

    private ExecutorService pool() {
        return Executors.newFixedThreadPool(Math.max(1, settings.threads()), task -> {
            Thread thread = new Thread(task, "evident-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Lets the rounds in progress finish their article in flight (they check {@link #stopping} between items). */
    private static void shutdown(ExecutorService pool) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
    }

    private Totals totals() {
        return new Totals(rounds.get(), failedRounds.get(), itemsSeen.get(), stored.get(), errors.get(),
                ingestNanos.get() / 1e9);
    }

    /** What one round of one source did. */
    private static final class RoundCounts {
        /** Time spent extracting and storing, against which the rest of the round (fetching, reading) is told. */
        long ingestNanos;
        int items;
        int changed;
        int stored;
        int errors;
    }

    /**
     * One round of one source: a failure of the source is reported, counted and backed off; only a store that
     * cannot record the round throws.
     */
    void round(SourceSpec source) {
        long start = System.nanoTime();
        Duration every = source.every() != null ? source.every() : settings.every();
        WatchLedger.Source state = ledger.source(source.url());
        RoundCounts counts = new RoundCounts();
        String outcome;
        Fetcher.Response response = null;
        boolean whole = true;
        String bodyHash = null; // of a body read, unless it is a sitemap index (its sitemaps change under it)
        try {
            response = fetcher.get(new URI(source.url()), state.etag(), state.lastModified());
            String hash = response.notModified() ? null : bodyHash(response.body());
            if (response.notModified()) {
                outcome = "NOT_MODIFIED";
            } else if (hash.equals(state.bodyHash())) {
                // the bytes the last settled round read, sent again (most often by a server without validators):
                // every item is as it was then, and was dealt with then; parsing them again would find nothing
                outcome = "UNCHANGED";
            } else {
                Listing listing = Listing.read(source.url(), response.body(), reader);
                whole = readItems(state, entries(listing), counts);
                outcome = whole ? "OK" : "STOPPED";
                bodyHash = listing.sitemaps().isEmpty() ? hash : null;
            }
        } catch (FetchException | URISyntaxException | RuntimeException e) {
            failed(source, state, every, e.getMessage() == null ? e.toString() : e.getMessage(), counts);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        // the source's validators and body hash are kept only when every item was dealt with: otherwise the next
        // round would get "not modified" (or the same bytes) and never come back to the items left unread or failed
        boolean settled = whole && counts.errors == 0;
        Instant next = whole ? Instant.now().plus(every) : Instant.now();
        ledger.roundDone(state.id(), new WatchLedger.Round(settled ? response.etag() : state.etag(),
                settled ? response.lastModified() : state.lastModified(),
                settled && bodyHash != null ? bodyHash : state.bodyHash(), outcome, null, 0, next, counts.items,
                counts.stored, counts.errors));
        rounds.incrementAndGet();
        double seconds = (System.nanoTime() - start) / 1e9;
        say(String.format("%s: %s, %d items, %d new or changed, %d stored, %d errors, in %.1f s (%.1f s extracting"
                        + " and storing); next at %s", source.url(), switch (outcome) {
                            case "NOT_MODIFIED" -> "not modified";
                            case "UNCHANGED" -> "unchanged since last read";
                            case "OK" -> "read";
                            default -> "stopped";
                        }, counts.items, counts.changed, counts.stored, counts.errors, seconds,
                counts.ingestNanos / 1e9, next.truncatedTo(ChronoUnit.SECONDS)));
    }

    /** A hash of a fetched body's bytes. */
    private static String bodyHash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private void failed(SourceSpec source, WatchLedger.Source state, Duration every, String reason, RoundCounts counts) {
        int failures = state.failuresInRow() + 1;
        Duration wait = every.multipliedBy(1L << Math.min(failures, 16));
        Duration cap = every.compareTo(MAX_BACKOFF) > 0 ? every : MAX_BACKOFF;
        if (wait.compareTo(cap) > 0) {
            wait = cap;
        }
        Instant next = Instant.now().plus(wait);
        ledger.roundDone(state.id(), new WatchLedger.Round(state.etag(), state.lastModified(), state.bodyHash(),
                "FAILED", reason, failures, next, counts.items, counts.stored, counts.errors + 1));
        rounds.incrementAndGet();
        failedRounds.incrementAndGet();
        errors.incrementAndGet();
        say(source.url() + ": failed: " + reason + "; " + failures + (failures == 1 ? " failure" : " failures")
                + " in a row, next try in " + Durations.format(wait));
    }

    /** The listing's items, with those of the sitemaps a sitemap index lists. */
    private List<Listing.Entry> entries(Listing listing) throws InterruptedException {
        List<Listing.Entry> entries = new ArrayList<>(listing.entries());
        for (String sitemap : listing.sitemaps().subList(0, Math.min(MAX_CHILD_SITEMAPS, listing.sitemaps().size()))) {
            if (stopping) {
                break;
            }
            try {
                Fetcher.Response child = fetcher.get(new URI(sitemap), null, null);
                entries.addAll(Listing.read(sitemap, child.body(), reader).entries());
            } catch (FetchException | URISyntaxException | IllegalArgumentException e) {
                say(sitemap + ": not read: " + e.getMessage());
                errors.incrementAndGet();
            }
        }
        return entries;
    }

    /** Reads the items; false when the watch was stopped before the last. */
    private boolean readItems(WatchLedger.Source source, List<Listing.Entry> entries, RoundCounts counts)
            throws InterruptedException {
        List<Listing.Entry> listed = entries.subList(0, Math.min(settings.maxItems(), entries.size()));
        Map<String, WatchLedger.Item> read = ledger.items(listed.stream().map(entry -> key(source, entry)).toList());
        Set<String> keysThisRound = new HashSet<>(); // an item listed twice is read once
        for (Listing.Entry entry : listed) {
            if (stopping) {
                return false;
            }
            counts.items++;
            itemsSeen.incrementAndGet();
            String key = key(source, entry);
            WatchLedger.Item known = read.get(key);
            if (!keysThisRound.add(key) || known != null && entry.fingerprint().equals(known.fingerprint())) {
                continue; // shown as before, or already read this round: nothing to fetch
            }
            counts.changed++;
            readItem(source, entry, key, known, counts);
        }
        return true;
    }

    /** What the ledger knows an item by: its link, or for an item without one, how the source shows it. */
    private static String key(WatchLedger.Source source, Listing.Entry entry) {
        return entry.link() != null ? entry.link() : source.url() + "#" + entry.fingerprint();
    }

    private void readItem(WatchLedger.Source source, Listing.Entry entry, String key, WatchLedger.Item known,
                          RoundCounts counts) throws InterruptedException {
        Article article = entry.fromFeed();
        String etag = null;
        String lastModified = null;
        boolean summaryOnly = article == null || article.body().length() < settings.fullTextChars();
        if (summaryOnly && entry.link() != null) {
            try {
                Fetcher.Response page = fetcher.get(new URI(entry.link()),
                        known == null ? null : known.etag(), known == null ? null : known.lastModified());
                if (page.notModified() && known != null) {
                    ledger.itemRead(new WatchLedger.ItemRead(key, source.id(), entry.fingerprint(), known.etag(),
                            known.lastModified()), null);
                    return;
                }
                etag = page.etag();
                lastModified = page.lastModified();
                article = pageArticle(entry, page, counts);
            } catch (FetchException e) {
                // a page that may come later is tried again next round; one that never will (robots.txt, 404)
                // leaves the feed's summary as the best text there is
                boolean later = e.retryable() || article == null;
                say(entry.link() + ": page not fetched: " + e.getMessage()
                        + (later ? "" : "; the feed's summary is stored instead"));
                if (later) {
                    counts.errors++;
                    errors.incrementAndGet();
                    return; // not remembered: tried again next round
                }
            } catch (URISyntaxException e) {
                say(entry.link() + ": not a valid URL: " + e.getMessage());
                if (article == null) {
                    counts.errors++;
                    errors.incrementAndGet();
                    return;
                }
            }
        }
        if (article == null) {
            if (entry.feedProblem() != null) {
                say(key + ": not read: " + entry.feedProblem());
                counts.errors++;
                errors.incrementAndGet();
                ledger.itemRead(new WatchLedger.ItemRead(key, source.id(), entry.fingerprint(), null, null), null);
            }
            return;
        }
        long ingestStart = System.nanoTime();
        // the item is marked read in the article's own transaction: stored if and only if marked, whatever stops us
        Ingested ingested = store.ingest(article, process, known == null ? null : known.articleId(),
                new WatchLedger.ItemRead(key, source.id(), entry.fingerprint(), etag, lastModified));
        long ingestTook = System.nanoTime() - ingestStart;
        counts.ingestNanos += ingestTook;
        ingestNanos.addAndGet(ingestTook);
        if (ingested.failed()) {
            say(key + ": extraction failed: " + ingested.failure());
            counts.errors++;
            errors.incrementAndGet();
            return;
        }
        if (ingested.stored()) {
            counts.stored++;
            stored.incrementAndGet();
            say(key + ": stored, " + ingested.saved().records() + " records ("
                    + ingested.saved().newEvents() + " new events, " + ingested.saved().merged() + " merged)");
        }
    }

    /** The article a fetched page holds (dated by the feed when the page gives no date), or the feed's own. */
    private Article pageArticle(Listing.Entry entry, Fetcher.Response page, RoundCounts counts) {
        for (ReadOutcome outcome : reader.read(entry.link(), page.body())) {
            if (outcome instanceof ReadOutcome.Read read) {
                Article a = read.article();
                Article feed = entry.fromFeed();
                return new Article(a.id(), a.origin(), a.title() != null ? a.title() : feed == null ? null : feed.title(),
                        a.body(), a.published() != null ? a.published() : feed == null ? null : feed.published(),
                        a.url() != null ? a.url() : page.uri().toString(), a.source() != null ? a.source()
                        : feed == null ? page.uri().getHost() : feed.source(), a.language(), a.section());
            }
            ReadOutcome.Rejected rejected = (ReadOutcome.Rejected) outcome;
            say(rejected.message() + (entry.fromFeed() != null ? "; the feed's summary is stored instead" : ""));
            store.logProblem(rejected.origin(), null, "REJECTED", rejected.reason());
            if (entry.fromFeed() == null) {
                counts.errors++;
                errors.incrementAndGet();
            }
            break;
        }
        return entry.fromFeed();
    }

    private void say(String line) {
        synchronized (log) {
            log.println("evident: watch: " + line);
        }
    }
}
