package org.evident.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evident.io.ScratchFolder;
import org.evident.model.Article;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;
import org.evident.store.Query;
import org.evident.store.Store;
import org.evident.store.StoreLocation;

/**
 * The store benchmark. Part A: ingest throughput of extraction alone against extraction plus the store (the
 * ratio says what storing, resolving and indexing cost), on real news text. Part B: a store loaded with synthetic
 * records (100,000 by default), its load rate, then the latency (p50, p99) of the filters analysts use.
 *
 * <pre>
 * mvn -B -q -pl evident-bench -am package -DskipTests
 * java -Xmx3g -cp 'evident-bench/target/evident-bench.jar:evident-bench/target/lib/*' org.evident.bench.StoreBench \
 *     [--records 100000] [--queries 200] [--corpus ../shared/corpus/geoparsing/GeoVirus.xml] [--articles 60]
 *     [--threads 2] [--db DIR-or-JDBC-URL] [--durable] [--skip-extraction] [--skip-queries]
 * </pre>
 */
public final class StoreBench {

    private StoreBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        try (ScratchFolder scratch = ScratchFolder.create("evident-bench-")) {
            Path work = scratch.path();
            if (!options.containsKey("skip-extraction")) {
                Path corpus = Path.of(options.getOrDefault("corpus", "../shared/corpus/geoparsing/GeoVirus.xml"));
                extractionVersusStore(corpus, Integer.parseInt(options.getOrDefault("articles", "60")), threads,
                        options.containsKey("durable"), work);
            }
            if (options.containsKey("skip-queries")) {
                return;
            }
            String db = options.getOrDefault("db", work.resolve("synthetic/evident").toString());
            queries(db, Integer.parseInt(options.getOrDefault("records", "100000")),
                    Integer.parseInt(options.getOrDefault("queries", "200")));
        }
    }

    /** "--name value" pairs and bare "--flag"s (value "true"); shared by the benchmarks' mains. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }

    // ---- Part A -------------------------------------------------------------------------------------------

    private static void extractionVersusStore(Path corpus, int count, int threads, boolean durable, Path work)
            throws Exception {
        List<Article> articles = readCorpus(corpus, count);
        System.out.printf("== A. ingest throughput, %d articles of %s, %d threads, no geocoder%s%n", articles.size(),
                corpus.getFileName(), threads, durable ? ", durable H2 commits" : "");
        Pipeline pipeline = Pipelines.builder().geocoding(Pipelines.Geocoding.NONE).build().get();
        articles.subList(0, Math.min(5, articles.size())).forEach(pipeline::process); // JIT and lazy model parts
        int rounds = 3;
        double[] ratios = new double[rounds];
        AtomicLong extractNanos = new AtomicLong();
        AtomicLong saveNanos = new AtomicLong();
        for (int round = 0; round < rounds; round++) {
            double alone = run(articles, threads, () -> pipeline::process);
            Path dir = work.resolve("ingest-" + round);
            double stored;
            try (Store store = Store.open(StoreLocation.parse(dir.resolve("evident").toString(), null, durable))) {
                stored = run(articles, threads, () -> a -> {
                    long t0 = System.nanoTime();
                    Outcome o = pipeline.process(a);
                    long t1 = System.nanoTime();
                    store.save(a, o.records());
                    extractNanos.addAndGet(t1 - t0);
                    saveNanos.addAndGet(System.nanoTime() - t1);
                    return o;
                });
            }
            ratios[round] = stored / alone;
            System.out.printf("round %d: extraction alone %.2f articles/s; extraction + store %.2f articles/s;"
                    + " ratio %.3f%n", round + 1, alone, stored, ratios[round]);
        }
        Arrays.sort(ratios);
        System.out.printf("ingest ratio (store on / extraction alone), median of %d rounds: %.3f%n", rounds,
                ratios[rounds / 2]);
        System.out.printf("per article, within the store runs: extraction %.1f ms, store (save, resolve, index)"
                + " %.1f ms: the store takes %.1f%% of an article's time%n",
                extractNanos.get() / 1e6 / (rounds * articles.size()), saveNanos.get() / 1e6 / (rounds * articles.size()),
                100.0 * saveNanos.get() / (saveNanos.get() + extractNanos.get()));
    }

    /** Articles per second of {@code work} over all articles on {@code threads} threads. */
    private static double run(List<Article> articles, int threads,
                              Supplier<java.util.function.Function<Article, Outcome>> work) throws Exception {
        java.util.function.Function<Article, Outcome> f = work.get();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<Outcome>> tasks = new ArrayList<>();
            for (Article a : articles) {
                tasks.add(pool.submit(() -> f.apply(a)));
            }
            for (Future<Outcome> t : tasks) {
                t.get();
            }
        } finally {
            pool.shutdown();
        }
        return articles.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** GeoVirus XML (the text of each article element), or a folder of plain-text files. */
    private static List<Article> readCorpus(Path corpus, int count) throws IOException {
        List<Article> articles = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            try (var files = Files.list(corpus)) {
                for (Path p : files.sorted().limit(count).toList()) {
                    articles.add(Article.of(p.toString(), Files.readString(p), LocalDate.of(2020, 1, 1)));
                }
            }
            return articles;
        }
        Matcher m = Pattern.compile("<text>(.*?)</text>", Pattern.DOTALL).matcher(Files.readString(corpus));
        while (m.find() && articles.size() < count) {
            String text = m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'");
            articles.add(Article.of(corpus + "#" + articles.size(), text, LocalDate.of(2020, 1, 1)));
        }
        return articles;
    }

    // ---- Part B -------------------------------------------------------------------------------------------

    private static void queries(String db, int records, int perKind) {
        List<SyntheticCorpus.Item> items = SyntheticCorpus.generate(records, 42);
        System.out.printf("== B. store of %d synthetic records in %d articles (%s)%n", records, items.size(), db);
        try (Store store = Store.open(StoreLocation.parse(db, null))) {
            if (store.stats().records() >= records) {
                System.out.println("the store already holds them (a --db of an earlier run): " + store.stats());
            } else {
                long start = System.nanoTime();
                for (SyntheticCorpus.Item item : items) {
                    store.save(item.article(), item.records());
                }
                store.commitIndex();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("load: %.1f s, %.0f articles/s, %.0f records/s; %s%n", seconds,
                        items.size() / seconds, records / seconds, store.stats());
            }
            Random random = new Random(7);
            Map<String, Supplier<Query>> kinds = kinds(random);
            List<Long> all = new ArrayList<>();
            for (Map.Entry<String, Supplier<Query>> kind : kinds.entrySet()) {
                for (int i = 0; i < 10; i++) {
                    store.events(kind.getValue().get()); // warm-up
                }
                long[] nanos = new long[perKind];
                int found = 0;
                for (int i = 0; i < perKind; i++) {
                    Query q = kind.getValue().get();
                    long t = System.nanoTime();
                    found += store.events(q).size();
                    nanos[i] = System.nanoTime() - t;
                    all.add(nanos[i]);
                }
                Arrays.sort(nanos);
                System.out.printf("query %-22s p50 %7.2f ms  p99 %7.2f ms  (%.1f events per query)%n", kind.getKey(),
                        percentile(nanos, 50), percentile(nanos, 99), found / (double) perKind);
            }
            long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("query all kinds           p50 %7.2f ms  p99 %7.2f ms  (%d queries, limit 50 events)%n",
                    percentile(every, 50), percentile(every, 99), every.length);
        }
    }

    private static Map<String, Supplier<Query>> kinds(Random random) {
        Map<String, Supplier<Query>> kinds = new LinkedHashMap<>();
        kinds.put("category", () -> Query.all(50).withCategory(random.nextBoolean() ? "PROTEST" : "ASSAULT"));
        kinds.put("text", () -> Query.all(50).withText("Town" + random.nextInt(300) + " killed"));
        kinds.put("near 50 km", () -> {
            int place = random.nextInt(300);
            return Query.all(50).withNear(-40 + (place % 20) * 4.0, -60 + (place / 20) * 8.0, 50);
        });
        kinds.put("country + 30 days", () -> {
            LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
            return new Query(null, null, null, null, from, from.plusDays(30), "CCC", null, null, null, null, null, 50);
        });
        kinds.put("min dead 30 + mode", () -> new Query(null, "ASSAULT", "explosives", null, null, null, null, null,
                null, 30, null, null, 50));
        kinds.put("status + source", () -> new Query(null, null, null, "UNVERIFIED", null, null, null, null, null,
                null, "gulf wire", null, 50));
        kinds.put("bbox + category", () -> {
            double lat = -40 + random.nextInt(80);
            double lon = -60 + random.nextInt(150);
            return new Query(null, "COERCE", null, null, null, null, null, new double[] {lat, lon, lat + 10, lon + 20},
                    null, null, null, null, 50);
        });
        return kinds;
    }

    private static double percentile(long[] sorted, int p) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
