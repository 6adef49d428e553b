package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.Function;
import org.evident.model.Article;
import org.evident.model.Outcome;
import org.evident.testkit.Stories;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A watched item is marked read in the transaction that stores its article: stored if and only if marked. */
class WatchedIngestTest {

    private static final String FEED = "http://127.0.0.1/feed.xml";
    private static final String PAGE = "http://127.0.0.1/page/1.html";

    @TempDir
    Path dir;

    private final Stories.Story story = Stories.marketBombing().get(0);
    private final Function<Article, Outcome> extract = a -> Outcome.extracted(a, story.records(), 0);

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anIngestedArticleMarksItsItemWithItsContentHash(TestStores.Kind kind) {
        StoreLocation location = TestStores.fresh(kind, dir);
        try (Store store = Store.open(location)) {
            long source = store.watchLedger().source(FEED).id();
            Ingested ingested = store.ingest(story.article(), extract, null,
                    new WatchLedger.ItemRead(PAGE, source, "f1", "\"p1\"", null));
            assertThat(ingested.stored()).isTrue();
        }
        try (Store store = Store.open(location)) {
            WatchLedger.Item item = store.watchLedger().item(PAGE).orElseThrow();
            assertThat(item.articleId()).isEqualTo(story.article().id());
            assertThat(item.etag()).isEqualTo("\"p1\"");
            assertThat(item.versions()).isEqualTo(1);
            assertThat(store.contains(story.article().id())).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void aFailureBetweenTheArticleAndItsItemLeavesNeither(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            long source = store.watchLedger().source(FEED).id();
            // no such source: the item's row fails after the article's rows are written, in the same transaction
            WatchLedger.ItemRead orphan = new WatchLedger.ItemRead(PAGE, source + 1000, "f1", null, null);
            assertThatThrownBy(() -> store.ingest(story.article(), extract, null, orphan))
                    .isInstanceOf(StoreException.class);
            assertThat(store.contains(story.article().id())).isFalse();
            assertThat(store.watchLedger().item(PAGE)).isEmpty();
            assertThat(store.stats().articles()).isZero();
            assertThat(store.stats().events()).isZero();

            // the store goes on: the same article with its item is stored whole
            assertThat(store.ingest(story.article(), extract, null,
                    new WatchLedger.ItemRead(PAGE, source, "f1", null, null)).stored()).isTrue();
            assertThat(store.watchLedger().item(PAGE).orElseThrow().articleId()).isEqualTo(story.article().id());
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anArticleStoredBeforeOrFailingStillMarksItsItem(TestStores.Kind kind) {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            long source = store.watchLedger().source(FEED).id();
            store.save(story.article(), story.records());
            Ingested again = store.ingest(story.article(), extract, null,
                    new WatchLedger.ItemRead(PAGE, source, "f1", null, null));
            assertThat(again.stored()).isFalse();
            assertThat(store.watchLedger().item(PAGE).orElseThrow().articleId()).isEqualTo(story.article().id());

            Stories.Story other = Stories.sameDayOtherEvents().get(0);
            String otherPage = "http://127.0.0.1/page/2.html";
            Ingested failed = store.ingest(other.article(), a -> Outcome.failed(a, "parser gave up"), null,
                    new WatchLedger.ItemRead(otherPage, source, "f2", null, null));
            assertThat(failed.failed()).isTrue();
            WatchLedger.Item unread = store.watchLedger().item(otherPage).orElseThrow();
            assertThat(unread.articleId()).isNull();
            assertThat(unread.fingerprint()).isEqualTo("f2");
            assertThat(store.stats().rejected()).isEqualTo(1);
        }
    }
}
