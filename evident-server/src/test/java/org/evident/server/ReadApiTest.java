package org.evident.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evident.testkit.Stories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The read endpoints over real HTTP (GET, and HEAD as GET without a body), against a store of hand-built stories. */
class ReadApiTest {

    @TempDir
    static Path dir;

    private static TestServer t;

    @BeforeAll
    static void start() {
        t = TestServer.withStories(dir, ServerConfig.local(0, TestServer.TOKEN).withRateLimit(0), null);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private static JsonNode ok(String path) {
        HttpResponse<String> r = t.get(path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return TestServer.json(r);
    }

    @Test
    void watchShowsEachWatchedSourceAndEachAlert() {
        org.evident.store.WatchLedger ledger = t.store.watchLedger();
        long id = ledger.source("http://127.0.0.1:9/feed.xml").id();
        ledger.roundDone(id, new org.evident.store.WatchLedger.Round(null, null, null, "FAILED", "HTTP 500", 2,
                java.time.Instant.parse("2026-12-06T20:00:00Z"), 0, 0, 1));
        t.store.alerts().add("watch-api", org.evident.store.Query.all(1).withCategory("PROTEST"), "x.jsonl", null, null);

        JsonNode watch = ok("/api/watch");

        JsonNode source = watch.get("sources").get(0);
        assertThat(source.get("url").asText()).isEqualTo("http://127.0.0.1:9/feed.xml");
        assertThat(source.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(source.get("last_error").asText()).isEqualTo("HTTP 500");
        assertThat(source.get("failures_in_row").asInt()).isEqualTo(2);
        assertThat(source.get("next_run").asText()).isEqualTo("2026-12-06T20:00:00Z");
        assertThat(source.get("errors").asInt()).isEqualTo(1);
        assertThat(watch.get("alerts").get(0).get("name").asText()).isEqualTo("watch-api");
        assertThat(watch.get("alerts").get(0).get("fired").asInt()).isZero();
    }

    @Test
    void healthCountsWhatTheStoreHolds() {
        JsonNode health = ok("/api/health");

        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("articles").asLong()).isEqualTo(6);
        assertThat(health.get("records").asLong()).isEqualTo(6);
        assertThat(health.get("events").asLong()).isEqualTo(3);
        assertThat(health.get("version").asText()).isNotBlank();
        assertThat(health.get("ingest").asText()).isEqualTo("off");
    }

    @Test
    void eventsComeLatestFirstWithTotalAndEveryViewField() {
        JsonNode page = ok("/api/events");

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("offset").asInt()).isZero();
        assertThat(page.get("limit").asInt()).isEqualTo(50);
        JsonNode bombing = find(page.get("events"), "dead_max", 12);
        assertThat(bombing.get("category").asText()).isEqualTo("ASSAULT");
        assertThat(bombing.get("modes")).extracting(JsonNode::asText).containsExactly("explosives");
        assertThat(bombing.get("earliest").asText()).isEqualTo("2024-03-01");
        assertThat(bombing.get("place").get("name").asText()).isEqualTo("Kirkuk");
        assertThat(bombing.get("place").get("country_code").asText()).isEqualTo("IRQ");
        assertThat(bombing.get("status").asText()).isEqualTo("ASSERTED");
        assertThat(bombing.get("warnings").get(0).get("status").asText()).isEqualTo("UNVERIFIED");
        assertThat(bombing.get("figures").get("dead")).extracting(f -> f.get("value").asInt()).containsExactly(5, 7, 12, 7);
        assertThat(bombing.get("figures").get("dead").get(0).get("published").asText()).isEqualTo("2024-03-01");
        assertThat(bombing.get("sources")).hasSize(4);
        assertThat(bombing.get("sources").get(0).get("title").asText()).isEqualTo("Bomb kills five at Kirkuk market");
        assertThat(bombing.get("record_count").asInt()).isEqualTo(4);
        assertThat(bombing.get("headline").asText()).startsWith("A bomb exploded");
        assertThat(bombing.get("actors")).extracting(JsonNode::asText).containsExactly("militants");
        assertThat(bombing.get("recipients")).extracting(JsonNode::asText).contains("people");
        assertThat(bombing.get("highlight").isNull()).isTrue();
    }

    @Test
    void eventsArePagedWithoutOverlapAndSortedAsAsked() {
        List<Long> all = ids(ok("/api/events?limit=3"));
        List<Long> paged = new ArrayList<>(ids(ok("/api/events?limit=2")));
        JsonNode second = ok("/api/events?limit=2&offset=2");
        paged.addAll(ids(second));

        assertThat(paged).isEqualTo(all);
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(ok("/api/events?offset=10").get("events")).isEmpty();
        assertThat(ok("/api/events?sort=-dead").get("events")).extracting(e -> e.get("dead_max").isNull() ? null
                : e.get("dead_max").asInt()).containsExactly(12, 2, null);
        assertThat(ok("/api/events?sort=dead").get("events").get(0).get("dead_max").asInt()).isEqualTo(2);
        assertThat(ok("/api/events?sort=-reports").get("events").get(0).get("record_count").asInt()).isEqualTo(4);
        assertThat(ok("/api/events?sort=category").get("events").get(2).get("category").asText()).isEqualTo("COERCE");
    }

    @ParameterizedTest(name = "sort={0}")
    @CsvSource({"date,latest", "-date,latest", "dead,dead_max", "-dead,dead_max", "reports,record_count",
        "-reports,record_count", "category,category", "-category,category"})
    void everySortKeyOrdersTheEventsItNamesEitherWayWithUnknownValuesLast(String sort, String field) {
        JsonNode page = ok("/api/events?sort=" + sort);

        List<String> values = new ArrayList<>();
        page.get("events").forEach(e -> values.add(e.get(field).isNull() ? null : e.get(field).asText()));
        java.util.Comparator<String> order = field.endsWith("_max") || field.endsWith("_count")
                ? java.util.Comparator.comparing(Long::valueOf) : java.util.Comparator.naturalOrder();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(values).hasSize(3).isSortedAccordingTo(java.util.Comparator.nullsLast(
                sort.startsWith("-") ? order.reversed() : order));
        assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(ids(ok("/api/events")));
    }

    @Test
    void categoriesSortAToZOrZToA() {
        assertThat(ok("/api/events?sort=category").get("events").get(0).get("category").asText()).isEqualTo("ASSAULT");
        assertThat(ok("/api/events?sort=-category").get("events").get(0).get("category").asText()).isEqualTo("COERCE");
        assertThat(ok("/api/events?sort=-CATEGORY").get("events").get(0).get("category").asText()).isEqualTo("COERCE");
    }

    @ParameterizedTest(name = "{0} → {1} events")
    @CsvSource(delimiter = '|', value = {
        "category=ASSAULT|2", "category=assault&mode=drone|1", "status=UNVERIFIED|1", "country=IRQ|3",
        "country=Iraq|3", "near=35.47,44.39,10|3", "near=36.34,43.13,10|0", "bbox=35,44,36,45|3", "min_dead=5|1",
        "source=gulf+wire|2", "from=2024-03-02|0", "from=2024-02-28&to=2024-03-01|3", "q=toll|1",
        "q=protesters|1", "q=earthquake|0", "category=&status=|3"})
    void eventsFilterAsEvidentQueryDoes(String query, int expected) {
        JsonNode page = ok("/api/events?" + query);

        assertThat(page.get("events")).hasSize(expected);
        assertThat(page.get("total").asLong()).isEqualTo(expected);
    }

    @Test
    void aTextQueryMarksItsMatchesInTheHighlight() {
        JsonNode event = ok("/api/events?q=toll").get("events").get(0);

        assertThat(event.get("highlight").asText()).contains("[toll]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/events?min_dead=x|min_dead must be a whole number, was 'x'",
        "/api/events?min_dead=-1|min_dead must be between 0",
        "/api/events?limit=0|limit must be between 1 and 500, was 0",
        "/api/events?limit=501|limit must be between 1 and 500, was 501",
        "/api/events?offset=-5|offset must be between 0",
        "/api/events?from=yesterday|from must be a date YYYY-MM-DD, was 'yesterday'",
        "/api/events?to=2024-13-01|to must be a date YYYY-MM-DD",
        "/api/events?from=%2B999999999-12-31|from must be a date from 0001-01-01 to 9999-12-31",
        "/api/events?to=-0001-01-01|to must be a date from 0001-01-01 to 9999-12-31",
        "/api/events?q=%2F.%7B0%2C65535%7D%2F|q: cannot search for",
        "/api/stats?q=%2F(a%7Cb)*a(a%7Cb)%7B20%7D%2F|a regular expression or wildcard too complex to run",
        "/api/events?from=2024-03-02&to=2024-03-01|from (2024-03-02) is after to (2024-03-01)",
        "/api/events?bbox=1,2,3|bbox needs 4 comma-separated numbers",
        "/api/events?bbox=36,44,35,45|bbox must be minLat,minLon,maxLat,maxLon",
        "/api/events?bbox=1,2,3,x|bbox needs numbers",
        "/api/events?near=35,44|near needs 3 comma-separated numbers",
        "/api/events?near=95,44,10|near: latitude must be within",
        "/api/events?near=35,44,0|near's radius must be between",
        "/api/events?status=MAYBE|status must be one of ASSERTED",
        "/api/events?sort=loudest|sort must be one of date, -date, dead, -dead, reports, -reports, category, -category, was",
        "/api/events?category=%3Cscript%3E|category must be a single word",
        "/api/events?colour=red|unknown parameter 'colour'",
        "/api/events?limit=1&limit=2|parameter 'limit' is given 2 times",
        "/api/events/abc|an event id is a whole number, was 'abc'",
        "/api/articles?limit=x|limit must be a whole number",
        "/api/articles/not-a-hash|an article id is 16 hex digits",
        "/api/stats?country=IRQ&limit=5|unknown parameter 'limit'",
        "/api/health?verbose=1|unknown parameter 'verbose'; this endpoint takes none"})
    void eachBadParameterIsA400NamingIt(String path, String message) {
        HttpResponse<String> r = t.get(path);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode error = TestServer.json(r).get("error");
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("message").asText()).contains(message);
    }

    @Test
    void oneEventHasEveryRecordWithItsArticle() {
        long id = find(ok("/api/events").get("events"), "dead_max", 12).get("id").asLong();
        JsonNode detail = ok("/api/events/" + id);

        assertThat(detail.get("event").get("id").asLong()).isEqualTo(id);
        assertThat(detail.get("records")).hasSize(4);
        JsonNode first = detail.get("records").get(0);
        assertThat(first.get("record").get("article_id").asText()).isEqualTo(first.get("article").get("id").asText());
        assertThat(first.get("record").get("status").asText()).isNotBlank();
        assertThat(first.get("record").get("mentions")).isNotEmpty();
        assertThat(first.get("article").get("publication").asText()).isNotBlank();
        assertThat(first.get("article").get("published").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void unknownIdsAndPathsAre404InJson() {
        for (String path : List.of("/api/events/999999", "/api/articles/0123456789abcdef", "/api/nothing-here",
                "/no-such-file.css")) {
            HttpResponse<String> r = t.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(TestServer.json(r).get("error").get("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void articlesAreListedAndOneComesWithItsBodyRecordsAndEvents() {
        JsonNode list = ok("/api/articles?limit=2");
        assertThat(list.get("total").asLong()).isEqualTo(6);
        assertThat(list.get("articles")).hasSize(2);
        assertThat(list.get("articles").get(0).get("published").asText()).isEqualTo("2024-03-03");
        assertThat(list.get("articles").get(0).get("record_count").asInt()).isEqualTo(1);

        Stories.Story story = Stories.marketBombing().get(0);
        JsonNode article = ok("/api/articles/" + story.article().id());
        assertThat(article.get("title").asText()).isEqualTo(story.article().title());
        assertThat(article.get("publication").asText()).isEqualTo("Northern Courier");
        String body = article.get("body").asText();
        assertThat(body).isEqualTo(story.article().body());
        JsonNode record = article.get("records").get(0);
        JsonNode mention = record.get("mentions").get(0);
        assertThat(body.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                .isEqualTo(mention.get("text").asText());
        long eventId = article.get("event_ids").get(record.get("id").asText()).asLong();
        assertThat(ok("/api/events/" + eventId).get("event").get("dead_max").asInt()).isEqualTo(12);
    }

    @Test
    void statsCountEachEventOnceByDayCategoryCountryAndStatus() {
        JsonNode stats = ok("/api/stats");

        assertThat(stats.get("by_day")).hasSize(1);
        assertThat(stats.get("by_day").get(0).get("day").asText()).isEqualTo("2024-03-01");
        assertThat(stats.get("by_day").get(0).get("count").asInt()).isEqualTo(3);
        assertThat(stats.get("by_category").get(0).get("key").asText()).isEqualTo("ASSAULT");
        assertThat(stats.get("by_category").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(stats.get("by_country").get(0).get("key").asText()).isEqualTo("IRQ");
        assertThat(stats.get("by_country").get(0).get("name").asText()).isEqualTo("Iraq");
        assertThat(stats.get("by_status")).extracting(s -> s.get("key").asText() + "=" + s.get("count").asInt())
                .containsExactly("ASSERTED=3");
        assertThat(stats.get("totals").get("records").asInt()).isEqualTo(6);
        assertThat(ok("/api/stats?category=COERCE").get("by_category")).hasSize(1);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/api/health", "/api/events?limit=x", "/api/nothing", "/evident-api-test-asset.txt")) {
            HttpResponse<String> r = t.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(EvidentServer.CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
    }

    @Test
    void theUiIsServedFromTheClasspathAndNothingOutsideIt() {
        HttpResponse<String> asset = t.get("/evident-api-test-asset.txt");
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.body()).isEqualTo("served from the classpath\n");
        assertThat(asset.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));

        assertThat(t.get("/../org/evident/server/EvidentServer.class").statusCode()).isIn(400, 404);
        assertThat(t.get("/%2e%2e/%2e%2e/org/evident/server/openapi.json").statusCode()).isIn(400, 404);
        assertThat(t.get("/org/evident/server/EvidentServer.class").statusCode()).isEqualTo(404);
    }

    @Test
    void aMethodTheRouteDoesNotTakeIs405() {
        HttpResponse<String> r = t.send(java.net.http.HttpRequest.newBuilder(t.uri("/api/events"))
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + TestServer.TOKEN).build());

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(TestServer.json(r).get("error").get("message").asText()).contains("DELETE");
    }

    @ParameterizedTest(name = "HEAD {0}")
    @ValueSource(strings = {"/api/health", "/api/events", "/api/events?sort=-dead&limit=2", "/api/articles",
        "/api/stats?country=IRQ", "/api/openapi.json", "/api/docs", "/api/docs/docs.js", "/", "/index.html",
        "/app.js", "/app.css", "/evident-api-test-asset.txt"})
    void headAnswersAsGetDoesWithoutABody(String path) {
        HttpResponse<String> get = t.get(path);
        HttpResponse<String> head = t.head(path);

        assertThat(get.statusCode()).as(path).isEqualTo(200);
        assertThat(head.statusCode()).as(path).isEqualTo(200);
        assertThat(head.body()).as(path).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"))
                .isPresent();
        // small answers carry their length; larger files are streamed in chunks, by HEAD and GET alike
        assertThat(head.headers().firstValue("Content-Length")).as(path).isEqualTo(get.headers().firstValue("Content-Length"));
        get.headers().firstValue("Content-Length").ifPresent(length -> assertThat(length).as(path)
                .isEqualTo(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length)));
        assertThat(head.headers().firstValue("Content-Security-Policy")).as(path).hasValue(EvidentServer.CSP);
    }

    @Test
    void headOfOneEventAnswersAsGetDoes() {
        long id = TestServer.json(t.get("/api/events?limit=1")).get("events").get(0).get("id").asLong();

        assertThat(t.head("/api/events/" + id).statusCode()).isEqualTo(200);
        assertThat(t.head("/api/events/999999").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest(name = "HEAD {0}")
    @ValueSource(strings = {"/api/events?sort=loudest", "/api/events?limit=0", "/api/events/abc", "/api/health?x=1",
        "/api/nothing-here", "/no-such-file.css", "/org/evident/server/EvidentServer.class"})
    void headOfABadRequestGivesTheStatusGetGives(String path) {
        HttpResponse<String> get = t.get(path);
        HttpResponse<String> head = t.head(path);

        assertThat(get.statusCode()).as(path).isIn(400, 404);
        assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
        assertThat(head.body()).as(path).isEmpty();
    }

    private static JsonNode find(JsonNode events, String field, int value) {
        for (JsonNode e : events) {
            if (e.get(field).asInt() == value) {
                return e;
            }
        }
        throw new AssertionError("no event with " + field + " " + value + " in " + events);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("events").forEach(e -> ids.add(e.get("id").asLong()));
        return ids;
    }
}
