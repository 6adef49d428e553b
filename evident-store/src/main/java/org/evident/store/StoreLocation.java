package org.evident.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store lives: the database's JDBC URL and the folder of its full-text index.
 *
 * @param jdbcUrl  a JDBC URL (H2 or PostgreSQL)
 * @param indexDir the Lucene index folder
 */
public record StoreLocation(String jdbcUrl, Path indexDir) {

    /** The default data folder's database, relative to the working directory. */
    public static final String DEFAULT_DB = "data/evident";

    public StoreLocation {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(indexDir, "indexDir");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                    + "': use a path for the embedded H2 database, or jdbc:h2:… or jdbc:postgresql://…");
        }
    }

    /** The store named by {@code db} (see {@link #parse(String, Path, boolean)}). */
    public static StoreLocation parse(String db, Path index) {
        return parse(db, index, true);
    }

    /**
     * The store named by {@code db}: a path (an embedded H2 database in that file, with its index in
     * {@code <path>-index}) or a JDBC URL. {@code index} overrides the index folder; for a URL without it, the
     * index lives in {@code data/evident-index}.
     *
     * <p>An embedded H2 database always writes each commit to the file before the commit returns, in the
     * committing thread (WRITE_DELAY=0), so that no kill at any moment corrupts the file or loses an acknowledged
     * article. With a write delay, H2 2.3 hands the writing to a background thread and a serialisation thread, and
     * a race between them (H2 issue 4387: a chunk's entry in the file layout saved again after the chunk was
     * dropped and its space reused) leaves a file that a later open rejects as corrupted ("Double mark", "Chunk
     * not found"); a kill makes the next open read that layout. Measured with {@code CrashLoopBench
     * --commit-cost}: a save costs about 40% more than with the delay (24 ms instead of 17 ms on a loaded machine),
     * and without H2's background housekeeping partly live chunks are not rewritten, so the file grows (36 MB
     * after 600 synthetic articles, 181 MB after 2,000; 2 to 52 MB after 600 with the delay) until compacted.
     *
     * <p>The file is shared by H2's automatic mixed mode (AUTO_SERVER=TRUE): the first process to open it opens it
     * embedded, as before, and serves it to the others over a TCP port on 127.0.0.1 (its address and a random key
     * in {@code <path>.lock.db}); a process that opens it while it is held connects there, so the CLI works while
     * evident serve runs. When the first process stops, one of the others opens the file and serves it in turn.
     * Every commit is still written to the file by the one process that has it open, before it returns.
     *
     * @param durable kept for callers of the time when commits could be delayed; every H2 store is durable now.
     *                PostgreSQL is always durable.
     */
    public static StoreLocation parse(String db, Path index, boolean durable) {
        String value = db == null || db.isBlank() ? DEFAULT_DB : db.strip();
        if (value.startsWith("jdbc:")) {
            return new StoreLocation(value, index != null ? index : Path.of(DEFAULT_DB + "-index"));
        }
        Path file = Path.of(value).toAbsolutePath().normalize();
        String name = file.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
        file = file.resolveSibling(name);
        String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
        return new StoreLocation(url, index != null ? index : file.resolveSibling(name + "-index"));
    }

    boolean postgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
