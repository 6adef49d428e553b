package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a store lives, from what a user gives: a path for embedded H2, or a JDBC URL. */
class StoreLocationTest {

    @TempDir
    Path dir;

    @Test
    void aPathIsADurableSharedH2FileWithItsIndexBeside() {
        StoreLocation location = StoreLocation.parse(dir.resolve("news").toString(), null);
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:h2:file:" + dir.resolve("news")
                + ";WRITE_DELAY=0;AUTO_SERVER=TRUE");
        assertThat(location.indexDir()).isEqualTo(dir.resolve("news-index"));
        assertThat(location.postgres()).isFalse();
    }

    @Test
    void theDatabaseFilesOwnNameIsTheStoresName() {
        StoreLocation location = StoreLocation.parse(dir.resolve("news.mv.db").toString(), null);
        assertThat(location.jdbcUrl()).startsWith("jdbc:h2:file:" + dir.resolve("news") + ";");
        assertThat(location.indexDir()).isEqualTo(dir.resolve("news-index"));
    }

    @Test
    void aUrlIsKeptAndAGivenIndexWins() {
        StoreLocation location = StoreLocation.parse(" jdbc:postgresql://db/evident ", dir.resolve("idx"));
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db/evident");
        assertThat(location.indexDir()).isEqualTo(dir.resolve("idx"));
        assertThat(location.postgres()).isTrue();
    }

    @Test
    void noNameIsTheDefaultDataFolder() {
        StoreLocation location = StoreLocation.parse(null, null);
        assertThat(location.jdbcUrl()).contains(Path.of(StoreLocation.DEFAULT_DB).toAbsolutePath().normalize()
                .toString());
    }

    @Test
    void anotherDatabaseIsRefusedWithWhatToUse() {
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://db/evident", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:mysql")
                .hasMessageContaining("jdbc:postgresql");
    }
}
