package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedded store writes every commit in place; closing it gives back the space its dead chunks hold. */
class StoreCompactionTest {

    @TempDir
    Path dir;

    @Test
    void closingAStoreOfManySmallCommitsShrinksItsFile() throws IOException {
        Path db = dir.resolve("evident");
        Path file = dir.resolve("evident.mv.db");
        long open;
        try (Store store = Store.open(StoreLocation.parse(db.toString(), null))) {
            for (int i = 0; i < 300; i++) {
                store.save(Article.of("compaction-" + i, "Report " + i + "\n\nPeople gathered in Avalon, day " + i
                        + ", outside the ministry of works.\n", null), List.of());
            }
            open = Files.size(file);
        }
        long closed = Files.size(file);
        assertThat(closed).isLessThan(open / 4);
        try (Store store = Store.open(StoreLocation.parse(db.toString(), null))) {
            assertThat(store.stats().articles()).isEqualTo(300L);
        }
    }

    @Test
    void aCompactionCutShortLeavesAStoreThatOpensWithEveryArticle() throws IOException {
        Path db = dir.resolve("evident");
        try (Store store = Store.open(StoreLocation.parse(db.toString(), null))) {
            store.save(Article.of("kept", "Report\n\nPeople gathered in Avalon outside the ministry.\n", null), List.of());
        }
        // what a kill in the middle of the rewrite leaves: the original file and a partial copy beside it
        Path partial = dir.resolve("evident.mv.db.tempFile");
        Files.write(partial, new byte[8192]);
        try (Store store = Store.open(StoreLocation.parse(db.toString(), null))) {
            assertThat(store.stats().articles()).isEqualTo(1L);
        }
        assertThat(partial).doesNotExist();
    }
}
