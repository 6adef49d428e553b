package org.evident.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.evident.model.Article;
import org.evident.store.StoreLocation;
import org.evident.testkit.Stories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile values in every query parameter and path id: answers are 200 or a clear JSON 4xx, never a 500. */
class HostileInputTest {

    @TempDir
    static Path dir;

    private static TestServer t;

    @BeforeAll
    static void start() {
        // in memory: closing an H2 file store after many queries has tripped an assertion inside H2's MVStore
        t = TestServer.withStories(new StoreLocation("jdbc:h2:mem:hostile-input-test;DB_CLOSE_DELAY=-1",
                dir.resolve("index")), ServerConfig.local(0, TestServer.TOKEN).withRateLimit(0), null);
        Stories.Story held = Stories.story("Lagos Post", "2024-03-20", "Dozens held",
                "Police detained 30 marchers in Lagos on Wednesday.",
                b -> b.category("COERCE", "arrest").date("2024-03-20").place("Lagos", 6.45, 3.39, "NGA", "Nigeria", 4));
        Article a = held.article();
        t.store.save(new Article(a.id(), a.origin(), a.title(), a.body(), a.published(),
                "https://lagos.example/news/held", a.source(), a.language(), a.section()), held.records());
        t.store.commitIndex();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static final List<String> VALUES = List.of("x".repeat(1001), "x".repeat(999), "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "زلزال", "地震 🙂", "\u0000", "\u202e", "-1", "-2147483649",
            "2147483648", "99999999999999999999", "1e308", "-1e308", "NaN", "Infinity", "0x1p3", "٥", "%", "_",
            "\\", "'; DROP TABLE events; --", "((((", "*", "a*", "*a", "/.*/", "/(a+)+b/", "a~2", "[a TO z]", "/(a|b)*a(a|b){20}/", "/.{0,65535}/", "/[a-z]{1,200}[a-z]{1,200}[a-z]{1,200}/",
            "text:x", "\"unterminated", "a AND", "NOT", "?", "+999999999-12-31", "-999999999-01-01", "0000-01-01",
            "9999-12-31", "2024-02-30", "1,2,3,4,5", ",,,", "90,180,90,180", "-90,-180,90,180", "0,0,0.0000001",
            "0,0,1e-320", "1,2,NaN,4", " ");

    /** Each a place a value goes: the value replaces {}. */
    static Stream<String> places() {
        Stream<String> params = Stream.of("q", "category", "mode", "status", "from", "to", "country", "bbox", "near",
                "min_dead", "source", "sort", "offset", "limit").map(name -> "/api/events?" + name + "={}");
        return Stream.concat(params, Stream.of("/api/events/{}", "/api/articles/{}", "/api/stats?q={}",
                "/api/articles?offset={}", "/api/events?{}=1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void aHostileValueGetsAnAnswerOrAClearErrorNeverA500(String place) {
        SoftAssertions softly = new SoftAssertions();
        for (String value : VALUES) {
            check(softly, place.replace("{}", encode(value)));
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/events/%00/x", "/%00.js", "/api/events/..%2f..%2fpom.xml"})
    void aHostilePathGetsAClearError(String path) {
        SoftAssertions softly = new SoftAssertions();
        check(softly, path);
        softly.assertAll();
    }

    @Test
    void hostileTextQueriesGetAnAnswerOrAClearError() {
        SoftAssertions softly = new SoftAssertions();
        for (String q : List.of("a OR ".repeat(199) + "a", "x".repeat(9000),
                "a* OR b* OR c* OR d* OR e* OR f* OR g* OR h* OR i* OR j*")) {
            check(softly, "/api/events?q=" + encode(q));
        }
        softly.assertAll();
    }

    private static void check(SoftAssertions softly, String path) {
        HttpResponse<String> r = t.get(path);
        softly.assertThat(r.statusCode()).as(path + " → " + r.body()).isIn(200, 400, 404, 414);
        softly.assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path + " → " + r.statusCode())
                .startsWith("application/json");
        if (r.statusCode() != 200) {
            String message = TestServer.json(r).get("error").get("message").asText();
            softly.assertThat(message).as(path).hasSizeLessThan(400).doesNotContain("Exception", "\tat ", "\n");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @ParameterizedTest(name = "source={0} → {1}")
    @CsvSource({"lagos.example, 1", "news/held, 1", "%, 0", "_, 0", "lagos%, 0"})
    void aPercentOrUnderscoreInSourceIsItselfNotAWildcard(String source, int events) {
        HttpResponse<String> r = t.get("/api/events?source=" + encode(source));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(r).get("total").asInt()).isEqualTo(events);
    }

    @Test
    void headersOverJettysLimitGetAJsonError() {
        HttpResponse<String> r = t.send(java.net.http.HttpRequest.newBuilder(t.uri("/api/health"))
                .header("X-Padding", "x".repeat(20_000)).build());

        assertThat(r.statusCode()).isEqualTo(431);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(EvidentServer.CSP);
        assertThat(TestServer.json(r).get("error").get("message").asText()).startsWith("the request headers are too large");
    }

    @Test
    void aMethodOverrideHeaderIsRefusedNotHonoured() {
        HttpResponse<String> get = t.send(java.net.http.HttpRequest.newBuilder(t.uri("/api/stats"))
                .header(EvidentServer.METHOD_OVERRIDE, "DELETE").build());
        HttpResponse<String> post = t.send(java.net.http.HttpRequest.newBuilder(t.uri("/api/articles"))
                .header(EvidentServer.METHOD_OVERRIDE, "GET").header("Authorization", "Bearer " + TestServer.TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());

        for (HttpResponse<String> r : List.of(get, post)) {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(TestServer.json(r).get("error").get("message").asText())
                    .startsWith("X-HTTP-Method-Override is not honoured");
        }
    }
}
