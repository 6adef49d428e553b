package org.evident.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.evident.geo.Geocoder;
import org.evident.model.Json;
import org.evident.nlp.AnnotatedArticle;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;
import org.evident.testkit.Stories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/articles over real HTTP: token, content types, size limit, unreadable input, hostile markup. The
 * pipeline here annotates no sentences (no language models), so a posted article is read and stored with no records;
 * ExtractingPostTest runs the real one.
 */
class WriteApiTest {

    private static final String ARTICLE = "Workers rebuilt the harbour wall on Tuesday after the winter storms, the port"
            + " authority said. The repairs took three months and cost more than the town had planned.";
    private static final int MAX_BODY = 10_000;

    @TempDir
    static Path dir;

    private static TestServer t;

    @BeforeAll
    static void start() {
        Pipeline noSentences = Pipelines.with(() -> article -> new AnnotatedArticle(article, List.of()),
                Geocoder::none).get();
        t = TestServer.withStories(dir, ServerConfig.local(0, TestServer.TOKEN).withRateLimit(0)
                .withMaxBodyBytes(MAX_BODY), noSentences);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private static String json(String text, String title) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("text", text);
        node.put("title", title);
        node.put("published", "2024-05-07");
        node.put("publication", "Harbour Herald");
        node.put("url", "https://example.org/harbour");
        return node.toString();
    }

    @Test
    void writesNeedTheToken() {
        long before = t.store.stats().articles();
        HttpResponse<String> none = t.post("/api/articles", "text/plain", ARTICLE, null);
        HttpResponse<String> wrong = t.post("/api/articles", "text/plain", ARTICLE, "not-the-token");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(TestServer.json(none).get("error").get("message").asText()).contains("Authorization: Bearer");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(TestServer.json(wrong).get("error").get("message").asText()).startsWith("wrong or malformed token");
        assertThat(t.store.stats().articles()).isEqualTo(before);
    }

    @Test
    void aJsonArticleIsStoredOnceAndItsFieldsKept() {
        String body = json(ARTICLE, "Harbour wall rebuilt");
        HttpResponse<String> first = t.post("/api/articles", "application/json", body, TestServer.TOKEN);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode created = TestServer.json(first);
        assertThat(created.get("stored").asBoolean()).isTrue();
        assertThat(created.get("records").asInt()).isZero();
        assertThat(created.get("event_ids")).isEmpty();
        String id = created.get("article_id").asText();
        JsonNode article = TestServer.json(t.get("/api/articles/" + id));
        assertThat(article.get("title").asText()).isEqualTo("Harbour wall rebuilt");
        assertThat(article.get("published").asText()).isEqualTo("2024-05-07");
        assertThat(article.get("publication").asText()).isEqualTo("Harbour Herald");
        assertThat(article.get("url").asText()).isEqualTo("https://example.org/harbour");
        assertThat(article.get("body").asText()).isEqualTo(ARTICLE);

        HttpResponse<String> again = t.post("/api/articles", "application/json", body, TestServer.TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(again).get("stored").asBoolean()).isFalse();
        assertThat(TestServer.json(again).get("article_id").asText()).isEqualTo(id);
    }

    @Test
    void aNewsPleaseArticleIsReadAsEvidentExtractReadsIt() {
        // news-please's own field names, and fields the reader does not map (authors, description), as in a crawl
        String body = "{\"authors\": [\"A. Writer\"], \"date_download\": null, \"date_publish\": \"2024-05-08 09:30:00\","
                + " \"description\": \"Repairs done\", \"language\": \"en\", \"maintext\": \"" + ARTICLE
                + " Crews left on Friday.\", \"source_domain\": \"harbourherald.example\", \"title\": \"Harbour"
                + " wall done\", \"url\": \"https://harbourherald.example/wall\"}";
        HttpResponse<String> posted = t.post("/api/articles", "application/json", body, TestServer.TOKEN);

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        JsonNode article = TestServer.json(t.get("/api/articles/" + TestServer.json(posted).get("article_id").asText()));
        assertThat(article.get("title").asText()).isEqualTo("Harbour wall done");
        assertThat(article.get("published").asText()).isEqualTo("2024-05-08");
        assertThat(article.get("publication").asText()).isEqualTo("harbourherald.example");
        assertThat(article.get("url").asText()).isEqualTo("https://harbourherald.example/wall");
        assertThat(article.get("body").asText()).isEqualTo(ARTICLE + " Crews left on Friday.");
    }

    @Test
    void anArticleAlreadyStoredAnswersWithItsEvents() {
        Stories.Story story = Stories.sameDayOtherEvents().get(0);
        HttpResponse<String> r = t.post("/api/articles?title=" + "Protesters+detained", "text/plain",
                story.article().body(), TestServer.TOKEN);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode answer = TestServer.json(r);
        assertThat(answer.get("stored").asBoolean()).isFalse();
        assertThat(answer.get("event_ids")).hasSize(1);
    }

    @Test
    void plainTextAndHtmlAreReadWithTheirQueryParameters() {
        HttpResponse<String> text = t.post("/api/articles?title=Ferry+resumes&published=2024-05-08&publication=Coast+News",
                "text/plain; charset=utf-8", "The ferry to the islands ran again on Wednesday after two weeks of repairs,"
                        + " the operator said. Passengers queued from dawn at the pier.", TestServer.TOKEN);
        assertThat(text.statusCode()).as(text.body()).isEqualTo(201);
        JsonNode stored = TestServer.json(t.get("/api/articles/" + TestServer.json(text).get("article_id").asText()));
        assertThat(stored.get("title").asText()).isEqualTo("Ferry resumes");
        assertThat(stored.get("published").asText()).isEqualTo("2024-05-08");
        assertThat(stored.get("publication").asText()).isEqualTo("Coast News");

        String page = "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1><p>The old"
                + " bridge over the river reopened to traffic on Thursday after a year of work, the council said. Drivers"
                + " welcomed the shorter route into town.</p><script>alert('x')</script></article></body></html>";
        HttpResponse<String> html = t.post("/api/articles", "text/html", page, TestServer.TOKEN);
        assertThat(html.statusCode()).as(html.body()).isEqualTo(201);
        JsonNode fromHtml = TestServer.json(t.get("/api/articles/" + TestServer.json(html).get("article_id").asText()));
        assertThat(fromHtml.get("title").asText()).isEqualTo("Bridge reopens");
        assertThat(fromHtml.get("body").asText()).contains("reopened to traffic").doesNotContain("alert(");
    }

    @Test
    void hostileMarkupIsStoredAsTextAndReturnedAsEscapedJson() {
        String title = "<img src=x onerror=alert(1)>";
        String text = "<script>alert('stored')</script> Firefighters put out a fire at the timber yard on Monday night,"
                + " the fire service said. Nobody was hurt and the cause is not yet known.";
        HttpResponse<String> posted = t.post("/api/articles", "application/json", json(text, title), TestServer.TOKEN);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

        HttpResponse<String> r = t.get("/api/articles/" + TestServer.json(posted).get("article_id").asText());
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.body()).doesNotContain("<script").doesNotContain("<img");
        JsonNode article = TestServer.json(r);
        assertThat(article.get("title").asText()).isEqualTo(title);
        assertThat(article.get("body").asText()).isEqualTo(text);
        JsonNode listed = TestServer.json(t.get("/api/articles?limit=500")).get("articles");
        assertThat(listed.findValuesAsText("title")).contains(title);
    }

    @Test
    void unreadableArticlesAre422NamingTheReason() {
        assertThat(reason(t.post("/api/articles", "text/plain", "   \n  ", TestServer.TOKEN), 422)).contains("no text");
        assertThat(reason(t.post("/api/articles", "text/plain", new byte[] {0, 1, 2, 3, 0, 0, 5, 6}, TestServer.TOKEN), 422))
                .contains("binary");
        assertThat(reason(t.post("/api/articles", "text/plain", "Die Feuerwehr löschte am Montag einen Brand im Holzlager,"
                + " teilte die Polizei mit. Verletzt wurde niemand, die Ursache ist noch unklar.", TestServer.TOKEN), 422))
                .contains("language de, not supported");
        assertThat(reason(t.post("/api/articles", "application/json", "[{\"text\":\"" + ARTICLE + "\"},{\"text\":\""
                + ARTICLE + " Again.\"}]", TestServer.TOKEN), 400)).contains("one JSON object");
    }

    @Test
    void badRequestsAre400NamingTheProblem() {
        assertThat(reason(t.post("/api/articles", "application/json", "{\"text\": ", TestServer.TOKEN), 400))
                .startsWith("the body is not valid JSON");
        assertThat(reason(t.post("/api/articles", "application/json", "{\"text\":\"a\",\"text\":\"b\"}",
                TestServer.TOKEN), 400)).startsWith("the body is not valid JSON").contains("Duplicate field 'text'");
        assertThat(reason(t.post("/api/articles", "application/json", "{\"text\":\"a\"} trailing", TestServer.TOKEN),
                400)).startsWith("the body is not valid JSON");
        assertThat(reason(t.post("/api/articles", "application/json", "{\"title\":\"x\"}", TestServer.TOKEN), 400))
                .contains("\"text\"");
        assertThat(reason(t.post("/api/articles", "application/json", "{\"maintext\":[\"a\"]}", TestServer.TOKEN), 400))
                .contains("field 'maintext' must be a string");
        assertThat(reason(t.post("/api/articles", "application/json", "{\"text\":42}", TestServer.TOKEN), 400))
                .contains("field 'text' must be a string");
        assertThat(reason(t.post("/api/articles", "application/json", json(ARTICLE, "x").replace("2024-05-07", "May 7"),
                TestServer.TOKEN), 400)).contains("published must be a date YYYY-MM-DD, was 'May 7'");
        assertThat(reason(t.post("/api/articles?published=soon", "text/plain", ARTICLE, TestServer.TOKEN), 400))
                .contains("published must be a date");
        assertThat(reason(t.post("/api/articles?published=%2B999999999-12-31", "text/plain", ARTICLE, TestServer.TOKEN),
                400)).contains("published must be a date from 0001-01-01 to 9999-12-31");
        assertThat(reason(t.post("/api/articles?author=me", "text/plain", ARTICLE, TestServer.TOKEN), 400))
                .contains("unknown parameter 'author'");
    }

    @Test
    void otherContentTypesAre415() {
        assertThat(reason(t.post("/api/articles", "application/pdf", "%PDF-1.4", TestServer.TOKEN), 415))
                .contains("application/json, text/plain or text/html");
        assertThat(reason(t.post("/api/articles", null, ARTICLE, TestServer.TOKEN), 415)).contains("was ''");
        assertThat(reason(t.post("/api/articles", "text/plain; charset=no-such-charset", ARTICLE, TestServer.TOKEN), 415))
                .contains("unknown charset");
    }

    @Test
    void bodiesOverTheLimitAre413WhetherOrNotTheirLengthIsDeclared() {
        byte[] big = ("word ".repeat(MAX_BODY / 5 + 10)).getBytes(StandardCharsets.UTF_8);
        assertThat(reason(t.post("/api/articles", "text/plain", big, TestServer.TOKEN), 413)).contains(MAX_BODY + " bytes");

        HttpResponse<String> chunked = t.send(HttpRequest.newBuilder(t.uri("/api/articles"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TestServer.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
        assertThat(reason(chunked, 413)).contains(MAX_BODY + " bytes");
    }

    @Test
    void onlyLoopbackAddressesCountAsThisMachine() {
        assertThat(Access.loopback("127.0.0.1")).isTrue();
        assertThat(Access.loopback("127.3.4.5")).isTrue();
        assertThat(Access.loopback("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(Access.loopback("192.168.1.20")).isFalse();
        assertThat(Access.loopback("10.0.0.1")).isFalse();
        assertThat(Access.loopback("")).isFalse();
    }

    private static String reason(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode error = TestServer.json(r).get("error");
        assertThat(error.get("status").asInt()).isEqualTo(status);
        return error.get("message").asText();
    }
}
