package org.evident.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Connections to the store's database, migrated to the current schema on open. */
final class Database implements AutoCloseable {

    /** Flyway reports every routine step at INFO through java.util.logging when no SLF4J is bound; keep warnings. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
        // the TCP server that H2's mixed mode starts for other processes listens on this machine only (it would
        // listen on every interface, guarded only by the key in the lock file); read when H2 first loads
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final StoreLocation location;
    /** Keeps an embedded H2 database open between calls; reopening it costs more than a query. */
    private final Connection keeper;

    Database(StoreLocation location) {
        this.location = location;
        try {
            keeper = DriverManager.getConnection(location.jdbcUrl());
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + redacted() + ": " + e.getMessage(), e);
        }
        migrate();
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(location.jdbcUrl(), null, null)
                    .locations("classpath:org/evident/store/migration")
                    .placeholders(Map.of("text", location.postgres() ? "TEXT" : "CLOB",
                            "inline_text", location.postgres() ? "TEXT" : "CHARACTER VARYING(1000000000)"))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the database " + redacted() + ": " + e.getMessage(), e);
        }
    }

    /** Connections handed back after a read, reused by the next (a PostgreSQL connection costs a round trip). */
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();

    /** A new connection; the caller closes it. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl());
    }

    /** Work done with one connection. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs read work on a pooled connection in auto-commit mode. */
    <T> T read(Work<T> work) throws SQLException {
        return pooled(work);
    }

    /**
     * Runs writes that need no transaction of their own (each statement commits by itself) on a pooled connection:
     * small bookkeeping that would otherwise pay for a new connection each time.
     */
    <T> T write(Work<T> work) throws SQLException {
        return pooled(work);
    }

    private <T> T pooled(Work<T> work) throws SQLException {
        Connection c = idle.poll();
        if (c == null) {
            c = connect();
        }
        boolean healthy = false;
        try {
            T result = work.run(c);
            healthy = true;
            return result;
        } finally {
            if (healthy && c.getAutoCommit()) {
                idle.push(c);
            } else {
                c.close();
            }
        }
    }

    /**
     * An embedded store writes each commit in the committing thread, without H2's background housekeeping, so chunks
     * that hold little live data are not rewritten while it is open: the file would grow with every session. Whether
     * less than half of the chunks' space is live, so that the file is worth rewriting once it is closed (see
     * {@link ClosedFileCompaction}); asked while this process is the only one with a session.
     */
    private boolean sparseAndUnshared() throws SQLException {
        if (compactableFile() == null) {
            return false;
        }
        try (Statement s = keeper.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            if (!r.next() || r.getInt(1) > 1) {
                return false; // another process (or store) still uses the database: it stays open after this one
            }
        }
        try (Statement s = keeper.createStatement();
             ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return r.next() && Integer.parseInt(r.getString(1).strip()) < COMPACT_BELOW_FILL_PERCENT;
        } catch (NumberFormatException e) {
            return false; // a version of H2 that reports it otherwise: leave the file as it is
        }
    }

    /**
     * The path an embedded H2 file database's files start with, or null for any other database and for files
     * opened with settings the rewrite would not honour (encryption, another lock method, read-only access).
     */
    private Path compactableFile() {
        String url = location.jdbcUrl();
        if (!url.startsWith("jdbc:h2:file:")) {
            return null;
        }
        String[] parts = url.substring("jdbc:h2:file:".length()).split(";");
        for (int i = 1; i < parts.length; i++) {
            String setting = parts[i].strip().toUpperCase(Locale.ROOT);
            if (setting.startsWith("CIPHER") || setting.startsWith("FILE_LOCK") || setting.startsWith("ACCESS_MODE")) {
                return null;
            }
        }
        String path = parts[0].startsWith("~") ? System.getProperty("user.home") + parts[0].substring(1) : parts[0];
        return Path.of(path).toAbsolutePath().normalize();
    }

    /** The URL without its password, for messages. */
    String redacted() {
        return location.jdbcUrl().replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Below this share of live data in the file's chunks, closing an embedded store rewrites the file. */
    private static final int COMPACT_BELOW_FILL_PERCENT = 50;

    @Override
    public void close() {
        close(true);
    }

    /**
     * Closes the connections; {@code compact}: and, when this was the last session of a sparse embedded file, rewrites
     * the closed file.
     */
    void close(boolean compact) {
        boolean rewrite = false;
        try {
            for (Connection c = idle.poll(); c != null; c = idle.poll()) {
                c.close();
            }
            rewrite = compact && sparseAndUnshared();
            keeper.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database " + redacted() + ": " + e.getMessage(), e);
        }
        if (rewrite) {
            try {
                ClosedFileCompaction.compact(compactableFile());
            } catch (IOException | RuntimeException e) {
                // the file is whole either way (see ClosedFileCompaction); it stays as large as it was
                Logger.getLogger(Database.class.getName()).warning("could not compact the closed database "
                        + redacted() + ": " + e.getMessage());
            }
        }
    }
}
