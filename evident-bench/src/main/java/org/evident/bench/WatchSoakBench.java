package org.evident.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.evident.io.ScratchFolder;
import org.evident.model.Article;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipelines;
import org.evident.read.ReadOptions;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.evident.watch.AlertDelivery;
import org.evident.watch.FetchSettings;
import org.evident.watch.Fetcher;
import org.evident.watch.SourceSpec;
import org.evident.watch.Watcher;

/**
 * A bounded soak of {@code evident watch} on loopback: a site on 127.0.0.1 serves many RSS feeds whose items are
 * summaries, so each new item's page is fetched and read as a real watch would; every round each feed gains one new
 * item and drops its oldest. The watch runs round after round into a file store, and each round reports the
 * articles stored, the time the watch spent on its own work (fetching and reading feeds and pages, its ledger)
 * against the time of extraction, and the heap live after a collection, which must stay flat. A last round with
 * nothing changed must store nothing; the store must hold each page once. Beside the wall-clock figures, which move
 * with the load of a shared machine, each round tells the process's CPU time while extracting (extraction runs on
 * threads of its own, and the collector and JIT work for it meanwhile) and otherwise (the watch, its HTTP client,
 * storing, and the site on loopback), which moves much less; the last line sums every round.
 *
 * <p>With {@code --extraction pipeline} articles go through the real pipeline (for the fetch overhead against
 * extraction); with {@code none} they are stored without records, which leaves the watch's and the store's memory
 * alone in the heap (run it with a small -Xmx).
 *
 * <pre>
 * mvn -B -q -pl evident-bench -am package -DskipTests
 * java -Xmx128m -cp 'evident-bench/target/evident-bench.jar:evident-bench/target/lib/*' org.evident.bench.WatchSoakBench \
 *     --extraction none --sources 100 --items 5 --rounds 20
 * java -Xmx3g -cp 'evident-bench/target/evident-bench.jar:evident-bench/target/lib/*' org.evident.bench.WatchSoakBench \
 *     --extraction pipeline --sources 10 --items 3 --rounds 3 [--corpus ../shared/corpus/giveme5w1h/news_cluster/data]
 * </pre>
 */
public final class WatchSoakBench {

    /** A feed item carries only this much of its article, so the watch fetches the page. */
    private static final int SUMMARY_CHARS = 200;

    private WatchSoakBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = StoreBench.options(args);
        int sources = Integer.parseInt(options.getOrDefault("sources", "100"));
        int items = Integer.parseInt(options.getOrDefault("items", "5"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "20"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "1"));
        boolean extract = switch (options.getOrDefault("extraction", "none")) {
            case "pipeline" -> true;
            case "none" -> false;
            default -> throw new IllegalArgumentException("--extraction is pipeline or none");
        };
        String corpus = options.getOrDefault("corpus", "../shared/corpus/giveme5w1h/news_cluster/data");
        List<Article> texts = Throughput.read(corpus, 0, System.in, message -> {}).articles();
        if (texts.isEmpty()) {
            System.err.println("watch-soak: " + corpus + ": no article could be read");
            System.exit(2);
        }
        PrintStream out = System.out;
        Spent extraction = new Spent();
        Function<Article, Outcome> process = extract
                ? timed(Pipelines.builder().geocoding(Pipelines.Geocoding.BUNDLED).build().get()::process, extraction)
                : timed(article -> Outcome.extracted(article, List.of(), 0), extraction);

        // the JDK's server otherwise leaves Nagle on, and each small answer waits for the client's delayed ACK
        // (about 40 ms on Linux): the site's cost, not the watch's
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (ScratchFolder scratch = ScratchFolder.create("evident-watch-soak-");
             Site site = new Site(sources, items, texts);
             Store store = Store.open(StoreLocation.parse(scratch.path().resolve("db").toString(),
                     scratch.path().resolve("index")))) {
            FetchSettings fetching = new FetchSettings("evident-soak/1", Duration.ofSeconds(30), Duration.ZERO,
                    threads, 5, 0, Duration.ofSeconds(1), 32L << 20);
            List<SourceSpec> specs = SourceSpec.parse(site.feedUrls());
            // the watch's per-article lines would drown the per-round figures
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            Watcher watcher = new Watcher(store, new Fetcher(fetching), Pipelines.reader(ReadOptions.defaults()),
                    process, new AlertDelivery(store.alerts(), fetching.userAgent(), fetching.timeout(),
                    fetching.backoff(), 1, quiet), specs,
                    new Watcher.Settings(Duration.ofMinutes(5), threads, 1000, 100), quiet);
            out.printf("watch-soak: %d sources x %d items, one new item per source a round, %d rounds and one with nothing new, %d thread(s),"
                    + " extraction %s, max heap %d MB%n", sources, items, rounds, threads, extract ? "pipeline" : "none",
                    Runtime.getRuntime().maxMemory() >> 20);
            Watcher.Totals before = new Watcher.Totals(0, 0, 0, 0, 0, 0);
            Figures sum = new Figures(0, 0, 0, 0, 0, 0);
            for (int round = 1; round <= rounds + 1; round++) {
                // round 1 reads every feed's first items; each later one a new item a feed, and the last one
                // (rounds + 1) sees the feeds unchanged, so it may store nothing
                if (round > 1 && round <= rounds) {
                    site.advance();
                }
                long start = System.nanoTime();
                long cpuStart = processCpuNanos();
                Watcher.Totals after = watcher.runOnce();
                Figures figures = new Figures(after.articlesStored() - before.articlesStored(),
                        (System.nanoTime() - start) / 1e9, after.ingestSeconds() - before.ingestSeconds(),
                        extraction.wallNanos.getAndSet(0) / 1e9, (processCpuNanos() - cpuStart) / 1e9,
                        extraction.cpuNanos.getAndSet(0) / 1e9);
                report(out, String.format("round %3d: items %5d, errors %d, ", round,
                        after.itemsSeen() - before.itemsSeen(), after.errors() - before.errors()), figures, extract,
                        liveHeapMb());
                sum = sum.plus(figures);
                before = after;
            }
            report(out, "watch-soak: all rounds: ", sum, extract, liveHeapMb());
            long held = store.stats().articles();
            out.printf("watch-soak: pages listed %d, articles stored %d, duplicates %d, errors %d%n",
                    site.pagesListed(), held, Math.max(0, before.articlesStored() - held), before.errors());
        }
    }

    /** Time spent in extraction: on the clock, and the process's CPU time meanwhile. */
    private static final class Spent {
        final AtomicLong wallNanos = new AtomicLong();
        final AtomicLong cpuNanos = new AtomicLong();
    }

    private static Function<Article, Outcome> timed(Function<Article, Outcome> process, Spent spent) {
        return article -> {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            try {
                return process.apply(article);
            } finally {
                spent.wallNanos.addAndGet(System.nanoTime() - start);
                spent.cpuNanos.addAndGet(processCpuNanos() - cpuStart);
            }
        };
    }

    /** The CPU time of the whole process so far, all its threads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * What one round (or all of them) took, in seconds: on the clock, the whole round, extracting and storing (as
     * the watch tells it) and extraction alone; the process's CPU time over the round and while extracting.
     */
    private record Figures(int stored, double wall, double ingest, double extraction, double cpu,
                           double extractionCpu) {
        Figures plus(Figures o) {
            return new Figures(stored + o.stored, wall + o.wall, ingest + o.ingest, extraction + o.extraction,
                    cpu + o.cpu, extractionCpu + o.extractionCpu);
        }
    }

    /**
     * One line: what was stored, where the time went, and the heap live after a full collection. With extraction
     * left out, its times are those of storing an article without records and are not told.
     */
    private static void report(PrintStream out, String head, Figures f, boolean extracted, double liveMb) {
        double extract = extracted ? f.extraction() : 0;
        double watchOwn = Math.max(0, f.wall() - f.ingest());
        double extractCpu = extracted ? f.extractionCpu() : 0;
        double otherCpu = Math.max(0, f.cpu() - extractCpu);
        out.printf("%sstored %4d, wall %7.2f s, extraction %7.2f s, storing %6.2f s, watch's own work %6.2f s (%s%s);"
                        + " process CPU while extracting %7.2f s, otherwise %6.2f s (%s%s); heap live %5.1f MB%n",
                head, f.stored(), f.wall(), extract, Math.max(0, f.ingest() - extract), watchOwn,
                perArticle(watchOwn, f.stored()),
                extract > 0 ? String.format("; %.1f%% of extraction", 100 * watchOwn / extract) : "",
                extractCpu, otherCpu, perArticle(otherCpu, f.stored()),
                extractCpu > 0 ? String.format("; %.1f%% of extraction's", 100 * otherCpu / extractCpu) : "", liveMb);
    }

    private static String perArticle(double seconds, int stored) {
        return stored > 0 ? String.format("%.1f ms an article stored", 1000 * seconds / stored) : "nothing stored";
    }

    private static double liveHeapMb() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /**
     * RSS feeds on 127.0.0.1: feed {@code s} lists its {@code items} newest pages, each a summary linking to an HTML
     * page. A feed's ETag changes only when its list does; pages never change. Page texts come from the corpus, each
     * opened by a line naming its feed and number so that no two pages hold the same text.
     */
    private static final class Site implements AutoCloseable {
        private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

        private final HttpServer server;
        private final int sources;
        private final int items;
        private final List<Article> texts;
        private volatile int newest; // the number of the newest item of every feed

        Site(int sources, int items, List<Article> texts) throws IOException {
            this.sources = sources;
            this.items = items;
            this.texts = texts;
            this.newest = items - 1;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
            server.setExecutor(Executors.newFixedThreadPool(4, task -> {
                Thread thread = new Thread(task, "watch-soak-site");
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/", this::answer);
            server.start();
        }

        List<String> feedUrls() {
            List<String> urls = new ArrayList<>();
            for (int s = 0; s < sources; s++) {
                urls.add(base() + "/feed/" + s + ".xml");
            }
            return urls;
        }

        void advance() {
            newest++;
        }

        /** Distinct pages the feeds have listed so far. */
        long pagesListed() {
            return (long) sources * (newest + 1);
        }

        private String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void answer(HttpExchange exchange) throws IOException {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            try {
                if (parts.length == 3 && parts[1].equals("feed")) {
                    int source = Integer.parseInt(parts[2].replace(".xml", ""));
                    String etag = "\"" + source + "-" + newest + "\"";
                    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        send(exchange, 304, null, null, etag);
                    } else {
                        send(exchange, 200, "application/rss+xml; charset=utf-8", feed(source), etag);
                    }
                } else if (parts.length == 4 && parts[1].equals("page")) {
                    send(exchange, 200, "text/html; charset=utf-8",
                            page(Integer.parseInt(parts[2]), Integer.parseInt(parts[3].replace(".html", ""))), null);
                } else {
                    send(exchange, 404, "text/plain", "not here", null);
                }
            } catch (NumberFormatException e) {
                send(exchange, 404, "text/plain", "not here", null);
            }
        }

        private String feed(int source) {
            StringBuilder feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                    + "<channel><title>Feed " + source + "</title><link>" + base() + "/</link>"
                    + "<description>loopback news</description>\n");
            for (int n = newest; n > newest - items && n >= 0; n--) {
                Article article = text(source, n);
                String body = article.body();
                feed.append("<item><title>").append(escape(title(article))).append("</title><link>")
                        .append(base()).append("/page/").append(source).append('/').append(n).append(".html</link>")
                        .append("<guid>").append(base()).append("/page/").append(source).append('/').append(n)
                        .append(".html</guid><pubDate>").append(RFC_1123.format(published(article).atStartOfDay()
                                .atOffset(ZoneOffset.UTC))).append("</pubDate><description>")
                        .append(escape(body.substring(0, Math.min(SUMMARY_CHARS, body.length()))))
                        .append("</description></item>\n");
            }
            return feed.append("</channel></rss>\n").toString();
        }

        private String page(int source, int n) {
            Article article = text(source, n);
            StringBuilder page = new StringBuilder("<!doctype html><html><head><title>")
                    .append(escape(title(article))).append("</title><meta property=\"article:published_time\" content=\"")
                    .append(published(article)).append("\"></head><body><article><h1>").append(escape(title(article)))
                    .append("</h1><p>Dispatch ").append(n).append(" of feed ").append(source).append(".</p>");
            for (String paragraph : article.body().split("\n+")) {
                if (!paragraph.isBlank()) {
                    page.append("<p>").append(escape(paragraph.strip())).append("</p>");
                }
            }
            return page.append("</article></body></html>\n").toString();
        }

        private Article text(int source, int n) {
            return texts.get(Math.floorMod(source * 7919 + n * 104729, texts.size()));
        }

        private static String title(Article article) {
            return article.title() != null ? article.title() : "News";
        }

        private static LocalDate published(Article article) {
            return article.published() != null ? article.published() : LocalDate.of(2024, 1, 1);
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }

        private static void send(HttpExchange exchange, int status, String type, String body, String etag)
                throws IOException {
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (type != null) {
                exchange.getResponseHeaders().set("Content-Type", type);
            }
            if (etag != null) {
                exchange.getResponseHeaders().set("ETag", etag);
            }
            exchange.sendResponseHeaders(status, status == 304 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
