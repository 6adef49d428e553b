package org.evident.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Small conversions between Java values and SQL columns that both H2 and PostgreSQL accept. */
final class Columns {

    private Columns() {}

    /** A set as ",a,b,": a LIKE '%,a,%' finds one member. */
    static String joined(Collection<String> values) {
        return values.isEmpty() ? "," : "," + String.join(",", values) + ",";
    }

    static Set<String> split(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    static void date(PreparedStatement st, int index, LocalDate day) throws SQLException {
        if (day == null) {
            st.setNull(index, Types.DATE);
        } else {
            st.setDate(index, Date.valueOf(day));
        }
    }

    static void number(PreparedStatement st, int index, Double value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.DOUBLE);
        } else {
            st.setDouble(index, value);
        }
    }

    static void integer(PreparedStatement st, int index, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setInt(index, value);
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Cuts a value to a column's width, so an odd long title never fails a whole article. */
    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
