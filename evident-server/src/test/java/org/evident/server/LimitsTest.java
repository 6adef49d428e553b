package org.evident.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evident.geo.Geocoder;
import org.evident.nlp.AnnotatedArticle;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;
import org.evident.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rate limits, the read-only mode and a body that stops arriving. */
class LimitsTest {

    @TempDir
    Path dir;

    @Test
    void aClientOverItsRateIsTold429AndWhenToComeBack() {
        try (TestServer t = new TestServer(StoreLocation.parse(dir.resolve("evident").toString(), null),
                ServerConfig.local(0, TestServer.TOKEN).withRateLimit(1), null)) {
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(t.get("/api/health"));
            }

            HttpResponse<String> limited = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
            assertThat(answers.get(0).statusCode()).isEqualTo(200);
            assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                    assertThat(Integer.parseInt(v)).isPositive());
            assertThat(TestServer.json(limited).get("error").get("message").asText()).contains("too many requests");
        }
    }

    @Test
    void aServerWithoutPipelineReadsButAnswers503ToWrites() {
        try (TestServer t = new TestServer(StoreLocation.parse(dir.resolve("evident").toString(), null),
                ServerConfig.local(0, TestServer.TOKEN).withRateLimit(0), null)) {
            HttpResponse<String> r = t.post("/api/articles", "text/plain", "Some text.", TestServer.TOKEN);

            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(TestServer.json(r).get("error").get("message").asText()).contains("read-only");
            assertThat(t.get("/api/events").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBodyThatStopsArrivingIsAnswered408AndLoggedInOneLine() throws Exception {
        Pipeline noSentences = Pipelines.with(() -> article -> new AnnotatedArticle(article, List.of()),
                Geocoder::none).get();
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (TestServer t = new TestServer(StoreLocation.parse(dir.resolve("evident").toString(), null),
                ServerConfig.local(0, TestServer.TOKEN).withRateLimit(0).withBodyTimeoutMillis(500), noSentences);
             Socket socket = new Socket("127.0.0.1", t.server.port())) {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Authorization: Bearer " + TestServer.TOKEN + "\r\nContent-Length: 100\r\n\r\nOnly 13 bytes")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            StringBuilder rest = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rest.append(line).append('\n');
                if (line.startsWith("{")) {
                    break;
                }
            }
            System.setErr(err);

            assertThat(status).startsWith("HTTP/1.1 408");
            assertThat(rest.toString()).contains("the body stopped arriving: 13 of 100 bytes came");
            assertThat(log.toString(StandardCharsets.UTF_8).strip()).startsWith("evident-server: POST /api/articles")
                    .contains("the body stopped arriving").contains("answered 408").doesNotContain("\n");
            assertThat(t.store.stats().articles()).isZero();
        } finally {
            System.setErr(err);
        }
    }
}
