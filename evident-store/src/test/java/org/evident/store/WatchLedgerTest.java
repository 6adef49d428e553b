package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a watch has read, remembered in an H2 store: sources and their rounds, items and their versions. */
class WatchLedgerTest {

    @TempDir
    Path dir;

    private Store store;
    private WatchLedger ledger;

    @BeforeEach
    void open() {
        store = Store.open(TestStores.fresh(TestStores.Kind.H2, dir));
        ledger = store.watchLedger();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSourceIsRegisteredOnceAndListedInTheOrderAdded() {
        WatchLedger.Source first = ledger.source("https://a.example/feed");
        WatchLedger.Source second = ledger.source("https://b.example/feed");
        assertThat(ledger.source("https://a.example/feed").id()).isEqualTo(first.id());
        assertThat(ledger.sources()).extracting(WatchLedger.Source::url)
                .containsExactly("https://a.example/feed", "https://b.example/feed");
        assertThat(second.rounds()).isZero();
        assertThat(second.nextRun()).isNull();
    }

    @Test
    void roundsAddUpAndTheLastOneIsKept() {
        long id = ledger.source("https://a.example/feed").id();
        Instant next = Instant.parse("2030-01-01T00:00:00Z");
        ledger.roundDone(id, new WatchLedger.Round("e1", null, null, "OK", null, 0, next, 10, 3, 0));
        ledger.roundDone(id, new WatchLedger.Round("e2", "Mon", "body-2", "FAILED", "timeout", 1,
                next.plusSeconds(60), 0, 0, 1));
        WatchLedger.Source seen = ledger.source("https://a.example/feed");
        assertThat(seen.rounds()).isEqualTo(2);
        assertThat(seen.itemsSeen()).isEqualTo(10);
        assertThat(seen.articlesStored()).isEqualTo(3);
        assertThat(seen.errors()).isEqualTo(1);
        assertThat(seen.etag()).isEqualTo("e2");
        assertThat(seen.bodyHash()).isEqualTo("body-2");
        assertThat(seen.lastOutcome()).isEqualTo("FAILED");
        assertThat(seen.lastError()).isEqualTo("timeout");
        assertThat(seen.failuresInRow()).isEqualTo(1);
        assertThat(seen.nextRun()).isEqualTo(next.plusSeconds(60));
        assertThat(seen.lastFetch()).isNotNull();
    }

    @Test
    void anItemCountsANewVersionOnlyWhenItsContentChanges() {
        long source = ledger.source("https://a.example/feed").id();
        String url = "https://a.example/news/1";
        assertThat(ledger.item(url)).isEmpty();
        ledger.itemRead(new WatchLedger.ItemRead(url, source, "f1", null, null), null);
        assertThat(ledger.item(url).orElseThrow().versions()).isZero();
        ledger.itemRead(new WatchLedger.ItemRead(url, source, "f2", "etag", null), "hash-1");
        ledger.itemRead(new WatchLedger.ItemRead(url, source, "f3", "etag", null), "hash-1");
        assertThat(ledger.item(url).orElseThrow().versions()).isEqualTo(1);
        ledger.itemRead(new WatchLedger.ItemRead(url, source, "f4", "etag", null), "hash-2");
        ledger.itemRead(new WatchLedger.ItemRead(url, source, "f5", null, null), null);
        WatchLedger.Item item = ledger.item(url).orElseThrow();
        assertThat(item.versions()).isEqualTo(2);
        assertThat(item.articleId()).as("a read that stored nothing keeps the version stored").isEqualTo("hash-2");
        assertThat(item.fingerprint()).isEqualTo("f5");
    }

    @Test
    void aLongListingIsLookedUpWhole() {
        long source = ledger.source("https://a.example/feed").id();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            urls.add("https://a.example/news/" + i);
        }
        ledger.itemRead(new WatchLedger.ItemRead(urls.get(3), source, "f", null, null), "h3");
        ledger.itemRead(new WatchLedger.ItemRead(urls.get(1100), source, "f", null, null), "h1100");
        Map<String, WatchLedger.Item> known = ledger.items(urls);
        assertThat(known).containsOnlyKeys(urls.get(3), urls.get(1100));
        assertThat(known.get(urls.get(1100)).articleId()).isEqualTo("h1100");
    }
}
