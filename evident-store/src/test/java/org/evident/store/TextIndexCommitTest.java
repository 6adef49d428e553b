package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evident.model.Article;
import org.evident.testkit.Stories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text index commits while a store is in use (so a killed process loses at most a short window of it), and a
 * store opened after a crash brings its index to the database by identifiers: it adds the articles the index lacks
 * and removes those the database lacks, even when both counts agree.
 */
class TextIndexCommitTest {

    @TempDir
    Path dir;

    @Test
    void additionsAreCommittedAfterTheIntervalWithoutAnyCloseOrExplicitCommit() throws Exception {
        Article article = Stories.marketBombing().get(0).article();
        try (TextIndex index = new TextIndex(dir, Duration.ofMillis(100), 1000)) {
            index.add(article, Map.of(1L, "a record"));
            assertThat(awaitCommitted(Set.of(article.id()))).containsExactly(article.id());
        }
    }

    @Test
    void additionsAreCommittedAfterSoManyArticlesWhateverTheInterval() throws Exception {
        List<Stories.Story> stories = Stories.marketBombing();
        try (TextIndex index = new TextIndex(dir, Duration.ofHours(1), 2)) {
            index.add(stories.get(0).article(), Map.of());
            assertThat(TextIndex.committedArticleIds(dir)).isEmpty();
            index.add(stories.get(1).article(), Map.of());
            Set<String> both = Set.of(stories.get(0).article().id(), stories.get(1).article().id());
            assertThat(awaitCommitted(both)).isEqualTo(both);
        }
    }

    /** The committed article ids once they include {@code expected}, or after 10 seconds whatever they are. */
    private Set<String> awaitCommitted(Set<String> expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!TextIndex.committedArticleIds(dir).containsAll(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        return TextIndex.committedArticleIds(dir);
    }

    @Test
    void openingCatchesTheIndexUpByIdentifiersNotCounts() {
        StoreLocation location = StoreLocation.parse(dir.resolve("evident").toString(), null);
        List<Stories.Story> stories = new ArrayList<>(Stories.marketBombing());
        stories.addAll(Stories.sameDayOtherEvents());
        Set<String> stored = new HashSet<>();
        try (Store store = Store.open(location)) {
            stories.forEach(s -> store.save(s.article(), s.records()));
            stories.forEach(s -> stored.add(s.article().id()));
        }
        // As after a crash: the index lost one article and kept one the database lost; the counts still agree.
        Article dropped = stories.get(0).article();
        Article phantom = Article.of("lost.txt", "Zanzibarite phantoms marched on the harbour.", null);
        try (TextIndex index = new TextIndex(location.indexDir())) {
            index.delete(Set.of(dropped.id()));
            index.add(phantom, Map.of(999_999L, "Zanzibarite phantom record"));
        }
        try (TextIndex index = new TextIndex(location.indexDir())) {
            assertThat(index.articleIds()).hasSameSizeAs(stored).contains(phantom.id()).doesNotContain(dropped.id());
        }

        try (Store store = Store.open(location)) {
            assertThat(store.events(Query.all(10).withText("Zanzibarite"))).isEmpty();
            assertThat(store.events(Query.all(10).withText("drone"))).hasSize(1);
        }
        try (TextIndex index = new TextIndex(location.indexDir())) {
            assertThat(index.articleIds()).isEqualTo(stored);
            assertThat(index.search("Zanzibarite", 10).records()).isEmpty();
        }
    }
}
