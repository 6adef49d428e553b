package org.evident.bench;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.evident.io.ScratchFolder;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Outcome;
import org.evident.store.Ingested;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.evident.testkit.EventRecords;

/**
 * The crash-loop benchmark: a child JVM ingests synthetic articles into a store (with stand-in extraction of a few
 * milliseconds, so the store's own writes dominate), reporting each article on stdout once its save has returned;
 * the parent kills the child with SIGKILL at a random moment, reopens the store as the CLI does, and checks it.
 * Repeated N times on one growing store, in the store's mode ("durable": H2 writes each commit before it returns)
 * and in the mode Evident used before ("delayed": H2's background writer, WRITE_DELAY=1). It reports, per mode: kills, kills
 * that hit an ingest under way, failures to open, acknowledged articles lost, articles or records stored twice,
 * and how far the committed text index lagged behind the database when the store was reopened.
 *
 * <pre>
 * mvn -B -q -pl evident-bench -am package -DskipTests
 * java -Xmx1g -cp 'evident-bench/target/evident-bench.jar:evident-bench/target/lib/*' org.evident.bench.CrashLoopBench \
 *     [--kills 100] [--modes durable,delayed] [--max-delay-ms 5000] [--seed 1] [--dir DIR]
 * </pre>
 * With {@code --commit-cost N} it instead saves N articles into a fresh store in each mode, twice, alternating,
 * and reports the rate and the file's size. Besides durable and delayed, commit cost knows two more modes:
 * "exclusive", the durable store opened without H2's mixed mode (AUTO_SERVER), as Evident did before the CLI
 * could share a store with evident serve, and "remote", the durable store reached over H2's TCP protocol on this
 * machine, as a CLI command reaches a store that another process serves.
 */
public final class CrashLoopBench {

    private static final String ACK = "ACK ";
    private static final String OPENED = "OPENED";

    private CrashLoopBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = StoreBench.options(args);
        if (options.containsKey("child")) {
            child(location(options.get("db"), options.containsKey("delayed")), Integer.parseInt(options.get("start")));
            return;
        }
        if (options.containsKey("commit-cost")) {
            try (ScratchFolder scratch = ScratchFolder.create("evident-commit-")) {
                commitCost(Integer.parseInt(options.get("commit-cost")),
                        options.getOrDefault("modes", "durable,delayed"), scratch.path());
            }
            return;
        }
        int kills = Integer.parseInt(options.getOrDefault("kills", "100"));
        int maxDelay = Integer.parseInt(options.getOrDefault("max-delay-ms", "5000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        if (options.containsKey("dir")) { // kept afterwards, to look into
            crashLoops(options, Path.of(options.get("dir")), kills, maxDelay, seed);
        } else {
            try (ScratchFolder scratch = ScratchFolder.create("evident-crash-")) {
                crashLoops(options, scratch.path(), kills, maxDelay, seed);
            }
        }
    }

    private static void crashLoops(Map<String, String> options, Path dir, int kills, int maxDelay, long seed)
            throws Exception {
        for (String mode : options.getOrDefault("modes", "durable,delayed").split(",")) {
            boolean delayed = switch (mode) {
                case "durable" -> false;
                case "delayed" -> true;
                default -> throw new IllegalArgumentException("unknown mode '" + mode + "': use durable or delayed");
            };
            System.out.println(new Loop(dir.resolve(mode), delayed, new Random(seed)).run(kills, maxDelay));
        }
    }

    /**
     * The store at {@code path} as Evident opens it, or, {@code delayed}, as it did before: H2 writing commits from
     * its background thread within a millisecond.
     */
    static StoreLocation location(String path, boolean delayed) {
        StoreLocation durable = StoreLocation.parse(path, null);
        return delayed ? new StoreLocation(durable.jdbcUrl().replace(";WRITE_DELAY=0", ";WRITE_DELAY=1"),
                durable.indexDir()) : durable;
    }

    // ---- what a save costs in each mode --------------------------------------------------------------------

    /** Saves {@code n} synthetic articles one after another into a fresh store in each mode: rate and file size. */
    private static void commitCost(int n, String modes, Path dir) throws Exception {
        List<String> order = List.of(modes.split(","));
        for (int round = 0; round < 2 * order.size(); round++) { // alternating, so that warming up favours neither
            String mode = order.get(round % order.size());
            String db = dir.resolve("round-" + round).resolve("evident").toString();
            StoreLocation durable = location(db, false);
            String exclusiveUrl = durable.jdbcUrl().replace(";AUTO_SERVER=TRUE", "");
            org.h2.tools.Server tcp = null;
            StoreLocation location = switch (mode) {
                case "durable" -> durable;
                case "delayed" -> location(db, true);
                case "exclusive" -> new StoreLocation(exclusiveUrl, durable.indexDir());
                case "remote" -> {
                    tcp = org.h2.tools.Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
                    yield new StoreLocation(exclusiveUrl.replace("jdbc:h2:file:", "jdbc:h2:tcp://localhost:"
                            + tcp.getPort() + "/"), durable.indexDir());
                }
                default -> throw new IllegalArgumentException("unknown mode '" + mode
                        + "': use durable, delayed, exclusive or remote");
            };
            long start = System.nanoTime();
            try (Store store = Store.open(location)) {
                for (int i = 0; i < n; i++) {
                    Article article = Article.of("cost-" + i, body(i), null);
                    store.save(article, records(article));
                    if ((i + 1) % 500 == 0) {
                        System.out.printf("  %d articles, %.0f s: file %.1f MB%n", i + 1,
                                (System.nanoTime() - start) / 1e9, Files.size(Path.of(db + ".mv.db")) / 1e6);
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (tcp != null) {
                tcp.stop();
            }
            System.out.printf("commit-cost round=%d mode=%s articles=%d %.1f articles/s %.1f ms/save file=%.1f MB%n",
                    round + 1, mode, n, n / seconds, 1000 * seconds / n,
                    Files.size(Path.of(db + ".mv.db")) / 1e6);
        }
    }

    // ---- the child: an ingest that runs until it is killed -----------------------------------------------

    /** The body of synthetic article {@code n}; its content hash is the article's id. */
    static String body(int n) {
        return "Crash loop report " + n + "\n\nSynthetic article number " + n + " about a protest in Avalon, "
                + "where " + (n % 97) + " people gathered outside the ministry of works.\n";
    }

    static int recordCount(String articleId) {
        return 1 + Math.floorMod(articleId.hashCode(), 3);
    }

    private static Outcome extract(Article article) {
        try {
            Thread.sleep(2); // a token of extraction time, so that the two lanes interleave with the store's writes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Outcome.extracted(article, records(article), 0);
    }

    private static List<EventRecord> records(Article article) {
        List<EventRecord> records = new ArrayList<>();
        for (int i = 0; i < recordCount(article.id()); i++) {
            records.add(EventRecords.of(String.format("evd-%s-%04d", article.id().substring(0, 8), i + 1), article.id())
                    .category(i % 2 == 0 ? "PROTEST" : "ASSAULT", i % 2 == 0 ? "demonstrate" : "firearms")
                    .date("2025-02-" + String.format("%02d", 1 + Math.floorMod(article.id().hashCode(), 28)))
                    .place("Town " + i, 10 + i * 0.01, 20 + i * 0.5, "AAA", "Avalon", 4)
                    .text("Synthetic sentence " + i + " of " + article.origin()).build());
        }
        return records;
    }

    /** Ingests articles start, start+1, … on two lanes; prints "ACK n" once article n's save has returned. */
    private static void child(StoreLocation location, int start) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        Store store = Store.open(location);
        out.println(OPENED);
        out.flush();
        AtomicInteger next = new AtomicInteger(start);
        ExecutorService lanes = Executors.newFixedThreadPool(2);
        for (int lane = 0; lane < 2; lane++) {
            lanes.submit(() -> {
                try {
                    ingestForever(store, next, out);
                } catch (RuntimeException e) {
                    e.printStackTrace();
                    System.exit(3);
                }
            });
        }
        lanes.awaitTermination(1, TimeUnit.DAYS);
    }

    private static void ingestForever(Store store, AtomicInteger next, PrintStream out) {
        while (true) {
            int n = next.getAndIncrement();
            Ingested done = store.ingest(Article.of("crash-" + n, body(n), null), CrashLoopBench::extract);
            if (done.failed()) {
                throw new IllegalStateException(done.failure());
            }
            synchronized (out) {
                out.println(ACK + n);
                out.flush();
            }
        }
    }

    // ---- the parent: kill, reopen, check ----------------------------------------------------------------

    private static final class Loop {
        private final Path dir;
        private final boolean delayed;
        private final Random random;
        private final Set<Integer> acknowledged = new HashSet<>();
        private int kills;
        private int midIngestKills;
        private int openFailures;
        private final Set<Integer> lost = new HashSet<>();
        private long duplicates;
        private long inconsistent;
        private long indexLagMax;
        private long indexLagTotal;
        private int indexLagKills;
        private final List<String> failures = new ArrayList<>();
        private int store;

        Loop(Path dir, boolean delayed, Random random) {
            this.dir = dir;
            this.delayed = delayed;
            this.random = random;
        }

        private String db() {
            return dir.resolve("store-" + store + "/evident").toString();
        }

        String run(int n, int maxDelay) throws Exception {
            Files.createDirectories(dir);
            long started = System.nanoTime();
            for (int k = 0; k < n; k++) {
                int start = acknowledged.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                start = Math.max(0, start - random.nextInt(20)); // some articles again: they must be skipped
                int failuresBefore = failures.size();
                killOnce(start, random.nextInt(maxDelay + 1));
                check();
                System.err.printf("%s kill %d: open-failures=%d lost=%d duplicates=%d inconsistent=%d acknowledged=%d"
                                + " index-lag-max=%d%s%n", delayed ? "delayed" : "durable", kills, openFailures, lost.size(),
                        duplicates, inconsistent, acknowledged.size(), indexLagMax,
                        failures.size() > failuresBefore ? " (" + failures.get(failures.size() - 1) + ")" : "");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return String.format("crash-loop mode=%s kills=%d mid-ingest=%d open-failures=%d lost-acknowledged=%d"
                            + " duplicates=%d inconsistent=%d acknowledged=%d index-lag-max=%d index-lag-mean=%.1f"
                            + " seconds=%.0f%s", delayed ? "delayed" : "durable", kills, midIngestKills, openFailures,
                    lost.size(), duplicates, inconsistent, acknowledged.size(), indexLagMax,
                    indexLagKills == 0 ? 0.0 : (double) indexLagTotal / indexLagKills, seconds,
                    failures.isEmpty() ? "" : "\n  " + String.join("\n  ", failures));
        }

        private void killOnce(int start, int delayMillis) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), CrashLoopBench.class.getName(), "--child", "--db", db(),
                    "--start", Integer.toString(start)));
            if (delayed) {
                command.add("--delayed");
            }
            Process child = new ProcessBuilder(command).redirectError(dir.resolve("child.err").toFile()).start();
            AtomicInteger acks = new AtomicInteger();
            CountDownLatch opened = new CountDownLatch(1);
            CountDownLatch firstAck = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.equals(OPENED)) {
                            opened.countDown();
                        } else if (line.startsWith(ACK)) {
                            boolean isNew;
                            synchronized (acknowledged) {
                                isNew = acknowledged.add(Integer.parseInt(line.substring(ACK.length())));
                            }
                            if (isNew) { // a new article stored, not one skipped as stored before
                                acks.incrementAndGet();
                                firstAck.countDown();
                            }
                        }
                    }
                } catch (IOException ignored) {
                    // the child was killed mid-line; what was read counts
                }
            });
            reader.start();
            if (random.nextInt(10) == 0) { // now and then while the store opens, migrates and catches up
                opened.await(delayMillis, TimeUnit.MILLISECONDS);
            } else { // mostly while it ingests: counted from the first new article it acknowledges
                firstAck.await(2, TimeUnit.MINUTES);
                Thread.sleep(delayMillis);
            }
            if (!child.isAlive()) {
                failures.add("kill " + kills + ": the child ended by itself: " + Files.readString(dir.resolve("child.err")));
            }
            child.destroyForcibly();
            child.waitFor();
            reader.join();
            kills++;
            if (acks.get() > 0) {
                midIngestKills++;
            }
        }

        private void check() {
            StoreLocation location = location(db(), delayed);
            Set<String> indexed = Store.committedIndexArticles(location);
            try (Store opened = Store.open(location)) {
                opened.stats();
            } catch (RuntimeException e) {
                openFailures++;
                failures.add("kill " + kills + ": the store did not open: " + e.getMessage());
                store++; // keep the broken store for inspection and go on with a new one
                acknowledged.clear();
                return;
            }
            try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement st = c.createStatement()) {
                Set<String> stored = new HashSet<>();
                long wrongRecords = 0;
                try (ResultSet rs = st.executeQuery("SELECT a.id, COUNT(r.id) FROM articles a"
                        + " LEFT JOIN records r ON r.article_id = a.id GROUP BY a.id")) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                        if (rs.getInt(2) != recordCount(rs.getString(1))) {
                            wrongRecords++;
                        }
                    }
                }
                List<Integer> lostNow = acknowledged.stream()
                        .filter(n -> !stored.contains(Article.contentHash(body(n)))).sorted().toList();
                if (!lostNow.isEmpty()) {
                    lost.addAll(lostNow);
                    acknowledged.removeAll(lostNow); // counted once; a later run may store them again
                    failures.add("kill " + kills + ": acknowledged articles lost: " + lostNow);
                }
                long logged = count(st, "SELECT COUNT(*) FROM ingest_log WHERE outcome = 'STORED'");
                long loggedDistinct = count(st, "SELECT COUNT(DISTINCT article_id) FROM ingest_log WHERE outcome = 'STORED'");
                duplicates += (logged - loggedDistinct) + wrongRecords;
                inconsistent += count(st, "SELECT COUNT(*) FROM records r LEFT JOIN events e ON e.id = r.event_id"
                        + " WHERE e.id IS NULL")
                        + count(st, "SELECT COUNT(*) FROM events e WHERE e.records <> (SELECT COUNT(*) FROM records r"
                        + " WHERE r.event_id = e.id)")
                        + Math.abs(loggedDistinct - stored.size());
                long lag = stored.stream().filter(id -> !indexed.contains(id)).count();
                indexLagMax = Math.max(indexLagMax, lag);
                indexLagTotal += lag;
                indexLagKills++;
            } catch (Exception e) {
                failures.add("kill " + kills + ": the check failed: " + e);
            }
            // the reopened store must have caught its index up with the database
            Set<String> after = Store.committedIndexArticles(location);
            try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement st = c.createStatement()) {
                long articles = count(st, "SELECT COUNT(*) FROM articles");
                if (after.size() != articles) {
                    failures.add("kill " + kills + ": after reopening, the index holds " + after.size() + " of "
                            + articles + " articles");
                }
            } catch (Exception e) {
                failures.add("kill " + kills + ": the check failed: " + e);
            }
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
