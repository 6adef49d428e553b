package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evident.model.Article;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * An ingest killed with SIGKILL in the middle of a batch keeps every article it had reported done, whole, and
 * a rerun stores the rest: every article exactly once, no record without its article, no event without records.
 * The text index commits while the ingest runs, and reopening the store brings it to exactly the stored articles.
 * The store must open after the kill: a file H2 reports corrupted fails the test. The ingest runs in a child JVM with fake extraction (a few milliseconds per article), so the test takes seconds.
 */
class IngestCrashTest {

    private static final int ARTICLES = 600;

    @TempDir
    Path dir;

    @Test
    void killedIngestLosesNothingCommittedAndRerunStoresEveryArticleExactlyOnce() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Map<String, Integer> expectedRecords = new HashMap<>();
        for (int i = 1; i <= ARTICLES; i++) {
            String body = "Report " + i + "\n\nSynthetic article number " + i + " about a day in Avalon.\n";
            Path file = inputs.resolve(String.format("article-%04d.txt", i));
            Files.writeString(file, body, StandardCharsets.UTF_8);
            expectedRecords.put(Article.contentHash(body), FakeExtraction.syntheticCount(Article.of(file.toString(), body, null)));
        }
        String db = dir.resolve("data/evident").toString();
        StoreLocation location = StoreLocation.parse(db, null);

        Process first = child(20, inputs, db);
        waitForProgressAndIndexCommit(first, location);
        first.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally block runs
        assertThat(first.waitFor()).as("the ingest was still running when killed").isEqualTo(137);
        int reportedDone = lastReportedCount();

        Map<String, Integer> afterCrash = recordsPerArticle(db);
        assertThat(afterCrash.size()).isBetween(1, ARTICLES - 1);
        // the index is written after the database's commit, so it can only be behind it
        assertThat(afterCrash.keySet()).containsAll(Store.committedIndexArticles(location));
        // each input is one article, counted only after its commit returned, which H2 writes before returning
        assertThat(afterCrash.size()).as("articles kept of %d reported done", reportedDone)
                .isGreaterThanOrEqualTo(reportedDone);
        afterCrash.forEach((id, n) -> assertThat(n).as("records of %s after the crash", id).isEqualTo(expectedRecords.get(id)));
        assertConsistent(db, afterCrash.size());
        Store.open(location).close(); // opening catches the index up with the database, article by article
        assertThat(Store.committedIndexArticles(location)).isEqualTo(afterCrash.keySet());

        Process rerun = child(0, inputs, db);
        assertThat(rerun.waitFor()).isZero();
        String log = Files.readString(dir.resolve("child.err"));
        assertThat(log).contains((ARTICLES - afterCrash.size()) + " articles stored")
                .contains(afterCrash.size() + " already stored");

        assertThat(recordsPerArticle(db)).isEqualTo(expectedRecords);
        assertConsistent(db, ARTICLES);
        assertThat(Store.committedIndexArticles(location)).isEqualTo(expectedRecords.keySet());
    }

    private Process child(long millisPerArticle, Path inputs, String db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                FakeExtractionMain.class.getName(), Long.toString(millisPerArticle), "ingest", inputs.toString(),
                "--db", db, "--threads", "2"));
        File err = dir.resolve("child.err").toFile();
        return new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err).start();
    }

    /**
     * Waits for the first periodic progress line and for a commit of the text index with some articles: by then
     * some articles are committed and more are to come, and the index commits while the ingest runs (not only
     * when the store closes, which a killed process never does).
     */
    private void waitForProgressAndIndexCommit(Process process, StoreLocation location) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        Path err = dir.resolve("child.err");
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            if (Files.exists(err) && Files.readString(err).contains("ingest: ")
                    && !Store.committedIndexArticles(location).isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the ingest printed no progress line or committed no index in time"
                + (process.isAlive() ? "" : " (it ended by itself)") + ": " + Files.readString(err));
    }

    /** The count of inputs done in the last progress line the killed ingest printed ("ingest: 120/600 inputs"). */
    private int lastReportedCount() throws Exception {
        Matcher m = Pattern.compile("ingest: (\\d+)/").matcher(Files.readString(dir.resolve("child.err")));
        int last = 0;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }

    private static Map<String, Integer> recordsPerArticle(String db) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(StoreLocation.parse(db, null).jdbcUrl());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.id, COUNT(r.id) FROM articles a LEFT JOIN records r"
                     + " ON r.article_id = a.id GROUP BY a.id")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    /** Each stored article logged once, every record with its article and event, every event with records. */
    private static void assertConsistent(String db, int articles) throws Exception {
        try (Connection c = DriverManager.getConnection(StoreLocation.parse(db, null).jdbcUrl());
             Statement st = c.createStatement()) {
            assertThat(count(st, "SELECT COUNT(*) FROM ingest_log WHERE outcome = 'STORED'")).isEqualTo(articles);
            assertThat(count(st, "SELECT COUNT(DISTINCT article_id) FROM ingest_log WHERE outcome = 'STORED'"))
                    .isEqualTo(articles);
            assertThat(count(st, "SELECT COUNT(*) FROM records r LEFT JOIN articles a ON a.id = r.article_id"
                    + " WHERE a.id IS NULL")).isZero();
            assertThat(count(st, "SELECT COUNT(*) FROM records r LEFT JOIN events e ON e.id = r.event_id"
                    + " WHERE e.id IS NULL")).isZero();
            assertThat(count(st, "SELECT COUNT(*) FROM events e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM records r WHERE r.event_id = e.id)")).isZero();
            assertThat(count(st, "SELECT COUNT(*) FROM events e WHERE e.records <> (SELECT COUNT(*) FROM records r"
                    + " WHERE r.event_id = e.id)")).isZero();
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
