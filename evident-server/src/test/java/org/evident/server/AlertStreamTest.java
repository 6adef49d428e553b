package org.evident.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evident.model.Article;
import org.evident.model.Json;
import org.evident.store.Query;
import org.evident.testkit.EventRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/alerts/stream: the alerts' firings as server-sent events, live, and again after a reconnection. */
class AlertStreamTest {

    @TempDir
    Path dir;

    @Test
    void firingsStreamLiveAsServerSentEventsAndAReconnectionGetsWhatItMissed() throws Exception {
        try (TestServer t = TestServer.withStories(dir, ServerConfig.local(0, TestServer.TOKEN).withRateLimit(0), null)) {
            stream(t);
        }
    }

    @Test
    void clientsBeyondTheCapAreToldToComeBackLater(@TempDir Path dir) throws Exception {
        try (TestServer t = TestServer.withStories(dir, ServerConfig.local(0, TestServer.TOKEN).withRateLimit(0), null)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest listen = HttpRequest.newBuilder(t.uri("/api/alerts/stream"))
                    .header("Accept", "text/event-stream").build();
            List<HttpResponse<Stream<String>>> open = new ArrayList<>();
            for (int i = 0; i < AlertStream.MAX_LISTENERS; i++) {
                HttpResponse<Stream<String>> response = client.send(listen,
                        HttpResponse.BodyHandlers.ofLines());
                assertThat(response.statusCode()).isEqualTo(200);
                response.body().findFirst(); // the greeting: the server has taken this listener on
                open.add(response);
            }
            Thread.sleep(300); // a listener counts once the greeting is out: let the last one be registered

            HttpResponse<String> refused = client.send(listen, HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("already follow the alert stream");
            open.forEach(r -> r.body().close());
        }
    }

    private static void stream(TestServer t) throws Exception {
        t.store.alerts().add("stream-test", Query.all(1).withCategory("COERCE"), "s.jsonl", null, null);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        var stream = client.sendAsync(HttpRequest.newBuilder(t.uri("/api/alerts/stream")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        var response = stream.get(10, TimeUnit.SECONDS);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (java.io.UncheckedIOException e) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(lines.poll(10, TimeUnit.SECONDS)).startsWith(":");

        Article article = Article.of("stream-test.txt",
                "Police arrested three men in Basra on Monday.", LocalDate.of(2024, 3, 4));
        t.store.save(article, List.of(EventRecords.of("evd-stream-0001", article.id())
                .category("COERCE", "arrest").date("2024-03-04").place("Basra", 30.5, 47.8, "IRQ", "Iraq", 4)
                .arrested(3).text("Police arrested three men in Basra on Monday.").build()));

        String event = null;
        String id = null;
        String data = null;
        while (data == null) {
            String line = lines.poll(10, TimeUnit.SECONDS);
            assertThat(line).as("a firing within seconds").isNotNull();
            if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("data:")) {
                data = line.substring(5).strip();
            }
        }
        assertThat(event).isEqualTo("firing");
        JsonNode firing = Json.mapper().readTree(data);
        assertThat(firing.get("alert").asText()).isEqualTo("stream-test");
        assertThat(firing.get("change").asText()).isEqualTo("new event");
        assertThat(firing.get("firing_id").asText()).isEqualTo(id);
        response.body().close();

        // reconnecting after an earlier id gets this firing again
        var again = client.send(HttpRequest.newBuilder(t.uri("/api/alerts/stream")).header("Accept", "text/event-stream")
                .header("Last-Event-ID", Long.toString(Long.parseLong(id) - 1)).build(),
                HttpResponse.BodyHandlers.ofLines());
        String missed = again.body().filter(l -> l.startsWith("data:")).findFirst().orElseThrow();
        assertThat(Json.mapper().readTree(missed.substring(5)).get("firing_id").asText()).isEqualTo(id);
        again.body().close();
    }
}
