package org.evident.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.evident.model.Article;

/**
 * The Lucene index over article text (title and body) and record text (event text, mentions, actors, place and
 * source). The database is the truth: the index is filled after each commit, committed itself every few seconds
 * or every few hundred articles (so a killed process loses at most that window), caught up on open when a crash
 * cut it short, and can be rebuilt from the database at any time.
 *
 * <p>Lucene lets one writer at a time open a folder (a lock that the operating system drops when its process
 * dies). The first store to open the index holds the writer; another process that opens the same store while it is
 * held (the CLI while evident serve runs) gets the index read-only: it searches the last commit and leaves its own
 * articles to the holder (see {@link Store}), and it takes the writer over, by {@link #takeWriter()}, once the
 * holder has let go.
 */
final class TextIndex implements AutoCloseable {

    /** How often additions are committed at the latest, and after how many articles at the latest. */
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(3);
    static final int COMMIT_ARTICLES = 200;

    static final String KIND = "kind";
    static final String KEY = "key";
    static final String TEXT = "text";
    /** On a record's document: the id of its article, so that removing an article removes its records. */
    static final String ARTICLE_OF = "article_of";
    private static final Logger LOG = Logger.getLogger(TextIndex.class.getName());
    private static final String ARTICLE = "article";
    private static final String RECORD = "record";

    private final Path dir;
    private final Analyzer analyzer = newAnalyzer();
    private final FSDirectory directory;
    /** Null while another process holds the index's writer. */
    private volatile IndexWriter writer;
    /** Over the writer (its additions seen before they are committed) or, without one, over the last commit; null
     *  while there is neither (another process holds a new index that it has not committed yet). */
    private volatile SearcherManager searchers;
    /** The highlighter of the last few queries: building one costs more than using it. */
    private final Map<Query, Highlighter> highlighters = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Query, Highlighter> eldest) {
                    return size() > 8;
                }
            });

    private final int commitArticles;
    private final AtomicInteger uncommittedArticles = new AtomicInteger();
    /** The one thread that commits during use: every interval, and as soon as enough articles wait. */
    private final ScheduledExecutorService committer;

    /** Text query hits: record row ids whose own text matched, and articles whose text matched. */
    record Hits(Set<Long> records, Set<String> articles, Query query) {}

    TextIndex(Path dir) {
        this(dir, COMMIT_INTERVAL, COMMIT_ARTICLES);
    }

    TextIndex(Path dir, Duration commitInterval, int commitArticles) {
        this.dir = dir;
        this.commitArticles = commitArticles;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            if (!takeWriter()) {
                searchers = lastCommitSearchers();
            }
        } catch (IOException e) {
            throw new StoreException("cannot open the text index " + dir + ": " + e.getMessage(), e);
        }
        committer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "evident-index-commit");
            thread.setDaemon(true);
            return thread;
        });
        long millis = commitInterval.toMillis();
        committer.scheduleWithFixedDelay(this::commitPending, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the index's writer unless another process (or another store in this one) holds it; true when this index
     * holds it now.
     */
    synchronized boolean takeWriter() {
        if (writer != null) {
            return true;
        }
        IndexWriter opened;
        try {
            opened = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            return false;
        } catch (IOException e) {
            throw failure("open the writer of", e);
        }
        SearcherManager previous = searchers;
        try {
            searchers = new SearcherManager(opened, null);
        } catch (IOException e) {
            try {
                opened.close();
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw failure("open the writer of", e);
        }
        writer = opened;
        if (previous != null) {
            try {
                previous.close(); // a search that still holds one of its searchers finishes on it
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing the searchers of the last commit failed", e);
            }
        }
        return true;
    }

    /** Whether this index holds the writer: only then can it add, delete, commit or catch up. */
    boolean writable() {
        return writer != null;
    }

    /** Searchers over the folder's last commit, or null when it has none yet. */
    private SearcherManager lastCommitSearchers() throws IOException {
        try {
            return new SearcherManager(directory, null);
        } catch (IndexNotFoundException e) {
            return null;
        }
    }

    private IndexWriter writer() {
        IndexWriter held = writer;
        if (held == null) {
            throw new StoreException("cannot write to the text index " + dir + ": another process holds it");
        }
        return held;
    }

    private void commitPending() {
        if (uncommittedArticles.get() > 0) {
            try {
                commit();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the periodic commit of the text index failed; the next one tries again", e);
            }
        }
    }

    /** Adds an article and its records (row id → text) as one block: both or neither become visible. */
    void add(Article article, Map<Long, String> records) {
        add(article, records, false);
    }

    /**
     * Adds an article and its records in place of any documents the index holds for it already: for articles that
     * another process queued, which the index may hold when a holder was killed before it had emptied the queue.
     */
    void replace(Article article, Map<Long, String> records) {
        add(article, records, true);
    }

    private void add(Article article, Map<Long, String> records, boolean replacing) {
        List<Document> docs = new ArrayList<>();
        docs.add(doc(ARTICLE, article.id(), articleText(article)));
        records.forEach((id, text) -> {
            Document record = doc(RECORD, Long.toString(id), text);
            record.add(new StringField(ARTICLE_OF, article.id(), Field.Store.NO));
            docs.add(record);
        });
        try {
            if (replacing) {
                writer().deleteDocuments(new Term(KEY, article.id()), new Term(ARTICLE_OF, article.id()));
            }
            writer().addDocuments(docs);
        } catch (IOException e) {
            throw failure("add article " + article.id() + " to", e);
        }
        if (uncommittedArticles.incrementAndGet() == commitArticles) {
            committer.execute(this::commitPending); // not in the caller's thread: an interrupt there would break the index
        }
    }

    /** The analyzer of the index, and of what is searched beside it. */
    static Analyzer newAnalyzer() {
        return new EnglishAnalyzer();
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** What the index holds of an article: its title and body. */
    static String articleText(Article article) {
        return (article.title() == null ? "" : article.title() + "\n") + article.body();
    }

    private static Document doc(String kind, String key, String text) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind, Field.Store.NO));
        doc.add(new StringField(KEY, key, Field.Store.YES));
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        return doc;
    }

    /** Makes what was added durable and visible to searches; without the writer, there is nothing of its own. */
    void commit() {
        IndexWriter held = writer;
        if (held == null) {
            return;
        }
        try {
            uncommittedArticles.set(0);
            held.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw failure("commit", e);
        }
    }

    void clear() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw failure("clear", e);
        }
    }

    /** The ids of every article in the index. */
    Set<String> articleIds() {
        Set<String> ids = new HashSet<>();
        withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                StoredFields fields = reader.storedFields();
                var articles = new IndexSearcher(reader).search(new TermQuery(new Term(KIND, ARTICLE)), Math.max(1, reader.maxDoc()));
                for (ScoreDoc hit : articles.scoreDocs) {
                    if (live == null || live.get(hit.doc)) {
                        ids.add(fields.document(hit.doc).get(KEY));
                    }
                }
            }
            return null;
        });
        return ids;
    }

    /** The article ids of the last commit of the index in {@code dir} (none before the first), read without a writer. */
    static Set<String> committedArticleIds(Path dir) {
        Set<String> ids = new HashSet<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (FSDirectory committed = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(committed)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(KIND, ARTICLE)), Math.max(1, reader.maxDoc())).scoreDocs) {
                ids.add(fields.document(hit.doc).get(KEY));
            }
        } catch (IndexNotFoundException e) {
            return ids;
        } catch (IOException e) {
            throw new StoreException("cannot read the text index " + dir + ": " + e.getMessage(), e);
        }
        return ids;
    }

    /**
     * Searches article and record text; at most {@code max} hits of each kind, best first.
     *
     * @throws IllegalArgumentException naming the text when it cannot be searched (a regular expression too complex
     *     to run, a query that expands to too many terms)
     */
    Hits search(String text, int max) {
        try {
            return search(parse(text), max);
        } catch (TooComplexToDeterminizeException e) {
            throw unsearchable(text, "a regular expression or wildcard too complex to run; make it narrower", e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw unsearchable(text, "it expands to too many terms; use fewer words or wildcards", e);
        }
    }

    private Hits search(Query query, int max) {
        return withSearcher(searcher -> {
            Set<Long> records = new LinkedHashSet<>();
            Set<String> articles = new LinkedHashSet<>();
            for (String kind : List.of(RECORD, ARTICLE)) {
                Query filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER).build();
                StoredFields fields = searcher.storedFields();
                for (ScoreDoc hit : searcher.search(filtered, max).scoreDocs) {
                    String key = fields.document(hit.doc).get(KEY);
                    if (kind.equals(RECORD)) {
                        records.add(Long.parseLong(key));
                    } else {
                        articles.add(key);
                    }
                }
            }
            return new Hits(records, articles, query);
        });
    }

    /** The best passages of {@code content} for the query, matches marked [like this], or null when none match. */
    String highlight(Query query, String content) {
        Highlighter highlighter = highlighters.computeIfAbsent(query,
                q -> new Highlighter(new SimpleHTMLFormatter("[", "]"), new QueryScorer(q, TEXT)));
        try {
            String[] fragments = highlighter.getBestFragments(analyzer, TEXT, content, 2);
            return fragments.length == 0 ? null : String.join(" … ", fragments).replaceAll("\\s+", " ").strip();
        } catch (IOException | InvalidTokenOffsetsException e) {
            return null;
        }
    }

    /** The query the text says in Lucene's syntax, or, where it says none (an odd quote, a fuzzy stop word), its words. */
    private Query parse(String text) {
        return parse(text, analyzer);
    }

    /** As {@link #parse(String)}, with the analyzer given. */
    static Query parse(String text, Analyzer analyzer) {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException again) {
                throw unsearchable(text, again.getMessage(), again);
            }
        }
    }

    private static IllegalArgumentException unsearchable(String text, String reason, Exception cause) {
        String shown = text.length() <= 60 ? text : text.substring(0, 60) + "…";
        return new IllegalArgumentException("cannot search for '" + shown + "': "
                + String.valueOf(reason).replaceAll("\\s+", " ").strip(), cause);
    }

    private interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearchWork<T> work) {
        try {
            for (int attempt = 1; ; attempt++) {
                SearcherManager current = currentSearchers();
                if (current == null) { // no commit to read yet: an empty index
                    return work.run(new IndexSearcher(new MultiReader()));
                }
                IndexSearcher searcher;
                try {
                    current.maybeRefreshBlocking();
                    searcher = current.acquire();
                } catch (AlreadyClosedException e) {
                    if (attempt == 2) {
                        throw e;
                    }
                    continue; // this index took the writer over just now: search with the writer's searchers
                }
                try {
                    return work.run(searcher);
                } finally {
                    current.release(searcher);
                }
            }
        } catch (IOException e) {
            throw failure("search", e);
        }
    }

    /** The searchers, opened over the last commit when the holder has made its first one since this index opened. */
    private synchronized SearcherManager currentSearchers() throws IOException {
        if (searchers == null && writer == null) {
            searchers = lastCommitSearchers();
        }
        return searchers;
    }

    private StoreException failure(String what, IOException e) {
        return new StoreException("cannot " + what + " the text index " + dir + ": " + e.getMessage(), e);
    }

    /** Removes every article in {@code ids} with its records (record documents name their article). */
    void delete(Set<String> ids) {
        try {
            for (String id : ids) {
                writer().deleteDocuments(new Term(KEY, id), new Term(ARTICLE_OF, id));
            }
        } catch (IOException e) {
            throw failure("delete articles from", e);
        }
    }

    @Override
    public void close() {
        committer.shutdown(); // never shutdownNow: an interrupt inside Lucene's fsync closes the index for good
        try {
            committer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (writer != null) {
                writer.commit();
            }
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the text index " + dir, e);
        }
    }
}
