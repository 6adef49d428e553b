package org.evident.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.evident.io.ScratchFolder;
import org.evident.server.EvidentServer;
import org.evident.server.ServerConfig;
import org.evident.store.Store;
import org.evident.store.StoreLocation;

/**
 * Load on the HTTP API: a store of synthetic records (100,000 by default), the server on a loopback port, and N
 * clients that search events for a fixed time (mixed filters, text queries, sorts, deep pages). Prints the sustained
 * queries per second and latency percentiles, overall and per kind of search. Traffic goes to 127.0.0.1 only; the
 * run stops by itself.
 *
 * <pre>
 * mvn -B -q -pl evident-bench -am package -DskipTests
 * java -Xmx3g -cp 'evident-bench/target/evident-bench.jar:evident-bench/target/lib/*' org.evident.bench.ApiLoadBench \
 *     [--records 100000] [--clients 8] [--seconds 30] [--warmup 10] [--db DIR-or-JDBC-URL]
 * </pre>
 */
public final class ApiLoadBench {

    /** No run sends more than this many requests, whatever its duration. */
    private static final long MAX_REQUESTS = 5_000_000;

    private ApiLoadBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = StoreBench.options(args);
        int records = Integer.parseInt(options.getOrDefault("records", "100000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        int seconds = Math.min(600, Integer.parseInt(options.getOrDefault("seconds", "30")));
        int warmup = Math.min(120, Integer.parseInt(options.getOrDefault("warmup", "10")));
        // a --db store is kept for the next run (filling it takes minutes); the default one goes with its folder
        try (ScratchFolder scratch = ScratchFolder.create("evident-api-bench-")) {
            String db = options.getOrDefault("db", scratch.path().resolve("evident").toString());
            try (Store store = Store.open(StoreLocation.parse(db, null))) {
                fill(store, records, db);
                ServerConfig config = new ServerConfig("127.0.0.1", 0, "bench-token", false, 0,
                        ServerConfig.DEFAULT_MAX_BODY_BYTES);
                try (EvidentServer server = EvidentServer.start(config, store, (org.evident.pipeline.Pipeline) null)) {
                    String base = "http://127.0.0.1:" + server.port();
                    System.out.printf("== API load: %d clients, %d s warm-up, then %d s measured, against %s%n",
                            clients, warmup, seconds, base);
                    run(base, clients, warmup, false);
                    run(base, clients, seconds, true);
                }
            }
        }
    }

    private static void fill(Store store, int records, String db) {
        if (store.stats().records() >= records) {
            System.out.println("store " + db + " already holds " + store.stats());
            return;
        }
        long start = System.nanoTime();
        for (SyntheticCorpus.Item item : SyntheticCorpus.generate(records, 42)) {
            store.save(item.article(), item.records());
        }
        store.commitIndex();
        System.out.printf("loaded %s in %.1f s (%s)%n", store.stats(), (System.nanoTime() - start) / 1e9, db);
    }

    /** The kinds of search clients make, each a query string from a random source. */
    static Map<String, Function<Random, String>> kinds() {
        Map<String, Function<Random, String>> kinds = new LinkedHashMap<>();
        kinds.put("latest, no filter", r -> "");
        kinds.put("category", r -> "category=" + (r.nextBoolean() ? "PROTEST" : "ASSAULT"));
        kinds.put("text", r -> "q=" + enc("Town" + r.nextInt(300) + " killed"));
        kinds.put("near 50 km", r -> {
            int place = r.nextInt(300);
            return "near=" + (-40 + (place % 20) * 4.0) + "," + (-60 + (place / 20) * 8.0) + ",50";
        });
        kinds.put("country + 30 days", r -> {
            LocalDate from = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(700));
            return "country=CCC&from=" + from + "&to=" + from.plusDays(30);
        });
        kinds.put("min_dead + mode, -dead", r -> "category=ASSAULT&mode=explosives&min_dead=30&sort=-dead");
        kinds.put("status + source", r -> "status=UNVERIFIED&source=" + enc("gulf wire"));
        kinds.put("bbox + category", r -> {
            double lat = -40 + r.nextInt(80);
            double lon = -60 + r.nextInt(150);
            return "category=COERCE&bbox=" + lat + "," + lon + "," + (lat + 10) + "," + (lon + 20);
        });
        kinds.put("deep page, -reports", r -> "sort=-reports&offset=" + 50 * r.nextInt(40));
        return kinds;
    }

    private static void run(String base, int clients, int seconds, boolean report) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Function<Random, String>> kinds = kinds();
        List<String> names = new ArrayList<>(kinds.keySet());
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(1000 + c);
            Thread client = new Thread(() -> {
                Map<String, List<Long>> own = new LinkedHashMap<>();
                try {
                    while (System.nanoTime() < end && sent.incrementAndGet() <= MAX_REQUESTS) {
                        String kind = names.get(random.nextInt(names.size()));
                        String query = kinds.get(kind).apply(random);
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/events"
                                + (query.isEmpty() ? "" : "?" + query))).timeout(Duration.ofSeconds(30)).GET().build();
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                        }
                        own.computeIfAbsent(kind, k -> new ArrayList<>()).add(System.nanoTime() - t);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    own.forEach((k, v) -> latencies.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(
                            new ArrayList<>())).addAll(v));
                    done.countDown();
                }
            }, "api-bench-client-" + c);
            client.start();
        }
        done.await();
        if (!report) {
            return;
        }
        long[] all = latencies.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("sustained %.0f queries/s over %d s: %d queries, %d errors; latency p50 %.2f ms, p90 %.2f ms,"
                + " p99 %.2f ms, max %.2f ms%n", all.length / (double) seconds, seconds, all.length, errors.get(),
                percentile(all, 50), percentile(all, 90), percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        for (String kind : names) {
            long[] own = latencies.getOrDefault(kind, List.of()).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  %-24s %6d queries  p50 %7.2f ms  p99 %7.2f ms%n", kind, own.length,
                    percentile(own, 50), percentile(own, 99));
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
