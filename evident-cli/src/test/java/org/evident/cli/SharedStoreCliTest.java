package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evident.model.Article;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every store command works while evident serve holds the store: serve runs in a child JVM (read-only, so no
 * language models), and query, stats, export and ingest run here against the same embedded H2 store, reaching its
 * database through the server process (H2's mixed mode). An article that the CLI ingests is then found by the
 * server's API, by its id and by full-text search (the server holds the text index and indexes what the CLI
 * queued), and by the CLI's own full-text query right after the ingest returns.
 */
class SharedStoreCliTest {

    private static final Pattern LISTENING = Pattern.compile("Evident serves .* at http://[^/]+:(\\d+)/");

    @TempDir
    Path dir;

    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
            server.waitFor();
        }
    }

    @Test
    void queryStatsExportAndIngestWorkAgainstTheStoreThatServeHolds() throws Exception {
        String db = dir.resolve("data/evident").toString();
        Path before = write("before", "Report one\n\nA protest in Avalon drew a crowd on Monday.\n",
                "Report two\n\nA second protest in Avalon ended peacefully on Tuesday.\n");
        FakeExtraction fake = new FakeExtraction(0);
        assertThat(cli(fake, "", "ingest", before.toString(), "--db", db).exit()).isZero();
        int recordsBefore = Files.list(before).mapToInt(f -> FakeExtraction.syntheticCount(article(f))).sum();

        int port = startServer(db);

        Cli.Run stats = cli(null, "", "stats", "--json", "--db", db);
        assertThat(stats.exit()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("\"articles\":2");

        Cli.Run events = cli(null, "", "query", "--format", "jsonl", "--db", db);
        assertThat(events.exit()).as(events.err()).isZero();
        assertThat(events.out().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"event_id\""));

        Cli.Run export = cli(null, "", "export", "--format", "jsonl", "--db", db);
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out().lines()).hasSize(recordsBefore);

        Cli.Run notYet = cli(null, "", "query", "quarrymen", "--format", "jsonl", "--db", db);
        assertThat(notYet.exit()).as(notYet.err()).isZero();
        assertThat(notYet.out()).isEmpty();

        Path later = write("later", "Report three\n\nA quarrymen's march crossed Avalon on Wednesday.\n");
        Article ingested = article(Files.list(later).findFirst().orElseThrow());
        Cli.Run ingest = cli(fake, "", "ingest", later.toString(), "--db", db);
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.err()).contains("1 articles stored");

        // the CLI's own full-text search finds it at once: closing the ingest waited for the server to index it
        Cli.Run found = cli(null, "", "query", "quarrymen", "--format", "jsonl", "--db", db);
        assertThat(found.exit()).as(found.err()).isZero();
        assertThat(found.out().lines()).isNotEmpty();
        assertThat(cli(null, "", "stats", "--json", "--db", db).out()).contains("\"articles\":3");

        // and so does the server, by id and by text
        assertThat(get(port, "/api/articles/" + ingested.id()).statusCode()).isEqualTo(200);
        HttpResponse<String> search = get(port, "/api/events?q=quarrymen");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains(ingested.id());
        assertThat(get(port, "/api/stats").body()).contains("\"articles\":3");

        server.destroy(); // SIGTERM: the server closes its store
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        StoreLocation location = StoreLocation.parse(db, null);
        try (Store reopened = Store.open(location)) {
            assertThat(reopened.holdsIndex()).isTrue();
            assertThat(reopened.stats().articles()).isEqualTo(3);
        }
        assertThat(Store.committedIndexArticles(location)).hasSize(3).contains(ingested.id());
    }

    /** Runs the command line here, with fake extraction behind ingest and no language models at all. */
    private static Cli.Run cli(FakeExtraction extraction, String stdin, String... args) {
        return Cli.run(() -> {
            throw new IllegalStateException("no language models in this test");
        }, extraction, stdin, args);
    }

    /** A folder of one text file per body. */
    private Path write(String name, String... bodies) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < bodies.length; i++) {
            Files.writeString(folder.resolve(name + "-" + i + ".txt"), bodies[i], StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static Article article(Path file) {
        try {
            return Article.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8), null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts evident serve --no-pipeline on the store in a child JVM; the port it listens on. */
    private int startServer(String db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                FakeExtractionMain.class.getName(), "0", "serve", "--no-pipeline", "--port", "0", "--db", db))
                .redirectError(dir.resolve("server.err").toFile());
        builder.environment().put("EVIDENT_TOKEN", "a-test-token-of-enough-length");
        server = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        return Integer.parseInt(m.group(1));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("the server ended without listening");
        });
        try {
            return port.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("evident serve did not start: " + Files.readString(dir.resolve("server.err")), e);
        }
    }

    private static HttpResponse<String> get(int port, String pathAndQuery) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
