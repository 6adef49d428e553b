package org.evident.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.evident.io.ScratchFolder;
import org.evident.model.Json;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;
import org.evident.server.EvidentServer;
import org.evident.server.ServerConfig;
import org.evident.store.Store;
import org.evident.store.StoreLocation;

/**
 * POST /api/articles with the real pipeline on 1 lane and on 2: the rate at which the server extracts and stores
 * news articles sent by as many clients as it has lanes, and how long "already stored" takes to answer while a long
 * article holds a lane. Each round gets a fresh store; the pipeline (CoreNLP, bundled gazetteer) is loaded once.
 *
 * <pre>
 * mvn -B -q -pl evident-bench -am package -DskipTests
 * java -Xmx4g -cp 'evident-bench/target/evident-bench.jar:evident-bench/target/lib/*' org.evident.bench.IngestLanesBench \
 *     [--corpus ../shared/corpus/giveme5w1h/news_cluster/data] [--articles 24] [--lanes 1,2,1,2]
 * </pre>
 */
public final class IngestLanesBench {

    private static final String TOKEN = "lanes-bench-token";
    /** Articles posted before the timed ones in each run, so the JIT and lazy models do not land on one run only. */
    private static final int WARM_UP = 8;

    private IngestLanesBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = StoreBench.options(args);
        Path corpus = Path.of(options.getOrDefault("corpus", "../shared/corpus/giveme5w1h/news_cluster/data"));
        int count = Integer.parseInt(options.getOrDefault("articles", "24"));
        List<String> texts = texts(corpus, WARM_UP + count + 8);
        if (texts.size() < WARM_UP + count + 8) {
            System.err.println("ingest-lanes: " + corpus + " holds too few JSON articles with text");
            System.exit(2);
        }
        Pipeline pipeline = Pipelines.builder().geocoding(Pipelines.Geocoding.BUNDLED).build().get();
        // one long article: the first eight that follow the timed ones, back to back
        String longArticle = String.join("\n\n", texts.subList(WARM_UP + count, WARM_UP + count + 8));
        // Rounds alternate (1,2,1,2 by default): the first round still runs colder than the rest, so compare later ones.
        String[] rounds = options.getOrDefault("lanes", "1,2,1,2").split(",");
        for (int round = 0; round < rounds.length; round++) {
            run(pipeline, round, Integer.parseInt(rounds[round].strip()), texts.subList(0, WARM_UP),
                    texts.subList(WARM_UP, WARM_UP + count), longArticle);
        }
    }

    private static void run(Pipeline pipeline, int round, int lanes, List<String> warmUp, List<String> timed,
                            String longArticle) throws Exception {
        try (ScratchFolder scratch = ScratchFolder.create("evident-lanes-bench-");
             Store store = Store.open(new StoreLocation("jdbc:h2:mem:lanes-" + round + ";DB_CLOSE_DELAY=-1",
                     scratch.path().resolve("index")))) {
            ServerConfig config = ServerConfig.local(0, TOKEN).withRateLimit(0).withIngestLanes(lanes);
            try (EvidentServer server = EvidentServer.start(config, store, pipeline)) {
                HttpClient client = HttpClient.newHttpClient();
                URI articles = URI.create("http://127.0.0.1:" + server.port() + "/api/articles");
                for (String text : warmUp) {
                    post(client, articles, text);
                }
                ExecutorService clients = Executors.newFixedThreadPool(lanes);
                long start = System.nanoTime();
                List<CompletableFuture<Integer>> sent = new ArrayList<>();
                for (String text : timed) {
                    sent.add(CompletableFuture.supplyAsync(() -> post(client, articles, text), clients));
                }
                long stored = sent.stream().map(CompletableFuture::join).filter(status -> status == 201).count();
                double seconds = (System.nanoTime() - start) / 1e9;

                CompletableFuture<Integer> inFlight = CompletableFuture.supplyAsync(
                        () -> post(client, articles, longArticle), clients);
                Thread.sleep(500); // the long article is on a lane by now
                long asked = System.nanoTime();
                int again = post(client, articles, timed.get(0));
                double answerMs = (System.nanoTime() - asked) / 1e6;
                boolean stillRunning = !inFlight.isDone();
                inFlight.join();
                clients.shutdown();
                System.out.printf("round=%d lanes=%d articles=%d stored=%d seconds=%.1f articles_per_s=%.3f"
                                + " already_stored_status=%d already_stored_ms=%.1f long_article_in_flight=%b%n",
                        round + 1, lanes, timed.size(), stored, seconds, timed.size() / seconds, again, answerMs, stillRunning);
            }
        }
    }

    private static int post(HttpClient client, URI articles, String text) {
        HttpRequest request = HttpRequest.newBuilder(articles)
                .header("Content-Type", "text/plain; charset=utf-8")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException("POST failed: " + e.getMessage(), e);
        }
    }

    /** The title and text of the corpus's JSON articles, in file-name order. */
    private static List<String> texts(Path corpus, int max) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode article = Json.mapper().readTree(file.toFile());
                String text = article.path("text").asText("");
                if (!text.isBlank()) {
                    texts.add(article.path("title").asText("") + "\n\n" + text);
                }
                if (texts.size() == max) {
                    break;
                }
            }
        }
        return texts;
    }
}
