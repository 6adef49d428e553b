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

    /** The store named by {@code db}, with H2's default commit mode (see {@link #parse(String, Path, boolean)}). */
    public static StoreLocation parse(String db, Path index) {
        return parse(db, index, false);
    }

    /**
     * The store named by {@code db}: a path (an embedded H2 database in that file, with its index in
     * {@code <path>-index}) or a JDBC URL. {@code index} overrides the index folder; for a URL without it, the
     * index lives in {@code data/evident-index}.
     *
     * @param durable for H2: write each commit to the file before the commit returns, so that even a kill -9 in the
     *                next millisecond keeps it. Off by default: H2 then writes commits from a background thread
     *                within a millisecond (WRITE_DELAY=1), and a process killed inside that window loses at most
     *                the last article or two, which a rerun stores again (articles are skipped by content hash,
     *                never half-written). On, H2 stops its background thread and with it the file's compaction:
     *                measured 5 times slower per save and a file 10 to 20 times larger. PostgreSQL is always durable.
     */
    public static StoreLocation parse(String db, Path index, boolean durable) {
        String value = db == null || db.isBlank() ? DEFAULT_DB : db.strip();
        if (value.startsWith("jdbc:")) {
            return new StoreLocation(value, index != null ? index : Path.of(DEFAULT_DB + "-index"));
        }
        Path file = Path.of(value).toAbsolutePath().normalize();
        String name = file.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
        file = file.resolveSibling(name);
        String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=" + (durable ? 0 : 1);
        return new StoreLocation(url, index != null ? index : file.resolveSibling(name + "-index"));
    }

    boolean postgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
