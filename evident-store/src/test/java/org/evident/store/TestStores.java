package org.evident.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, empty stores for tests: an embedded H2 database in a temporary folder, or the PostgreSQL database named
 * by the environment variable {@value #PG_URL_VARIABLE} (.ci/run sets one up), emptied first. PostgreSQL tests
 * are skipped, with the reason, where no server is reachable.
 */
public final class TestStores {

    /** The environment variable holding the test PostgreSQL database's JDBC URL. */
    public static final String PG_URL_VARIABLE = "EVIDENT_TEST_PG_URL";

    /** The databases every store test runs against. */
    public enum Kind { H2, POSTGRESQL }

    private TestStores() {}

    /** A fresh store location of that kind; its index lives in {@code dir}. */
    public static StoreLocation fresh(Kind kind, Path dir) {
        if (kind == Kind.H2) {
            return StoreLocation.parse(dir.resolve("evident").toString(), null);
        }
        String url = System.getenv(PG_URL_VARIABLE);
        Assumptions.assumeTrue(url != null && !url.isBlank(), "PostgreSQL store tests skipped: " + PG_URL_VARIABLE
                + " is not set (.ci/run sets it up with .ci/postgres)");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL store tests skipped: no server reachable at " + PG_URL_VARIABLE + " ("
                    + e.getMessage() + ")");
        }
        return new StoreLocation(url, dir.resolve("pg-index"));
    }
}
