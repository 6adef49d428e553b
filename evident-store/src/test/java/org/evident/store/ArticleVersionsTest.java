package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.testkit.EventRecords;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A new version of an article replaces the records of the one before in their events; the earlier text stays. */
class ArticleVersionsTest {

    @TempDir
    Path dir;

    private static Article version(String body) {
        return new Article(null, "http://127.0.0.1/news/blast.html", "Blast", body, java.time.LocalDate.of(2026, 12, 5),
                "http://127.0.0.1/news/blast.html", "Test wire", "en", null);
    }

    private static List<EventRecord> toll(Article article, int dead) {
        return List.of(EventRecords.of("evd-" + article.id().substring(0, 8) + "-0001", article.id())
                .category("ASSAULT", "explosives").date("2026-12-05").place("Aleppo", 36.2, 37.16, "SYR", "Syria", 4)
                .dead(dead, dead + " killed").text("A bomb went off; " + dead + " killed.").build());
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aTollRevisedDownGoesDownAndTheEventKeepsOneSource(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            Article first = version("A car bomb went off in Aleppo; 12 people were killed.");
            Article revised = version("A car bomb went off in Aleppo; 9 people were killed, police said, revising the toll.");
            store.save(first, toll(first, 12));
            Saved saved = store.save(revised, toll(revised, 9), first.id());

            assertThat(saved.merged()).isEqualTo(1); // it joined the event the first version made
            List<StoredEvent> events = store.events(Query.all(10));
            assertThat(events).hasSize(1);
            assertThat(events.get(0).summary().highest("dead")).isEqualTo(9);
            assertThat(events.get(0).summary().sources()).hasSize(1);
            assertThat(events.get(0).recordIds()).containsExactly("evd-" + revised.id().substring(0, 8) + "-0001");
            assertThat(store.article(first.id())).isPresent(); // the history stays
            assertThat(store.stats().articles()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anEventLeftWithoutRecordsIsGoneAndSavingAStoredVersionAgainChangesNothing(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            Article first = version("A car bomb went off in Aleppo; 12 people were killed.");
            Article revised = version("The report of a bomb in Aleppo was wrong: nothing happened, police said.");
            store.save(first, toll(first, 12));
            store.save(revised, List.of(), first.id());

            assertThat(store.events(Query.all(10))).isEmpty();
            assertThat(store.stats().records()).isZero();
            Saved again = store.save(revised, List.of(), first.id());
            assertThat(again.stored()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anEventAVersionLeavesFiresItsAlertsToo(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            store.alerts().add("aleppo", Query.all(1).withCategory("ASSAULT"), dir.resolve("a.jsonl").toString(), null, null);
            Article other = new Article(null, "http://127.0.0.1/news/other.html", "Blast", "A bomb killed 12 in Aleppo.",
                    java.time.LocalDate.of(2026, 12, 5), "http://127.0.0.1/news/other.html", "Other wire", "en", null);
            Article first = version("A car bomb went off in Aleppo; 12 people were killed.");
            Article retracted = version("The report of a bomb in Aleppo was wrong: nothing happened, police said.");
            store.save(other, toll(other, 12));
            store.save(first, toll(first, 12));
            store.save(retracted, List.of(), first.id());

            List<Alerts.Firing> firings = store.alerts().due(java.time.Instant.now(), 10);
            assertThat(firings).extracting(Alerts.Firing::change)
                    .containsExactly("new event", "sources 1 → 2", "sources 2 → 1");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anAlertIsToldWhenItsEventIsWithdrawnOrStopsMatchingAndMatchesAgain(TestStores.Kind kind) throws Exception {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            store.alerts().add("any-assault", Query.all(1).withCategory("ASSAULT"), dir.resolve("a.jsonl").toString(),
                    null, null);
            store.alerts().add("ten-dead", Query.all(1).withMinDead(10), dir.resolve("b.jsonl").toString(), null, null);
            Article first = version("A car bomb went off in Aleppo; 12 people were killed.");
            Article revised = version("A car bomb went off in Aleppo; 9 people were killed, police said.");
            Article again = version("A car bomb went off in Aleppo; 11 people were killed, police said.");
            Article retracted = version("The report of a bomb in Aleppo was wrong: nothing happened, police said.");
            store.save(first, toll(first, 12));
            store.save(revised, toll(revised, 9), first.id());
            store.save(again, toll(again, 11), revised.id());
            store.save(retracted, List.of(), again.id());

            List<Alerts.Firing> firings = store.alerts().due(java.time.Instant.now(), 20);
            assertThat(firings).filteredOn(f -> f.alert().name().equals("ten-dead")).extracting(Alerts.Firing::change)
                    .containsExactly("new event", "no longer matches: dead 12 → 9", "matches again: dead 9 → 11",
                            "withdrawn: no stored article reports it any more");
            assertThat(firings).filteredOn(f -> f.alert().name().equals("any-assault"))
                    .extracting(Alerts.Firing::change)
                    .containsExactly("new event", "dead 12 → 9", "dead 9 → 11",
                            "withdrawn: no stored article reports it any more");
            JsonNode withdrawn = Json.mapper().readTree(firings.get(firings.size() - 1).payload());
            assertThat(withdrawn.get("event").get("category").asText()).isEqualTo("ASSAULT");
            assertThat(withdrawn.get("event").get("dead").asText()).isEqualTo("11");

            store.save(retracted, List.of(), again.id()); // stored already: nothing more to tell
            assertThat(store.alerts().due(java.time.Instant.now(), 20)).hasSameSizeAs(firings);
        }
    }
}
