package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evident.io.ScratchFolder;
import org.evident.model.Status;
import org.evident.model.Outcome;
import org.evident.resolve.EventSummary;
import org.evident.testkit.Stories;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoreTest {

    @TempDir
    Path dir;

    private static void saveAll(Store store, List<Stories.Story> stories) {
        stories.forEach(s -> store.save(s.article(), s.records()));
    }

    private static List<Stories.Story> everything() {
        List<Stories.Story> all = new ArrayList<>(Stories.marketBombing());
        all.addAll(Stories.sameDayOtherEvents());
        return all;
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void fourArticlesOfOneBombingBecomeOneEventWithEveryFigureAndWarning(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            saveAll(store, everything());

            assertThat(store.stats()).isEqualTo(new Stats(6, 6, 3, 0));
            List<StoredEvent> bombings = store.events(Query.all(10).withCategory("ASSAULT").withMinDead(5));
            assertThat(bombings).hasSize(1);
            EventSummary summary = bombings.get(0).summary();
            assertThat(summary.sources()).hasSize(4);
            assertThat(summary.figures().get("dead")).extracting(EventSummary.Figure::value).containsExactly(5, 7, 12, 7);
            assertThat(summary.warnings()).extracting(EventSummary.Warning::status).containsExactly(Status.UNVERIFIED);
            assertThat(bombings.get(0).recordIds()).hasSize(4);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void laterArticleMergesIntoAnEventStoredBefore(TestStores.Kind kind) {
        StoreLocation location = TestStores.fresh(kind, dir);
        List<Stories.Story> bombing = Stories.marketBombing();
        try (Store store = Store.open(location)) {
            saveAll(store, bombing.subList(0, 3));
        }
        try (Store store = Store.open(location)) {
            Saved saved = store.save(bombing.get(3).article(), bombing.get(3).records());

            assertThat(saved).isEqualTo(new Saved(bombing.get(3).article().id(), true, 1, 0, 1));
            assertThat(store.stats().events()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void ingestExtractsOnlyWhatIsNotStoredAndLogsAFailedExtraction(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            Stories.Story story = Stories.marketBombing().get(0);
            java.util.concurrent.atomic.AtomicInteger extractions = new java.util.concurrent.atomic.AtomicInteger();
            java.util.function.Function<org.evident.model.Article, Outcome> extract = a -> {
                extractions.incrementAndGet();
                return Outcome.extracted(a, story.records(), 0);
            };

            assertThat(store.ingest(story.article(), extract).stored()).isTrue();
            Ingested again = store.ingest(story.article(), extract);
            assertThat(again.stored()).isFalse();
            assertThat(again.failed()).isFalse();
            assertThat(extractions).hasValue(1);

            Stories.Story other = Stories.sameDayOtherEvents().get(0);
            Ingested failed = store.ingest(other.article(), a -> Outcome.failed(a, "parser gave up"));
            assertThat(failed.failure()).isEqualTo("parser gave up");
            assertThat(store.contains(other.article().id())).isFalse();
            assertThat(store.stats()).isEqualTo(new Stats(1, 1, 1, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void savingAnArticleAgainChangesNothing(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            saveAll(store, everything());
            Stats before = store.stats();

            Stories.Story again = Stories.marketBombing().get(0);
            assertThat(store.contains(again.article().id())).isTrue();
            assertThat(store.save(again.article(), again.records()).stored()).isFalse();
            assertThat(store.stats()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void queriesFilterByPlaceCountryStatusModeSourceAndDay(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            saveAll(store, everything());

            assertThat(store.events(Query.all(10).withNear(35.47, 44.39, 10))).hasSize(3);
            assertThat(store.events(Query.all(10).withNear(36.34, 43.13, 10))).isEmpty();
            assertThat(store.events(query("IRQ", null, null, null, null, null))).hasSize(3);
            assertThat(store.events(query("Iraq", null, null, null, null, null))).hasSize(3);
            assertThat(store.events(query(null, "UNVERIFIED", null, null, null, null))).hasSize(1);
            assertThat(store.events(query(null, null, "drone", null, null, null))).hasSize(1);
            assertThat(store.events(query(null, null, null, "gulf wire", null, null))).hasSize(2);
            assertThat(store.events(query(null, null, null, null, "2024-03-02", null))).isEmpty();
            assertThat(store.events(query(null, null, null, null, "2024-02-28", new double[] {35, 44, 36, 45})))
                    .hasSize(3);
        }
    }

    private static Query query(String country, String status, String mode, String source, String from, double[] bbox) {
        return new Query(null, null, mode, status, from == null ? null : java.time.LocalDate.parse(from), null, country,
                bbox, null, null, source, null, 10);
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void textQueryFindsTheEventAndHighlightsTheMatch(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            saveAll(store, everything());

            List<StoredEvent> found = store.events(Query.all(10).withText("toll"));
            assertThat(found).hasSize(1);
            assertThat(found.get(0).summary().category()).isEqualTo("ASSAULT");
            assertThat(found.get(0).highlight()).contains("[toll]");
            assertThat(store.events(Query.all(10).withText("protesters"))).hasSize(1);
            assertThat(store.events(Query.all(10).withText("earthquake"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void lostTextIndexIsCaughtUpOnOpenAndRebuiltByReindex(TestStores.Kind kind) throws Exception {
        StoreLocation location = TestStores.fresh(kind, dir);
        try (Store store = Store.open(location)) {
            saveAll(store, everything());
        }
        ScratchFolder.deleteTree(location.indexDir());
        try (Store store = Store.open(location)) {
            assertThat(store.events(Query.all(10).withText("drone"))).hasSize(1);
            assertThat(store.reindex()).isEqualTo(6);
            assertThat(store.events(Query.all(10).withText("drone"))).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aRejectedInputIsLoggedOnceHoweverOftenItIsSeen(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            store.logProblem("broken.json", null, "REJECTED", "invalid JSON");
            store.logProblem("broken.json", null, "REJECTED", "invalid JSON");

            assertThat(store.stats()).isEqualTo(new Stats(0, 0, 0, 1));
        }
    }
}
