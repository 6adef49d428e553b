package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rewrite of a closed H2 file: smaller, whole, and never while someone holds the file. */
class ClosedFileCompactionTest {

    @TempDir
    Path dir;

    private Path fillAndClose(String prefix, int articles) {
        try (Store store = Store.open(StoreLocation.parse(dir.resolve("evident").toString(), null))) {
            for (int i = 0; i < articles; i++) {
                store.save(Article.of(prefix + i, "Report " + i + "\n\nPeople gathered in Avalon, day " + i
                        + ".\n", null), List.of());
            }
        }
        return dir.resolve("evident.mv.db");
    }

    @Test
    void aClosedFileIsRewrittenInPlaceAndOpensWithEverything() throws IOException {
        fillAndClose("kept-", 50);

        assertThat(ClosedFileCompaction.compact(dir.resolve("evident"))).isTrue();

        assertThat(dir.resolve("evident.mv.db.tempFile")).doesNotExist();
        assertThat(dir.resolve("evident.lock.db")).doesNotExist();
        try (Store store = Store.open(StoreLocation.parse(dir.resolve("evident").toString(), null))) {
            assertThat(store.stats().articles()).isEqualTo(50L);
        }
    }

    @Test
    void aMissingFileIsLeftAlone() throws IOException {
        assertThat(ClosedFileCompaction.compact(dir.resolve("nothing-here"))).isFalse();
        assertThat(dir.resolve("nothing-here.mv.db")).doesNotExist();
    }

    @Test
    void aFileThatAnotherProcessHoldsIsNotRewritten() throws IOException {
        Path file = fillAndClose("held-", 100);
        byte[] before = Files.readAllBytes(file);
        Path lock = Files.writeString(dir.resolve("evident.lock.db"), "#held by another process\nmethod=file\n");
        try {
            assertThat(ClosedFileCompaction.compact(dir.resolve("evident"))).isFalse();
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            Files.delete(lock);
        }
    }
}
