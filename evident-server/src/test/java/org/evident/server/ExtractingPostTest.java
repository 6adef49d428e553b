package org.evident.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.evident.model.Json;
import org.evident.pipeline.Pipeline;
import org.evident.store.StoreLocation;
import org.evident.testkit.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one API test that runs the real pipeline (CoreNLP): a posted article becomes records, an event and spans. */
class ExtractingPostTest {

    @TempDir
    Path dir;

    @Test
    void aPostedArticleBecomesAnEventWhoseEvidenceIndexesItsBody() {
        Pipeline pipeline = Extraction.pipeline();
        try (TestServer t = new TestServer(StoreLocation.parse(dir.resolve("evident").toString(), null),
                ServerConfig.local(0, TestServer.TOKEN).withRateLimit(0), pipeline)) {
            ObjectNode article = Json.mapper().createObjectNode();
            article.put("text", "A car bomb exploded outside a police station in the port town on Monday, killing four"
                    + " officers and wounding nine, the interior ministry said.\n\nNo group has said it carried out"
                    + " the attack.");
            article.put("title", "Car bomb kills four officers");
            article.put("published", "2024-06-04");
            HttpResponse<String> posted = t.post("/api/articles", "application/json", article.toString(), TestServer.TOKEN);

            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
            JsonNode created = TestServer.json(posted);
            assertThat(created.get("records").asInt()).isPositive();
            assertThat(created.get("new_events").asInt()).isPositive();
            long eventId = created.get("event_ids").get(0).asLong();

            JsonNode event = TestServer.json(t.get("/api/events/" + eventId));
            assertThat(event.get("event").get("category").asText()).isEqualTo("ASSAULT");
            assertThat(event.get("event").get("dead_max").asInt()).isEqualTo(4);
            assertThat(event.get("records").get(0).get("article").get("title").asText())
                    .isEqualTo("Car bomb kills four officers");

            JsonNode stored = TestServer.json(t.get("/api/articles/" + created.get("article_id").asText()));
            String body = stored.get("body").asText();
            for (JsonNode record : stored.get("records")) {
                assertThat(record.get("evidence")).isNotEmpty();
                for (JsonNode span : record.get("evidence")) {
                    assertThat(body.substring(span.get("start").asInt(), span.get("end").asInt()))
                            .as(span.get("field").asText()).isEqualTo(span.get("text").asText());
                }
            }
            assertThat(TestServer.json(t.get("/api/events?q=" + "officers")).get("total").asInt()).isEqualTo(1);
        }
    }
}
