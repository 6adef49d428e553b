package org.evident.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import org.evident.model.Json;
import org.evident.pipeline.Pipeline;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.evident.testkit.Stories;

/** A server on a free loopback port over a store holding the test kit's stories, and an HTTP client for it. */
final class TestServer implements AutoCloseable {

    static final String TOKEN = "test-token-0123456789";

    final Store store;
    final EvidentServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TestServer(StoreLocation location, ServerConfig config, Pipeline pipeline) {
        this.store = Store.open(location);
        this.server = EvidentServer.start(config, store, pipeline);
    }

    /** The stories of one bombing (four articles) and two other events of the same day. */
    static List<Stories.Story> stories() {
        List<Stories.Story> all = new ArrayList<>(Stories.marketBombing());
        all.addAll(Stories.sameDayOtherEvents());
        return all;
    }

    static TestServer withStories(Path dir, ServerConfig config, Pipeline pipeline) {
        return withStories(StoreLocation.parse(dir.resolve("evident").toString(), null), config, pipeline);
    }

    static TestServer withStories(StoreLocation location, ServerConfig config, Pipeline pipeline) {
        TestServer t = new TestServer(location, config, pipeline);
        stories().forEach(s -> t.store.save(s.article(), s.records()));
        t.store.commitIndex();
        return t;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    HttpResponse<String> head(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, String body, String token) {
        return post(pathAndQuery, contentType, body.getBytes(StandardCharsets.UTF_8), token);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
