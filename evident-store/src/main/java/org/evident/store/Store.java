package org.evident.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.pipeline.Outcome;
import org.evident.resolve.MergeRule;
import org.evident.resolve.Resolver;

/**
 * The event store. Each article is saved in one transaction with its records and the events they resolve into,
 * so a crash never leaves half an article; an article already stored (same content hash) is skipped, so
 * re-ingesting changes nothing. Saves are serialised (resolution must see every earlier article); reads run
 * concurrently. Thread-safe.
 */
public final class Store implements AutoCloseable {

    private final StoreLocation location;
    private final Database database;
    private final TextIndex index;
    private final ArticleWriter writer;
    private final Finder finder;
    private final Connection writeConnection;

    private Store(StoreLocation location, Resolver resolver) {
        this.location = location;
        this.database = new Database(location);
        this.index = new TextIndex(location.indexDir());
        this.writer = new ArticleWriter(resolver);
        this.finder = new Finder(index);
        try {
            this.writeConnection = database.connect();
            writeConnection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure("open", e);
        }
    }

    /** Opens (creating or migrating as needed) the store, and brings its text index up to the database. */
    public static Store open(StoreLocation location) {
        return open(location, new Resolver(MergeRule.standard()));
    }

    /** Opens the store with a resolution rule of one's own. */
    public static Store open(StoreLocation location, Resolver resolver) {
        Objects.requireNonNull(location, "location");
        Store store = new Store(location, Objects.requireNonNull(resolver, "resolver"));
        try {
            store.catchUpIndex();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    public StoreLocation location() {
        return location;
    }

    /** Whether an article with this content hash is stored. */
    public boolean contains(String articleId) {
        try {
            return database.read(c -> ArticleWriter.exists(c, articleId));
        } catch (SQLException e) {
            throw failure("look up article " + articleId + " in", e);
        }
    }

    /**
     * Saves an article with its records in one transaction, resolving each record into an existing or a new event;
     * then adds them to the text index. Does nothing when the article is already stored.
     */
    public synchronized Saved save(Article article, List<EventRecord> records) {
        Saved saved;
        Map<Long, String> texts = new LinkedHashMap<>();
        try {
            saved = writer.save(writeConnection, article, records, (rowId, record) -> texts.put(rowId, recordText(record)));
            writeConnection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw failure("save article " + article.id() + " (" + article.origin() + ") in", e);
        }
        if (saved.stored()) {
            index.add(article, texts);
        }
        return saved;
    }

    /**
     * Extracts and saves one article unless it is stored already (the check comes first, so a rerun costs no
     * extraction). A failed extraction is logged as FAILED and stores nothing. Extraction runs outside the store's
     * lock, so callers may ingest from several threads.
     */
    public Ingested ingest(Article article, Function<Article, Outcome> extract) {
        if (contains(article.id())) {
            return new Ingested(Saved.skipped(article.id()), null);
        }
        Outcome outcome = extract.apply(article);
        if (outcome.failed()) {
            logProblem(article.origin(), article.id(), "FAILED", outcome.error());
            return new Ingested(null, outcome.error());
        }
        return new Ingested(save(article, outcome.records()), null);
    }

    /** Logs an input that was not stored: outcome REJECTED (unreadable) or FAILED (processing failed). */
    public synchronized void logProblem(String origin, String articleId, String outcome, String reason) {
        try {
            ArticleWriter.log(writeConnection, origin, articleId, outcome, reason, 0);
            writeConnection.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("log " + origin + " in", e);
        }
    }

    /**
     * The ids of the articles in the last commit of this location's text index: what a process that opens it after
     * a crash finds, before catching up. For crash tests and benchmarks; reads the folder without opening a store.
     */
    public static Set<String> committedIndexArticles(StoreLocation location) {
        return TextIndex.committedArticleIds(location.indexDir());
    }

    /** Makes text index additions durable now rather than at the next periodic commit. */
    public void commitIndex() {
        index.commit();
    }

    public Stats stats() {
        try {
            return database.read(c -> new Stats(count(c, "SELECT COUNT(*) FROM articles"),
                    count(c, "SELECT COUNT(*) FROM records"), count(c, "SELECT COUNT(*) FROM events"),
                    count(c, "SELECT COUNT(DISTINCT origin) FROM ingest_log WHERE outcome <> 'STORED'")));
        } catch (SQLException e) {
            throw failure("count in", e);
        }
    }

    /** The events with a record that matches the query, latest first. */
    public List<StoredEvent> events(Query query) {
        try {
            return database.read(c -> finder.events(c, query));
        } catch (SQLException e) {
            throw failure("query", e);
        }
    }

    /**
     * One page of the events with a record that matches the query, in the order asked for: {@code query.limit()}
     * events after the first {@code offset}, with how many match in all. A text query's total counts the events
     * of its best {@value Finder#MAX_TEXT_HITS} text hits.
     */
    public Page<EventListing> events(Query query, EventSort sort, int offset) {
        Objects.requireNonNull(sort, "sort");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
        }
        try {
            return database.read(c -> finder.page(c, query, sort, offset));
        } catch (SQLException e) {
            throw failure("query", e);
        }
    }

    /** The event with this id and every record that reports it, or empty when there is none. */
    public Optional<EventDetail> event(long id) {
        try {
            return database.read(c -> finder.event(c, id));
        } catch (SQLException e) {
            throw failure("read event " + id + " from", e);
        }
    }

    /** Counts of the events that match the query, by day, category, country and status. */
    public EventStats eventStats(Query query) {
        try {
            return database.read(c -> finder.stats(c, query));
        } catch (SQLException e) {
            throw failure("count events in", e);
        }
    }

    /** A page of the stored articles, latest published first. */
    public Page<ArticleListing> articles(int offset, int limit) {
        Page.check(offset, limit, Integer.MAX_VALUE);
        try {
            return database.read(c -> ArticleFinder.page(c, offset, limit));
        } catch (SQLException e) {
            throw failure("list the articles of", e);
        }
    }

    /** The article with this content hash, with its body, records and their events, or empty. */
    public Optional<StoredArticle> article(String id) {
        try {
            return database.read(c -> ArticleFinder.article(c, id));
        } catch (SQLException e) {
            throw failure("read article " + id + " from", e);
        }
    }

    /** Streams every record that matches the query, in storage order, to {@code sink}. */
    public void records(Query query, Consumer<StoredRecord> sink) {
        try {
            database.read(c -> {
                finder.records(c, query, sink);
                return null;
            });
        } catch (SQLException e) {
            throw failure("read records from", e);
        }
    }

    /** Rebuilds the text index from the database; returns the number of articles indexed. */
    public synchronized int reindex() {
        index.clear();
        int n = indexArticles(null);
        index.commit();
        return n;
    }

    /**
     * Brings the index to the database's articles after a crash: adds those it lacks (a kill after the database's
     * commit, before the index's), removes those the database lacks (the database lost its last commits, the index
     * kept them). Compares identifiers, not counts: both can be off at once.
     */
    private void catchUpIndex() {
        Set<String> indexed = index.articleIds();
        Set<String> stored;
        try {
            stored = database.read(Store::articleIds);
        } catch (SQLException e) {
            throw failure("list the articles of", e);
        }
        Set<String> extra = new HashSet<>(indexed);
        extra.removeAll(stored);
        Set<String> missing = new TreeSet<>(stored);
        missing.removeAll(indexed);
        if (extra.isEmpty() && missing.isEmpty()) {
            return;
        }
        index.delete(extra);
        indexArticles(missing);
        index.commit();
    }

    private static Set<String> articleIds(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM articles")) {
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Indexes the articles with these ids, or every article when {@code ids} is null; returns how many. */
    private int indexArticles(Set<String> ids) {
        int n = 0;
        String sql = "SELECT id, origin, title, body FROM articles" + (ids == null ? " ORDER BY id" : " WHERE id = ?");
        try (Connection c = database.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            st.setFetchSize(200);
            for (String id : ids == null ? Collections.<String>singletonList(null) : ids) { // null: one query of all
                if (id != null) {
                    st.setString(1, id);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String articleId = rs.getString("id");
                        Article article = new Article(articleId, rs.getString("origin"), rs.getString("title"),
                                rs.getString("body"), null, null, null, null, null);
                        index.add(article, recordTexts(c, articleId));
                        n++;
                    }
                }
            }
            c.rollback();
        } catch (SQLException e) {
            throw failure("index the articles of", e);
        }
        return n;
    }

    private static Map<Long, String> recordTexts(Connection c, String articleId) throws SQLException {
        Map<Long, String> texts = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, json FROM records WHERE article_id = ? ORDER BY id")) {
            st.setString(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    texts.put(rs.getLong("id"), recordText(StoredJson.record(rs.getString("json"))));
                }
            }
        }
        return texts;
    }

    /** What a record's text search sees: its sentences, trigger words, actors, place and source. */
    static String recordText(EventRecord r) {
        List<String> parts = new ArrayList<>(r.eventText());
        r.mentions().forEach(m -> parts.add(m.text()));
        r.actor().forEach(e -> parts.add(e.entityText()));
        r.recipient().forEach(e -> parts.add(e.entityText()));
        if (r.eventLoc() != null) {
            parts.add(ArticleWriter.placeName(r.eventLoc()));
            parts.add(r.eventLoc().country());
        }
        if (r.source() != null) {
            parts.add(r.source().text());
        }
        parts.addAll(r.event());
        parts.addAll(r.mode());
        return String.join("\n", parts.stream().filter(Objects::nonNull).toList());
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void rollback() {
        try {
            writeConnection.rollback();
        } catch (SQLException ignored) {
            // the save already failed; its own error is the one to report
        }
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException("cannot " + what + " the store " + database.redacted() + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            index.close();
        } finally {
            try {
                writeConnection.close();
            } catch (SQLException ignored) {
                // closing; nothing left to protect
            }
            database.close();
        }
    }
}
