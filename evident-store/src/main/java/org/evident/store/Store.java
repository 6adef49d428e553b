package org.evident.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Outcome;
import org.evident.resolve.MergeRule;
import org.evident.resolve.Resolver;

/**
 * The event store. Each article is saved in one transaction with its records and the events they resolve into,
 * so a crash never leaves half an article; an article already stored (same content hash) is skipped, so
 * re-ingesting changes nothing. Saves are serialised (resolution must see every earlier article); reads run
 * concurrently. Thread-safe.
 *
 * <p>Several processes may open one store at once (evident serve and the CLI): an embedded H2 database is shared
 * by H2's automatic mixed mode (see {@link StoreLocation#parse(String, Path, boolean)}), PostgreSQL shares itself.
 * The text index has one writer: the store that holds it indexes its own articles, and every few seconds also
 * those that the other stores queued (a row in {@code index_queue}, written in the article's transaction). A
 * store without the writer searches the index's last commit, tries every few seconds to take the writer over, and
 * on close waits a little for the holder to index what it queued, so that a search right after an ingest finds it.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Store.class.getName());
    /** Queued articles indexed in one go by the holder of the index. */
    private static final int QUEUE_BATCH = 500;
    /** How long closing waits for the holder of the index to index the articles this store queued. */
    private static final Duration QUEUE_WAIT_ON_CLOSE = Duration.ofSeconds(20);

    private final StoreLocation location;
    private final Database database;
    private final TextIndex index;
    private final ArticleWriter writer;
    private final Finder finder;
    private final WatchLedger watchLedger;
    private final Alerts alerts;
    /** Replaced when it breaks: when the process that served the H2 database to this one stops, see {@link #write}. */
    private Connection writeConnection;
    /** True once this store holds the index's writer and has caught the index up; until then saves queue. */
    private volatile boolean indexesItsSaves;
    /** Articles this store queued for the holder of the index that the holder has not yet indexed, as last seen. */
    private final Set<String> queuedHere = ConcurrentHashMap.newKeySet();
    /** Takes the index over when its holder lets go, and indexes queued articles while this store holds it. */
    private final ScheduledExecutorService feeder;

    private Store(StoreLocation location, Resolver resolver) {
        this.location = location;
        this.database = new Database(location);
        this.index = new TextIndex(location.indexDir());
        this.writer = new ArticleWriter(resolver);
        this.finder = new Finder(index);
        this.watchLedger = new WatchLedger(database, this::write);
        this.alerts = new Alerts(database, finder);
        try {
            this.writeConnection = database.connect();
            writeConnection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure("open", e);
        }
        this.feeder = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "evident-index-feed");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens (creating or migrating as needed) the store, and brings its text index up to the database; records are
     * resolved by the standard merge rule, as the one {@code Pipelines.resolver()} gives (for tests and benchmarks).
     */
    public static Store open(StoreLocation location) {
        return open(location, new Resolver(MergeRule.standard()));
    }

    /** Opens the store with the resolution stage it runs on each article's records as it saves them. */
    public static Store open(StoreLocation location, Resolver resolver) {
        Objects.requireNonNull(location, "location");
        Store store = new Store(location, Objects.requireNonNull(resolver, "resolver"));
        try {
            if (store.index.writable()) {
                store.catchUpIndex();
                store.indexesItsSaves = true;
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        long millis = TextIndex.COMMIT_INTERVAL.toMillis();
        store.feeder.scheduleWithFixedDelay(store::feedIndex, millis, millis, TimeUnit.MILLISECONDS);
        return store;
    }

    /** What evident watch remembers about its sources and items. */
    public WatchLedger watchLedger() {
        return watchLedger;
    }

    /** The saved searches that fire when an event they match is created or changes, and their outbox. */
    public Alerts alerts() {
        return alerts;
    }

    /** Whether this store holds the text index's writer (another store, often another process, may hold it). */
    public boolean holdsIndex() {
        return indexesItsSaves;
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
        return save(article, records, null);
    }

    /**
     * Saves a new version of an article: as {@link #save(Article, List)}, and then, in the same transaction, takes
     * the records of the version it replaces ({@code replaces}, a content hash, or null) out of their events, so
     * that each event says what the latest version says (a toll revised down goes down). The earlier article stays
     * stored. Nothing changes when the new version is stored already.
     */
    public synchronized Saved save(Article article, List<EventRecord> records, String replaces) {
        return save(article, records, replaces, null);
    }

    /** As {@link #save(Article, List, String)}, marking a watched item read in the same transaction (or null). */
    private synchronized Saved save(Article article, List<EventRecord> records, String replaces,
                                    WatchLedger.ItemRead item) {
        Saved saved;
        Map<Long, String> texts = new LinkedHashMap<>();
        boolean queue = !indexesItsSaves; // read once: the feeder may take the index over meanwhile
        try {
            saved = write(c -> {
                texts.clear();
                Saved done = writer.save(c, article, records, (rowId, record) -> texts.put(rowId, recordText(record)));
                if (done.stored() && queue) {
                    enqueue(c, article.id());
                }
                Set<Long> retired = done.stored() && replaces != null && !replaces.equals(article.id())
                        ? writer.retire(c, replaces) : Set.of();
                if (done.stored()) {
                    // in the article's transaction: a change is told once
                    alerts.check(c, article.id(), new ArticleText(article, texts.values(), index.analyzer()), retired);
                }
                if (item != null) {
                    WatchLedger.itemRead(c, item, article.id());
                }
                return done;
            });
        } catch (SQLException | RuntimeException e) {
            throw failure("save article " + article.id() + " (" + article.origin() + ") in", e);
        }
        if (saved.stored()) {
            if (queue) {
                queuedHere.add(article.id());
            } else {
                index.add(article, texts);
            }
        }
        return saved;
    }

    /**
     * Runs work in one transaction on the write connection and commits it. When the connection has broken, opens
     * another and runs the work once more: a store that reached an H2 database through another process (H2's
     * mixed mode) loses its connection when that process stops, and H2 reconnects on its own only connections
     * in auto-commit mode. Running the work again is safe: a save whose transaction did not commit is made
     * again, and one whose commit went through before the connection broke is found stored and skipped.
     */
    private synchronized <T> T write(Database.Work<T> work) throws SQLException {
        try {
            return commit(work);
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (!reconnectWriter()) {
                throw e;
            }
        }
        try {
            return commit(work);
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private <T> T commit(Database.Work<T> work) throws SQLException {
        T result = work.run(writeConnection);
        writeConnection.commit();
        return result;
    }

    /** Opens a new write connection when the one held no longer answers; false when it still does. */
    private boolean reconnectWriter() {
        try {
            if (writeConnection.isValid(5)) {
                return false;
            }
        } catch (SQLException e) {
            // not valid either
        }
        try {
            writeConnection.close();
        } catch (SQLException ignored) {
            // broken already
        }
        try {
            Connection fresh = database.connect();
            fresh.setAutoCommit(false);
            writeConnection = fresh;
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void enqueue(Connection c, String articleId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO index_queue (article_id) VALUES (?)")) {
            st.setString(1, articleId);
            st.executeUpdate();
        }
    }

    /**
     * Extracts and saves one article unless it is stored already (the check comes first, so a rerun costs no
     * extraction). A failed extraction is logged as FAILED and stores nothing. Extraction runs outside the store's
     * lock, so callers may ingest from several threads.
     */
    public Ingested ingest(Article article, Function<Article, Outcome> extract) {
        return ingest(article, extract, null);
    }

    /** As {@link #ingest(Article, Function)}, the article being a new version of {@code replaces} (or null). */
    public Ingested ingest(Article article, Function<Article, Outcome> extract, String replaces) {
        return ingest(article, extract, replaces, null);
    }

    /**
     * As {@link #ingest(Article, Function, String)} for the article of an item a watch has read: the item is marked
     * read in its ledger in the transaction that stores the article (or logs its failure), so that whatever stops
     * the process, an article is stored if and only if its item is marked, and one commit does both. An article
     * stored before marks the item in a transaction of its own.
     */
    public Ingested ingest(Article article, Function<Article, Outcome> extract, String replaces,
                           WatchLedger.ItemRead item) {
        if (contains(article.id())) {
            if (item != null) {
                watchLedger.itemRead(item, article.id());
            }
            return new Ingested(Saved.skipped(article.id()), null);
        }
        Outcome outcome = extract.apply(article);
        if (outcome.failed()) {
            logProblem(article.origin(), article.id(), "FAILED", outcome.error(), item);
            return new Ingested(null, outcome.error());
        }
        return new Ingested(save(article, outcome.records(), replaces, item), null);
    }

    /** Logs an input that was not stored: outcome REJECTED (unreadable) or FAILED (processing failed). */
    public void logProblem(String origin, String articleId, String outcome, String reason) {
        logProblem(origin, articleId, outcome, reason, null);
    }

    /** As {@link #logProblem(String, String, String, String)}, marking a watched item read (with nothing stored). */
    private synchronized void logProblem(String origin, String articleId, String outcome, String reason,
                                         WatchLedger.ItemRead item) {
        try {
            write(c -> {
                ArticleWriter.log(c, origin, articleId, outcome, reason, 0);
                if (item != null) {
                    WatchLedger.itemRead(c, item, null);
                }
                return null;
            });
        } catch (SQLException e) {
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
        if (!indexesItsSaves) {
            throw new StoreException("cannot rebuild the text index " + location.indexDir() + ": another process"
                    + " that has this store open (evident serve?) holds it; stop that process and run reindex again");
        }
        index.clear();
        int n = indexArticles(null, false);
        index.commit();
        return n;
    }

    /**
     * One turn of the feeder: takes the index's writer when its holder has let go (and then catches the index up
     * by identifiers, as on open), and while this store holds it, indexes the articles other stores queued. Logs
     * and goes on when it fails: the next turn tries again.
     */
    private void feedIndex() {
        try {
            if (!indexesItsSaves) {
                if (!index.takeWriter()) {
                    return;
                }
                catchUpIndex();
                indexesItsSaves = true;
            }
            indexQueued();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "indexing the articles that other processes queued failed; the next turn tries again", e);
        }
    }

    /** Indexes queued articles, commits the index, and only then removes them from the queue. */
    private void indexQueued() {
        List<String> ids;
        try {
            ids = database.read(c -> queued(c, QUEUE_BATCH));
        } catch (SQLException e) {
            throw failure("read the index queue of", e);
        }
        if (ids.isEmpty()) {
            return;
        }
        indexArticles(new LinkedHashSet<>(ids), true); // replacing: a killed holder may have indexed some already
        index.commit();
        try (Connection c = database.connect();
             PreparedStatement st = c.prepareStatement("DELETE FROM index_queue WHERE article_id = ?")) {
            for (String id : ids) {
                st.setString(1, id);
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw failure("empty the index queue of", e);
        }
    }

    private static List<String> queued(Connection c, int max) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT article_id FROM index_queue ORDER BY article_id")) {
            st.setMaxRows(max);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * Before closing, waits until the articles this store queued are indexed, taking the index over itself when
     * its holder has let go; logs what is still queued when the wait runs out (the holder, or the next store
     * opened, indexes it).
     */
    private void awaitQueuedIndexed() {
        Instant deadline = Instant.now().plus(QUEUE_WAIT_ON_CLOSE);
        while (!queuedHere.isEmpty()) {
            feedIndex();
            try {
                queuedHere.retainAll(database.read(c -> queued(c, Integer.MAX_VALUE)));
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot read the index queue of the store " + database.redacted(), e);
                return;
            }
            if (queuedHere.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                LOG.warning(queuedHere.size() + " articles stored by this process are not in the text index yet: the"
                        + " process that holds the index " + location.indexDir() + " indexes them within seconds, or"
                        + " else the next process that opens the store");
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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
        indexArticles(missing, false);
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

    /**
     * Indexes the articles with these ids, or every article when {@code ids} is null; returns how many.
     * {@code replacing}: in place of what the index holds for them.
     */
    private int indexArticles(Set<String> ids, boolean replacing) {
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
                        if (replacing) {
                            index.replace(article, recordTexts(c, articleId));
                        } else {
                            index.add(article, recordTexts(c, articleId));
                        }
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
    public void close() {
        feeder.shutdown(); // never shutdownNow: an interrupt inside Lucene's fsync closes the index for good
        try {
            feeder.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // at JVM exit (evident serve's Ctrl-C) H2's own exit hook closes an embedded database, at the same time as
        // this: nothing more is asked of it then, which would only fail
        boolean exiting = jvmExiting();
        if (exiting) {
            // what others queued stays queued: the next holder indexes it
        } else if (indexesItsSaves) {
            feedIndex(); // what others queued since the last turn, rather than leave it to the next holder
        } else {
            awaitQueuedIndexed();
        }
        closeHeld(!exiting);
    }

    private synchronized void closeHeld(boolean compact) {
        try {
            index.close();
        } finally {
            try {
                writeConnection.close();
            } catch (SQLException ignored) {
                // closing; nothing left to protect
            }
            database.close(compact);
        }
    }

    /** Whether the JVM runs its exit hooks: it refuses new ones then. */
    private static boolean jvmExiting() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }
}
