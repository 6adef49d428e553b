package org.evident.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evident.model.Article;

/**
 * What {@code evident watch} remembers between rounds and across restarts, in the store's own database: each
 * source's validators (ETag, Last-Modified), health and schedule, and each item read with the fingerprint it had in
 * its feed and the content hash of the version last stored. Every change is committed at once, so a watch killed
 * with kill -9 loses at most the article in flight; an item whose article the watch stores is marked read in the
 * article's own transaction ({@link Store#ingest(Article, java.util.function.Function, String, ItemRead)}), so an
 * article is stored if and only if its item is marked.
 */
public final class WatchLedger {

    /**
     * One source as last seen. {@code nextRun} and {@code lastFetch} are null before the first round;
     * {@code bodyHash} is the hash of the body its last settled round read, or null.
     */
    public record Source(long id, String url, String etag, String lastModified, String bodyHash, Instant lastFetch,
                         String lastOutcome, String lastError, int failuresInRow, Instant nextRun, int rounds,
                         int itemsSeen, int articlesStored, int errors) {}

    /** One item as last read: its feed fingerprint, its page's validators and the version stored. */
    public record Item(String url, String fingerprint, String etag, String lastModified, String articleId,
                       int versions) {}

    /**
     * An item as the watch has just read it: its URL (the ledger's key), its source, its fingerprint in the feed and
     * the validators of its page (or null).
     */
    public record ItemRead(String url, long sourceId, String fingerprint, String etag, String lastModified) {}

    /** How one round of a source went, to be added to its row; the validators and body hash replace the old. */
    public record Round(String etag, String lastModified, String bodyHash, String outcome, String error,
                        int failuresInRow, Instant nextRun, int itemsSeen, int articlesStored, int errors) {}

    /** Item URLs looked up in one query; keeps the statement within every database's parameter limit. */
    private static final int LOOKUP_BATCH = 500;

    /** Work in one transaction on the store's write connection, serialised with the store's saves. */
    interface Transactions {
        <T> T run(Database.Work<T> work) throws SQLException;
    }

    private final Database database;
    private final Transactions transactions;

    WatchLedger(Database database, Transactions transactions) {
        this.database = database;
        this.transactions = transactions;
    }

    /** The source with this URL, created with an empty history when it is new. */
    public synchronized Source source(String url) {
        try {
            return database.write(c -> {
                Optional<Source> known = find(c, url);
                if (known.isPresent()) {
                    return known.get();
                }
                try (PreparedStatement st = c.prepareStatement("INSERT INTO watch_sources (url, url_hash,"
                        + " failures_in_row, rounds, items_seen, articles_stored, errors) VALUES (?, ?, 0, 0, 0, 0, 0)")) {
                    st.setString(1, Columns.clip(url, 4000));
                    st.setString(2, Article.contentHash(url));
                    st.executeUpdate();
                }
                return find(c, url).orElseThrow();
            });
        } catch (SQLException e) {
            throw failure("register the watch source " + url + " in", e);
        }
    }

    /** Every source ever watched with this store, in the order they were first added. */
    public List<Source> sources() {
        try {
            return database.read(c -> {
                List<Source> all = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("SELECT * FROM watch_sources ORDER BY id");
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        all.add(source(rs));
                    }
                }
                return all;
            });
        } catch (SQLException e) {
            throw failure("list the watch sources of", e);
        }
    }

    /** Adds a round's outcome to the source's row. */
    public synchronized void roundDone(long sourceId, Round round) {
        try {
            database.write(c -> {
                try (PreparedStatement st = c.prepareStatement("UPDATE watch_sources SET etag = ?, last_modified = ?,"
                        + " body_hash = ?, last_fetch_at = ?, last_outcome = ?, last_error = ?, failures_in_row = ?,"
                        + " next_run_at = ?, rounds = rounds + 1, items_seen = items_seen + ?,"
                        + " articles_stored = articles_stored + ?, errors = errors + ? WHERE id = ?")) {
                    st.setString(1, Columns.clip(round.etag(), 1000));
                    st.setString(2, Columns.clip(round.lastModified(), 200));
                    st.setString(3, round.bodyHash());
                    st.setTimestamp(4, Timestamp.from(Instant.now()));
                    st.setString(5, Columns.clip(round.outcome(), 32));
                    st.setString(6, Columns.clip(round.error(), 4000));
                    st.setInt(7, round.failuresInRow());
                    timestamp(st, 8, round.nextRun());
                    st.setInt(9, round.itemsSeen());
                    st.setInt(10, round.articlesStored());
                    st.setInt(11, round.errors());
                    st.setLong(12, sourceId);
                    return st.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure("record a round of watch source " + sourceId + " in", e);
        }
    }

    /** The item with this URL as last read, or empty when it was never read. */
    public Optional<Item> item(String url) {
        return Optional.ofNullable(items(List.of(url)).get(url));
    }

    /** Of these URLs, the items read before, by URL: one query for a whole listing's items. */
    public Map<String, Item> items(Collection<String> urls) {
        Map<String, String> urlByHash = new HashMap<>();
        for (String url : urls) {
            urlByHash.put(Article.contentHash(url), url);
        }
        try {
            return database.read(c -> {
                Map<String, Item> known = new HashMap<>();
                List<String> hashes = new ArrayList<>(urlByHash.keySet());
                for (int from = 0; from < hashes.size(); from += LOOKUP_BATCH) {
                    List<String> batch = hashes.subList(from, Math.min(hashes.size(), from + LOOKUP_BATCH));
                    try (PreparedStatement st = c.prepareStatement("SELECT url_hash, url, fingerprint, etag,"
                            + " last_modified, article_id, versions FROM watch_items WHERE url_hash IN ("
                            + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")")) {
                        for (int i = 0; i < batch.size(); i++) {
                            st.setString(i + 1, batch.get(i));
                        }
                        try (ResultSet rs = st.executeQuery()) {
                            while (rs.next()) {
                                known.put(urlByHash.get(rs.getString(1)), new Item(rs.getString(2), rs.getString(3),
                                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)));
                            }
                        }
                    }
                }
                return known;
            });
        } catch (SQLException e) {
            throw failure("look up " + urls.size() + " watched items in", e);
        }
    }

    /**
     * Remembers an item as read: its feed fingerprint, page validators and the content hash now stored for it
     * ({@code articleId}, or null when nothing was stored), in a transaction of its own.
     */
    public void itemRead(ItemRead item, String articleId) {
        try {
            transactions.run(c -> itemRead(c, item, articleId));
        } catch (SQLException e) {
            throw failure("remember the watched item " + item.url() + " in", e);
        }
    }

    /**
     * Remembers an item as read in the caller's transaction. A content hash other than the one remembered counts as
     * a new version. Runs only on the store's write connection, whose saves are serialised: two writers of one item
     * never race between looking its row up and inserting it.
     */
    static int itemRead(Connection c, ItemRead item, String articleId) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String urlHash = Article.contentHash(item.url());
        String storedId;
        try (PreparedStatement st = c.prepareStatement("SELECT article_id FROM watch_items WHERE url_hash = ?")) {
            st.setString(1, urlHash);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return insertItem(c, item, urlHash, articleId, now);
                }
                storedId = rs.getString(1);
            }
        }
        boolean newVersion = articleId != null && !articleId.equals(storedId);
        try (PreparedStatement st = c.prepareStatement("UPDATE watch_items SET fingerprint = ?, etag = ?,"
                + " last_modified = ?, article_id = ?, versions = versions + ?, last_seen = ? WHERE url_hash = ?")) {
            st.setString(1, item.fingerprint());
            st.setString(2, Columns.clip(item.etag(), 1000));
            st.setString(3, Columns.clip(item.lastModified(), 200));
            st.setString(4, articleId != null ? articleId : storedId);
            st.setInt(5, newVersion ? 1 : 0);
            st.setTimestamp(6, now);
            st.setString(7, urlHash);
            return st.executeUpdate();
        }
    }

    private static int insertItem(Connection c, ItemRead item, String urlHash, String articleId, Timestamp now)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO watch_items (url, url_hash, source_id,"
                + " fingerprint, etag, last_modified, article_id, versions, first_seen, last_seen)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, Columns.clip(item.url(), 4000));
            st.setString(2, urlHash);
            st.setLong(3, item.sourceId());
            st.setString(4, item.fingerprint());
            st.setString(5, Columns.clip(item.etag(), 1000));
            st.setString(6, Columns.clip(item.lastModified(), 200));
            st.setString(7, articleId);
            st.setInt(8, articleId == null ? 0 : 1);
            st.setTimestamp(9, now);
            st.setTimestamp(10, now);
            return st.executeUpdate();
        }
    }

    private static Optional<Source> find(Connection c, String url) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM watch_sources WHERE url_hash = ?")) {
            st.setString(1, Article.contentHash(url));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(source(rs)) : Optional.empty();
            }
        }
    }

    private static Source source(ResultSet rs) throws SQLException {
        return new Source(rs.getLong("id"), rs.getString("url"), rs.getString("etag"), rs.getString("last_modified"),
                rs.getString("body_hash"), instant(rs, "last_fetch_at"), rs.getString("last_outcome"), rs.getString("last_error"),
                rs.getInt("failures_in_row"), instant(rs, "next_run_at"), rs.getInt("rounds"), rs.getInt("items_seen"),
                rs.getInt("articles_stored"), rs.getInt("errors"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static void timestamp(PreparedStatement st, int index, Instant value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.TIMESTAMP);
        } else {
            st.setTimestamp(index, Timestamp.from(value));
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " the store " + database.redacted() + ": " + e.getMessage(), e);
    }
}
