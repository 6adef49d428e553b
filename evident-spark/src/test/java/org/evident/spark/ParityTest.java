package org.evident.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.evident.cli.Environment;
import org.evident.cli.Main;
import org.evident.exchange.ArticleEventsReader;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.pipeline.Pipelines;
import org.evident.server.EvidentServer;
import org.evident.server.ServerConfig;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.evident.store.StoredArticle;
import org.evident.testkit.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three ways into Evident give the same records, field by field, for the same article: {@code evident extract}
 * (run in-process as the command line runs it), {@code POST /api/articles} on a running server, and the Spark job in
 * local mode. The articles are the seed and a few of the development set; {@code -Devident.parity=all} takes all 28
 * dev articles (minutes of CoreNLP; dev/parity runs it). All three build their pipeline with {@link Pipelines}, and
 * CoreNLP loads once for the JVM. Geocoding is the bundled gazetteer's everywhere, as on a cluster: a user gazetteer
 * is the one documented difference between the job and the single machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParityTest {

    /** Dev articles of the default run: a TR-News wire story and two news-cluster articles of different outlets. */
    private static final List<String> FEW = List.of("1020006", "nc-1f500d3016", "nc-bad7d665ca");
    private static final String TOKEN = "parity-test-token-0123456789";

    private Path input;
    private final Map<String, List<EventRecord>> cli = new TreeMap<>();
    private final Map<String, List<EventRecord>> server = new TreeMap<>();
    private final Map<String, List<EventRecord>> spark = new TreeMap<>();
    private SparkSession session;

    @BeforeAll
    void runAllThree(@TempDir Path dir) throws Exception {
        Path shared = SharedData.require();
        input = Files.createDirectories(dir.resolve("in"));
        writeInputs(shared, input);
        Pipelines pipelines = Pipelines.builder().geocoding(Pipelines.Geocoding.BUNDLED).build();

        for (Path file : inputs()) {
            viaCommandLine(pipelines, file);
        }
        try (Store store = Store.open(StoreLocation.parse(dir.resolve("evident").toString(), null));
             EvidentServer running = EvidentServer.start(ServerConfig.local(0, TOKEN).withRateLimit(0)
                     .withMaxBodyBytes(10_000_000), store, pipelines::get)) {
            for (Path file : inputs()) {
                viaServer(running, store, file);
            }
        }
        session = SparkMain.session("evident parity", "local[2]");
        Path output = dir.resolve("out");
        ExtractJob.run(session, new ExtractJob.Options(input.toUri().toString(), output.toUri().toString(), 0, false,
                "none"));
        new ArticleEventsReader(problem -> { throw new AssertionError(problem); })
                .read(output.resolve("articles"), item -> spark.put(item.article().id(), item.events()));
    }

    @AfterAll
    void stop() {
        if (session != null) {
            session.stop();
        }
    }

    @Test
    void theCommandLineTheServerAndSparkGiveTheSameRecordsFieldByField() {
        assertThat(cli).as("articles read by evident extract").hasSize(inputs().size());
        assertThat(server.keySet()).as("articles stored by POST /api/articles").isEqualTo(cli.keySet());
        assertThat(spark.keySet()).as("articles written by the Spark job").isEqualTo(cli.keySet());
        List<String> differences = new ArrayList<>();
        for (String id : cli.keySet()) {
            differences.addAll(differences(id, "server", cli.get(id), server.get(id)));
            differences.addAll(differences(id, "spark", cli.get(id), spark.get(id)));
        }
        assertThat(differences).as("fields that differ from evident extract's").isEmpty();
        assertThat(cli.values().stream().mapToInt(List::size).sum()).as("records in all").isPositive();
        System.out.printf("parity: %d articles, %d records, identical from evident extract, POST /api/articles"
                + " and the Spark job%n", cli.size(), cli.values().stream().mapToInt(List::size).sum());
    }

    /** The seed as a JSON article with its publication day, and the chosen dev articles as they are. */
    private static void writeInputs(Path shared, Path input) throws IOException {
        ObjectNode seed = Json.mapper().createObjectNode();
        seed.put("text", Files.readString(shared.resolve("corpus/seed/article.txt")));
        seed.put("published", "2017-01-06");
        Files.writeString(input.resolve("seed.json"), seed.toString());
        boolean all = "all".equals(System.getProperty("evident.parity"));
        try (Stream<Path> gold = Files.list(shared.resolve("gold/dev"))) {
            for (Path file : gold.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".gold.json", "");
                if (all || FEW.contains(name)) {
                    Path article = shared.resolve(Json.mapper().readTree(file.toFile()).get("article").asText());
                    Files.copy(article, input.resolve(name + ".json"));
                }
            }
        }
    }

    private List<Path> inputs() {
        try (Stream<Path> files = Files.list(input)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void viaCommandLine(Pipelines pipelines, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment env = new Environment(pipelines, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = Main.commandLine(env).execute("extract", "--format", "json", file.toString());
        assertThat(exit).as("evident extract %s: %s", file.getFileName(), err).isZero();
        JsonNode result = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        List<EventRecord> records = new ArrayList<>();
        for (JsonNode record : result.get("events")) {
            records.add(Json.mapper().treeToValue(record, EventRecord.class));
        }
        cli.put(result.get("article").get("id").asText(), records);
    }

    private void viaServer(EvidentServer running, Store store, Path file) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.port() + "/api/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("POST %s: %s", file.getFileName(), response.body()).isEqualTo(201);
        String id = Json.mapper().readTree(response.body()).get("article_id").asText();
        server.put(id, store.article(id).map(StoredArticle::records).orElseThrow());
    }

    /** Each field of each record that differs, by its JSON path; a record count that differs, once. */
    private static List<String> differences(String article, String path, List<EventRecord> expected,
                                            List<EventRecord> actual) {
        List<String> found = new ArrayList<>();
        if (expected.size() != actual.size()) {
            found.add(article + " " + path + ": " + actual.size() + " records, evident extract " + expected.size());
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            compare(article + " " + path + " record " + i, Json.mapper().valueToTree(expected.get(i)),
                    Json.mapper().valueToTree(actual.get(i)), found);
        }
        return found;
    }

    private static void compare(String where, JsonNode expected, JsonNode actual, List<String> found) {
        if (expected.isObject() && actual.isObject()) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            expected.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
            for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                fields.putIfAbsent(names.next(), null);
            }
            fields.keySet().forEach(name -> compare(where + "." + name, expected.path(name), actual.path(name), found));
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(where + "[" + i + "]", expected.get(i), actual.get(i), found);
            }
        } else if (!expected.equals(actual)) {
            found.add(where + ": " + actual + ", evident extract " + expected);
        }
    }
}
