package org.evident.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evident.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rate limits and the read-only mode. */
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
}
