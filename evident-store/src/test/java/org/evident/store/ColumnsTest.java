package org.evident.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java values to SQL columns and back, nulls included, on an in-memory H2 database. */
class ColumnsTest {

    @Test
    void aSetIsStoredSoThatLikeFindsOneMember() {
        String joined = Columns.joined(List.of("arrest", "raid"));
        assertThat(joined).contains(",raid,").contains(",arrest,");
        assertThat(Columns.split(joined)).containsExactlyInAnyOrder("arrest", "raid");
        assertThat(Columns.split(Columns.joined(List.of()))).isEmpty();
    }

    @Test
    void aLongValueIsClippedToItsColumn() {
        assertThat(Columns.clip("abcdef", 3)).isEqualTo("abc");
        assertThat(Columns.clip("ab", 3)).isEqualTo("ab");
        assertThat(Columns.clip(null, 3)).isNull();
    }

    @Test
    void valuesAndNullsGoInAndComeBack() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:columns-test");
             Statement create = c.createStatement()) {
            create.execute("CREATE TABLE t (id INT, happened DATE, x DOUBLE PRECISION, n INT)");
            try (PreparedStatement st = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?)")) {
                st.setInt(1, 1);
                Columns.date(st, 2, LocalDate.of(2020, 2, 29));
                Columns.number(st, 3, 0.0);
                Columns.integer(st, 4, 0);
                st.executeUpdate();
                st.setInt(1, 2);
                Columns.date(st, 2, null);
                Columns.number(st, 3, null);
                Columns.integer(st, 4, null);
                st.executeUpdate();
            }
            try (ResultSet rs = create.executeQuery("SELECT * FROM t ORDER BY id")) {
                rs.next();
                assertThat(Columns.date(rs, "happened")).isEqualTo(LocalDate.of(2020, 2, 29));
                assertThat(Columns.number(rs, "x")).isEqualTo(0.0);
                assertThat(Columns.integer(rs, "n")).as("a zero is no null").isZero();
                rs.next();
                assertThat(Columns.date(rs, "happened")).isNull();
                assertThat(Columns.number(rs, "x")).isNull();
                assertThat(Columns.integer(rs, "n")).isNull();
            }
        }
    }
}
