package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.evident.model.Article;
import org.evident.testkit.EventRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article queries on their own: listing order, one article with its records, and facts by id. */
class ArticleFinderTest {

    @TempDir
    Path dir;

    private StoreLocation location;
    private Article older;
    private Article newer;
    private Article undated;

    @BeforeEach
    void fill() {
        location = TestStores.fresh(TestStores.Kind.H2, dir);
        older = Article.of("older", "Older report\n\nCrowds marched in Avalon.\n", LocalDate.of(2024, 3, 1));
        newer = Article.of("newer", "Newer report\n\nCrowds marched in Avalon again.\n", LocalDate.of(2024, 3, 5));
        undated = Article.of("undated", "Undated report\n\nCrowds gathered in Avalon.\n", null);
        try (Store store = Store.open(location)) {
            store.save(undated, List.of());
            store.save(older, List.of(EventRecords.of("older-r1", older.id()).category("PROTEST", "demonstrate")
                    .text("Crowds marched in Avalon.").build()));
            store.save(newer, List.of());
        }
    }

    @Test
    void aPageListsTheLatestPublishedFirstAndUndatedArticlesLast() throws Exception {
        try (Database db = new Database(location); Connection c = db.connect()) {
            Page<ArticleListing> page = ArticleFinder.page(c, 0, 10);

            assertThat(page.total()).isEqualTo(3);
            assertThat(page.items()).extracting(a -> a.article().id())
                    .containsExactly(newer.id(), older.id(), undated.id());
            assertThat(page.items()).extracting(ArticleListing::recordCount).containsExactly(0, 1, 0);
            assertThat(ArticleFinder.page(c, 2, 10).items()).extracting(a -> a.article().id())
                    .containsExactly(undated.id());
        }
    }

    @Test
    void oneArticleComesWithItsBodyRecordsAndTheirEvents() throws Exception {
        try (Database db = new Database(location); Connection c = db.connect()) {
            StoredArticle article = ArticleFinder.article(c, older.id()).orElseThrow();

            assertThat(article.body()).isEqualTo(older.body());
            assertThat(article.records()).extracting(r -> r.id()).containsExactly("older-r1");
            assertThat(article.eventIds()).containsOnlyKeys("older-r1");
            assertThat(ArticleFinder.article(c, "no-such-article")).isEmpty();
        }
    }

    @Test
    void factsByIdLeaveOutIdsNotStored() throws Exception {
        try (Database db = new Database(location); Connection c = db.connect()) {
            assertThat(ArticleFinder.refs(c, Set.of(newer.id(), "no-such-article"))).containsOnlyKeys(newer.id());
            assertThat(ArticleFinder.refs(c, Set.of())).isEmpty();
        }
    }
}
