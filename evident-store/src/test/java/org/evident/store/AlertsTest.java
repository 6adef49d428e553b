package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.evident.model.Json;
import org.evident.model.Status;
import org.evident.testkit.Stories;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Saved searches: checked in the article's transaction, one firing per change, kept until delivered. */
class AlertsTest {

    @TempDir
    Path dir;

    private static final Query MASS_CASUALTY = Query.all(1).withCategory("ASSAULT").withMinDead(10);

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void firesWhenAnEventFirstMatchesAndAgainForEachChangeButNeverTwiceForOne(TestStores.Kind kind) throws Exception {
        StoreLocation location = TestStores.fresh(kind, dir);
        List<Stories.Story> bombing = Stories.marketBombing();
        try (Store store = Store.open(location)) {
            store.alerts().add("mass-casualty", MASS_CASUALTY, dir.resolve("alerts.jsonl").toString(), null, null);
            store.save(bombing.get(0).article(), bombing.get(0).records()); // 5 dead: below the threshold
            store.save(bombing.get(1).article(), bombing.get(1).records()); // 7 dead
            assertThat(store.alerts().due(Instant.now(), 10)).isEmpty();

            store.save(bombing.get(2).article(), bombing.get(2).records()); // 12 dead: now it matches
            List<Alerts.Firing> first = store.alerts().due(Instant.now(), 10);
            assertThat(first).hasSize(1);
            assertThat(first.get(0).change()).isEqualTo("new event");
            JsonNode payload = Json.mapper().readTree(first.get(0).payload());
            assertThat(payload.get("alert").asText()).isEqualTo("mass-casualty");
            assertThat(payload.get("event").get("category").asText()).isEqualTo("ASSAULT");
            store.alerts().attempted(first.get(0).id(), true, true, null, Instant.now(), false);
        }
        try (Store store = Store.open(location)) {
            store.save(bombing.get(2).article(), bombing.get(2).records()); // stored already: nothing changes
            assertThat(store.alerts().due(Instant.now(), 10)).isEmpty();

            store.save(bombing.get(3).article(), bombing.get(3).records()); // a fourth source
            List<Alerts.Firing> second = store.alerts().due(Instant.now(), 10);
            assertThat(second).hasSize(1);
            assertThat(second.get(0).change()).contains("sources 3 → 4");
            assertThat(store.alerts().counts().get("mass-casualty")).containsExactly(2, 1, 1, 0);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aTextQueryFiresWhenAnArticleWithTheWordsJoinsAndThenFollowsTheEvent(TestStores.Kind kind) {
        List<Stories.Story> bombing = Stories.marketBombing();
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            store.alerts().add("claims", Query.all(1).withCategory("ASSAULT").withText("claimed OR claim"),
                    dir.resolve("claims.jsonl").toString(), null, null);
            store.save(bombing.get(0).article(), bombing.get(0).records());
            store.save(bombing.get(1).article(), bombing.get(1).records());
            assertThat(store.alerts().due(Instant.now(), 10)).isEmpty(); // no article so far speaks of a claim

            store.save(bombing.get(2).article(), bombing.get(2).records()); // "Militants claim market attack"
            store.save(bombing.get(3).article(), bombing.get(3).records()); // no claim, but the event was told of
            assertThat(store.alerts().due(Instant.now(), 10)).extracting(Alerts.Firing::change)
                    .containsExactly("new event", "status REPORTED → ASSERTED; sources 3 → 4");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aClaimOfResponsibilityComingInFiresAndNamesTheClaimant(TestStores.Kind kind) {
        Stories.Story first = Stories.marketBombing().get(0);
        Stories.Story claim = Stories.story("Regional Monitor", "2024-03-02", "Group claims market bombing",
                "The Northern Front said it set off the bomb at the Kirkuk market.",
                b -> b.category("ASSAULT", "explosives").date("2024-03-01")
                        .place("Kirkuk", 35.4681, 44.3922, "IRQ", "Iraq", 4).status(Status.CLAIMED, "the Northern Front")
                        .actor("the Northern Front", null).responsibility("Northern Front", "CLAIMED"));
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            store.alerts().add("attacks", Query.all(1).withCategory("ASSAULT"), dir.resolve("a.jsonl").toString(),
                    null, null);
            store.save(first.article(), first.records());
            store.save(claim.article(), claim.records());

            assertThat(store.alerts().due(Instant.now(), 10)).extracting(Alerts.Firing::change)
                    .containsExactly("new event", "warnings none → CLAIMED; sources 1 → 2; responsibility none →"
                            + " Northern Front CLAIMED");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anEventOutsideTheFiltersNeverFires(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            store.alerts().add("elsewhere", MASS_CASUALTY.withCategory("PROTEST"), null, "http://127.0.0.1:9/hook", "k");
            Stories.marketBombing().forEach(s -> store.save(s.article(), s.records()));
            assertThat(store.alerts().due(Instant.now(), 10)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anAlertWhoseFiltersCannotBeReadIsPassedOverAndNeverStopsASave(TestStores.Kind kind) throws Exception {
        StoreLocation location = TestStores.fresh(kind, dir);
        try (Store store = Store.open(location)) {
            store.alerts().add("broken", MASS_CASUALTY, "broken.jsonl", null, null);
            store.alerts().add("sound", MASS_CASUALTY, "sound.jsonl", null, null);
            try (Connection c = DriverManager.getConnection(location.jdbcUrl());
                 Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE alerts SET query = '{\"minDead\": ' WHERE name = 'broken'");
            }
            Stories.marketBombing().forEach(s -> store.save(s.article(), s.records()));
            assertThat(store.alerts().due(Instant.now(), 10)).isNotEmpty()
                    .allSatisfy(firing -> assertThat(firing.alert().name()).isEqualTo("sound"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void alertsAreNamedOnceNeedADestinationAndCanBeRemovedWithTheirFirings(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            Alerts alerts = store.alerts();
            alerts.add("a", MASS_CASUALTY, "out.jsonl", null, null);
            assertThatThrownBy(() -> alerts.add("a", MASS_CASUALTY, "out.jsonl", null, null))
                    .hasMessageContaining("exists already");
            assertThatThrownBy(() -> alerts.add("b", MASS_CASUALTY, null, null, null))
                    .hasMessageContaining("--jsonl FILE or --webhook URL");
            List<String> manyArticles = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "a".repeat(60) + i).toList();
            assertThatThrownBy(() -> alerts.add("d", MASS_CASUALTY.withArticles(manyArticles), "x", null, null))
                    .hasMessageContaining("filters of alert d are too long");
            assertThat(alerts.find("a").query().minDead()).isEqualTo(10);
            assertThat(alerts.find("a").query().category()).isEqualTo("ASSAULT");

            Stories.marketBombing().forEach(s -> store.save(s.article(), s.records()));
            assertThat(alerts.due(Instant.now(), 10)).isNotEmpty();
            assertThat(alerts.remove("a")).isTrue();
            assertThat(alerts.remove("a")).isFalse();
            assertThat(alerts.list()).isEmpty();
            assertThat(alerts.due(Instant.now(), 10)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theWatchLedgerKeepsSourcesAndItemVersionsAcrossReopening(TestStores.Kind kind) {
        StoreLocation location = TestStores.fresh(kind, dir);
        long id;
        try (Store store = Store.open(location)) {
            WatchLedger ledger = store.watchLedger();
            id = ledger.source("http://127.0.0.1/feed.xml").id();
            assertThat(ledger.source("http://127.0.0.1/feed.xml").id()).isEqualTo(id);
            ledger.roundDone(id, new WatchLedger.Round("\"v1\"", null, "b1", "OK", null, 0, Instant.EPOCH, 3, 2,
                    0));
            ledger.itemRead(new WatchLedger.ItemRead("http://127.0.0.1/a", id, "f1", null, null), "aaaa");
        }
        try (Store store = Store.open(location)) {
            WatchLedger ledger = store.watchLedger();
            WatchLedger.Source source = ledger.source("http://127.0.0.1/feed.xml");
            assertThat(source.etag()).isEqualTo("\"v1\"");
            assertThat(source.bodyHash()).isEqualTo("b1");
            assertThat(source.itemsSeen()).isEqualTo(3);
            assertThat(source.articlesStored()).isEqualTo(2);
            ledger.itemRead(new WatchLedger.ItemRead("http://127.0.0.1/a", id, "f2", null, null), "aaaa");
            assertThat(ledger.item("http://127.0.0.1/a").orElseThrow().versions()).isEqualTo(1);
            ledger.itemRead(new WatchLedger.ItemRead("http://127.0.0.1/a", id, "f3", "\"e\"", null), "bbbb");
            WatchLedger.Item item = ledger.item("http://127.0.0.1/a").orElseThrow();
            assertThat(item.versions()).isEqualTo(2);
            assertThat(item.articleId()).isEqualTo("bbbb");
            assertThat(item.fingerprint()).isEqualTo("f3");
            assertThat(ledger.item("http://127.0.0.1/b")).isEmpty();
            ledger.itemRead(new WatchLedger.ItemRead("http://127.0.0.1/c", id, "f9", null, null), null);
            assertThat(ledger.items(List.of("http://127.0.0.1/a", "http://127.0.0.1/b", "http://127.0.0.1/c")))
                    .containsOnlyKeys("http://127.0.0.1/a", "http://127.0.0.1/c")
                    .hasEntrySatisfying("http://127.0.0.1/a", a -> assertThat(a.fingerprint()).isEqualTo("f3"))
                    .hasEntrySatisfying("http://127.0.0.1/c", c -> assertThat(c.versions()).isZero());
        }
    }
}
