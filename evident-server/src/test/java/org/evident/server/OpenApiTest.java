package org.evident.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.evident.store.EventSort;
import org.evident.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document matches the routes the server registers, and the docs page renders it without inline code. */
class OpenApiTest {

    @TempDir
    static Path dir;

    private static TestServer t;
    private static JsonNode doc;

    @BeforeAll
    static void start() {
        t = new TestServer(StoreLocation.parse(dir.resolve("evident").toString(), null),
                ServerConfig.local(0, TestServer.TOKEN).withRateLimit(0), null);
        doc = TestServer.json(t.get("/api/openapi.json"));
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedOperationIsARoute() {
        Set<String> routes = new TreeSet<>();
        for (String route : t.server.routes()) {
            if (route.split(" ")[1].startsWith("/api/")) {
                routes.add(route);
            }
        }
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(routes).hasSizeGreaterThanOrEqualTo(10);
        assertThat(documented).isEqualTo(routes);
        assertThat(t.server.routes()).filteredOn(r -> !r.split(" ")[1].startsWith("/api/")).containsExactly("GET /*");
    }

    @Test
    void theEventAndStatsParametersAreTheOnesTheServerTakes() {
        List<String> events = parameterNames("/api/events", "get");
        List<String> stats = parameterNames("/api/stats", "get");

        List<String> expected = new ArrayList<>(Params.FILTERS);
        expected.add("sort");
        expected.addAll(Params.PAGING);
        assertThat(events).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(stats).containsExactlyInAnyOrderElementsOf(Params.FILTERS);
        assertThat(parameterNames("/api/articles", "get")).containsExactlyInAnyOrderElementsOf(Params.PAGING);
    }

    @Test
    void theDocumentedSortKeysAreTheOnesTheServerTakes() {
        List<String> keys = new ArrayList<>();
        doc.at("/components/parameters/sort/schema/enum").forEach(k -> keys.add(k.asText()));

        assertThat(keys).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(EventSort.values()).map(EventSort::key).toList());
        assertThat(keys).contains(doc.at("/components/parameters/sort/schema/default").asText());
    }

    @Test
    void everySchemaReferenceResolves() {
        List<String> refs = doc.findValuesAsText("$ref");
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void theDocsPageLoadsItsOwnScriptAndStyleAndNothingInline() {
        HttpResponse<String> page = t.get("/api/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<script src=\"/api/docs/docs.js\"").contains("href=\"/api/docs/docs.css\"")
                .doesNotContain("<style").doesNotContain("style=").doesNotContain("http://").doesNotContain("https://")
                .doesNotContainPattern("<script>[^<]");
        HttpResponse<String> script = t.get("/api/docs/docs.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
        assertThat(script.body()).contains("/api/openapi.json").doesNotContain("innerHTML");
        assertThat(t.get("/api/docs/docs.css").statusCode()).isEqualTo(200);
        assertThat(t.get("/api/docs/secret.txt").statusCode()).isEqualTo(404);
    }

    private static List<String> parameterNames(String path, String method) {
        List<String> names = new ArrayList<>();
        for (JsonNode p : doc.get("paths").get(path).get(method).get("parameters")) {
            JsonNode resolved = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
            names.add(resolved.get("name").asText());
        }
        return names;
    }
}
