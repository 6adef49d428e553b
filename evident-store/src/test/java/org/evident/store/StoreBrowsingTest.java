package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evident.testkit.Stories;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the API reads: pages of events in an order with their total, one event or article in full, and counts. */
class StoreBrowsingTest {

    @TempDir
    Path dir;

    private Store filled(TestStores.Kind kind) {
        Store store = Store.open(TestStores.fresh(kind, dir));
        List<Stories.Story> all = new ArrayList<>(Stories.marketBombing());
        all.addAll(Stories.sameDayOtherEvents());
        all.add(Stories.story("Coast News", "2024-04-10", "Port strike", "Dockers walked out at the port of Basra on"
                + " Wednesday, stopping all loading.", b -> b.category("PROTEST", "strike").date("2024-04-10")
                .place("Basra", 30.51, 47.81, "IRQ", "Iraq", 4)));
        all.forEach(s -> store.save(s.article(), s.records()));
        return store;
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void pagesOfEventsComeInTheOrderAskedWithTheirTotal(TestStores.Kind kind) {
        try (Store store = filled(kind)) {
            Page<EventListing> first = store.events(Query.all(2), EventSort.DATE_DESC, 0);
            Page<EventListing> second = store.events(Query.all(2), EventSort.DATE_DESC, 2);

            assertThat(first.total()).isEqualTo(4);
            assertThat(second.total()).isEqualTo(4);
            assertThat(first.items().get(0).event().summary().category()).isEqualTo("PROTEST");
            assertThat(second.items()).hasSize(2);
            assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
            assertThat(store.events(Query.all(10), EventSort.DEAD_DESC, 0).items())
                    .extracting(e -> e.event().summary().highest("dead")).containsExactly(12, 2, null, null);
            assertThat(store.events(Query.all(10), EventSort.REPORTS_DESC, 0).items().get(0).event().recordIds()).hasSize(4);
            assertThat(store.events(Query.all(10), EventSort.DATE, 0).items().get(3).event().summary().category())
                    .isEqualTo("PROTEST");
            assertThat(store.events(Query.all(10).withCategory("ASSAULT"), EventSort.CATEGORY, 0).total()).isEqualTo(2);
            assertThat(store.events(Query.all(1).withCategory("ASSAULT"), EventSort.DATE_DESC, 0).total()).isEqualTo(2);
            assertThat(store.events(Query.all(1).withText("toll"), EventSort.DATE_DESC, 0).total()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aListedEventCarriesItsHeadlinePartiesAndArticles(TestStores.Kind kind) {
        try (Store store = filled(kind)) {
            EventListing bombing = store.events(Query.all(1).withMinDead(5), EventSort.DATE_DESC, 0).items().get(0);

            assertThat(bombing.headline()).startsWith("A bomb exploded at a crowded market");
            assertThat(bombing.actors()).containsExactly("militants");
            assertThat(bombing.recipients()).containsExactly("people");
            assertThat(bombing.articles()).hasSize(4);
            assertThat(bombing.articles().values()).extracting(ArticleRef::title).contains("Kirkuk toll rises");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void oneEventComesWithEveryRecordAndItsArticle(TestStores.Kind kind) {
        try (Store store = filled(kind)) {
            long id = store.events(Query.all(1).withMinDead(5)).get(0).id();
            EventDetail detail = store.event(id).orElseThrow();

            assertThat(detail.listing().event().id()).isEqualTo(id);
            assertThat(detail.records()).hasSize(4);
            assertThat(detail.records()).extracting(StoredRecord::publication)
                    .containsExactlyInAnyOrder("Northern Courier", "Gulf Wire", "Regional Monitor", "Daily Ledger");
            assertThat(detail.records()).allSatisfy(r -> assertThat(r.eventId()).isEqualTo(id));
            assertThat(store.event(987_654)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void articlesAreListedLatestFirstAndOneComesWithBodyRecordsAndEvents(TestStores.Kind kind) {
        try (Store store = filled(kind)) {
            Page<ArticleListing> page = store.articles(0, 3);
            assertThat(page.total()).isEqualTo(7);
            assertThat(page.items()).extracting(a -> a.article().title())
                    .startsWith("Port strike", "Kirkuk buries its dead");
            assertThat(page.items().get(2).article().published()).hasToString("2024-03-02");
            assertThat(store.articles(6, 3).items()).hasSize(1);

            Stories.Story story = Stories.marketBombing().get(2);
            StoredArticle article = store.article(story.article().id()).orElseThrow();
            assertThat(article.body()).isEqualTo(story.article().body());
            assertThat(article.article().publication()).isEqualTo("Regional Monitor");
            assertThat(article.records()).hasSize(1);
            long eventId = article.eventIds().get(article.records().get(0).id());
            assertThat(store.event(eventId).orElseThrow().records()).hasSize(4);
            assertThat(store.article("0000000000000000")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void statsCountEachMatchingEventOnce(TestStores.Kind kind) {
        try (Store store = filled(kind)) {
            EventStats all = store.eventStats(Query.all(1));
            assertThat(all.byDay()).containsExactly(new EventStats.Count("2024-03-01", null, 3),
                    new EventStats.Count("2024-04-10", null, 1));
            assertThat(all.byCategory()).containsExactly(new EventStats.Count("ASSAULT", null, 2),
                    new EventStats.Count("COERCE", null, 1), new EventStats.Count("PROTEST", null, 1));
            assertThat(all.byCountry()).containsExactly(new EventStats.Count("IRQ", "Iraq", 4));
            assertThat(all.byStatus()).extracting(EventStats.Count::count).containsExactly(4L);

            EventStats assaults = store.eventStats(Query.all(1).withCategory("ASSAULT"));
            assertThat(assaults.byCategory()).containsExactly(new EventStats.Count("ASSAULT", null, 2));
            assertThat(store.eventStats(Query.all(1).withText("earthquake")).byDay()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aNegativeOffsetIsRefused(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            assertThatThrownBy(() -> store.events(Query.all(5), EventSort.DATE_DESC, -1))
                    .hasMessage("offset must be 0 or more, was -1");
            assertThatThrownBy(() -> EventSort.parse("loudest")).hasMessageContaining("sort must be one of date, -date");
        }
    }

    private static List<Long> ids(Page<EventListing> page) {
        return page.items().stream().map(e -> e.event().id()).toList();
    }
}
