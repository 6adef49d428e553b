package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.evident.testkit.Stories;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two stores open on one location at once, as evident serve and a CLI command are: the first holds the text
 * index's only writer, the second saves into the database and queues its articles, which the first indexes within
 * seconds; when the first closes, the second takes the index over. (In one JVM H2 shares its database directly;
 * across processes, H2's mixed mode does, which the CLI's SharedStoreCliTest runs.)
 */
class SharedStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void articlesSavedByTheStoreWithoutTheIndexAreIndexedByItsHolderAndFoundByBoth(TestStores.Kind kind) {
        StoreLocation location = TestStores.fresh(kind, dir);
        List<Stories.Story> stories = Stories.marketBombing();
        Stories.Story drone = Stories.sameDayOtherEvents().get(1);
        try (Store holder = Store.open(location)) {
            holder.save(stories.get(0).article(), stories.get(0).records());
            holder.commitIndex();
            try (Store second = Store.open(location)) {
                assertThat(holder.holdsIndex()).isTrue();
                assertThat(second.holdsIndex()).isFalse();
                assertThat(second.stats().articles()).isEqualTo(1);
                assertThat(second.events(Query.all(10).withText("market"))).hasSize(1); // the holder's last commit

                Saved saved = second.save(drone.article(), drone.records());
                assertThat(saved.stored()).isTrue();
                assertThat(holder.stats().articles()).isEqualTo(2);
                awaitTrue(() -> holder.events(Query.all(10).withText("drone")).size() == 1);
                awaitTrue(() -> second.events(Query.all(10).withText("drone")).size() == 1);
                assertThatThrownBy(second::reindex).isInstanceOf(StoreException.class)
                        .hasMessageContaining("another process");
            }
        }
        assertThat(Store.committedIndexArticles(location))
                .containsExactlyInAnyOrder(stories.get(0).article().id(), drone.article().id());
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theSecondStoreTakesTheIndexOverWhenTheHolderCloses(TestStores.Kind kind) {
        StoreLocation location = TestStores.fresh(kind, dir);
        List<Stories.Story> stories = Stories.marketBombing();
        Store holder = Store.open(location);
        try (Store second = Store.open(location)) {
            second.save(stories.get(1).article(), stories.get(1).records()); // queued for the holder
            holder.close(); // indexes what was queued before it lets go
            assertThat(Store.committedIndexArticles(location)).containsExactly(stories.get(1).article().id());

            awaitTrue(second::holdsIndex);
            second.save(stories.get(2).article(), stories.get(2).records()); // indexed by itself now
            assertThat(second.events(Query.all(10).withText("militants"))).hasSize(1);
        }
        try (Store reopened = Store.open(location)) {
            assertThat(reopened.holdsIndex()).isTrue();
            assertThat(Store.committedIndexArticles(location)).hasSize(2);
        }
    }

    /**
     * A store that reaches its database through another process (H2's mixed mode) loses its connections when that
     * process stops: H2 reconnects those in auto-commit mode by itself, and the store reopens its write connection.
     * Here an H2 TCP server in this JVM stands in for the serving process, stopped and started again.
     */
    @Test
    void savesGoOnAfterTheServingProcessStopsAndAnotherServesTheDatabase() throws Exception {
        Server tcp = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        int port = tcp.getPort();
        String url = "jdbc:h2:tcp://localhost:" + port + "/" + dir.resolve("evident").toAbsolutePath()
                + ";WRITE_DELAY=0;AUTO_RECONNECT=TRUE";
        List<Stories.Story> stories = Stories.marketBombing();
        try (Store store = Store.open(new StoreLocation(url, dir.resolve("evident-index")))) {
            store.save(stories.get(0).article(), stories.get(0).records());
            tcp.stop(); // every session cut, as when the process that served the file ends
            tcp = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();

            assertThat(store.save(stories.get(1).article(), stories.get(1).records()).stored()).isTrue();
            assertThat(store.stats().articles()).isEqualTo(2);
            assertThat(store.events(Query.all(10).withText("toll"))).hasSize(1);
        } finally {
            tcp.stop();
        }
    }

    /** Waits up to 15 seconds (five turns of the feeder) for the condition. */
    private static void awaitTrue(BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not true after 15 seconds");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }
}
