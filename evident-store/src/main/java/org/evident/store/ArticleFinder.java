package org.evident.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evident.model.EventRecord;

/** Reads stored articles: a page of them, one with its text and records, and the facts lists show. */
final class ArticleFinder {

    private static final String REF_COLUMNS = "a.id, a.title, a.url, a.source, a.published";

    private ArticleFinder() {}

    /** Articles, latest published first (undated ones last, then the latest stored first). */
    static Page<ArticleListing> page(Connection c, int offset, int limit) throws SQLException {
        long total;
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM articles"); ResultSet rs = st.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        List<ArticleListing> items = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + REF_COLUMNS + ", (SELECT COUNT(*) FROM records r"
                + " WHERE r.article_id = a.id) AS n FROM articles a"
                + " ORDER BY a.published DESC NULLS LAST, a.ingested_at DESC, a.id LIMIT ? OFFSET ?")) {
            st.setInt(1, limit);
            st.setInt(2, offset);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    items.add(new ArticleListing(ref(rs), rs.getInt("n")));
                }
            }
        }
        return new Page<>(total, offset, limit, items);
    }

    /** The article with this content hash, with its body and records, or empty. */
    static Optional<StoredArticle> article(Connection c, String id) throws SQLException {
        ArticleRef ref;
        String origin;
        String body;
        try (PreparedStatement st = c.prepareStatement("SELECT " + REF_COLUMNS + ", a.origin, a.body FROM articles a"
                + " WHERE a.id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ref = ref(rs);
                origin = rs.getString("origin");
                body = rs.getString("body");
            }
        }
        List<EventRecord> records = new ArrayList<>();
        Map<String, Long> eventIds = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT event_id, json FROM records WHERE article_id = ? ORDER BY id")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    EventRecord record = StoredJson.record(rs.getString("json"));
                    records.add(record);
                    eventIds.put(record.id(), rs.getLong("event_id"));
                }
            }
        }
        return Optional.of(new StoredArticle(ref, origin, body, records, eventIds));
    }

    /** The facts of these articles, by id; ids not stored are left out. */
    static Map<String, ArticleRef> refs(Connection c, Collection<String> ids) throws SQLException {
        Map<String, ArticleRef> refs = new HashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        try (PreparedStatement st = Finder.prepare(c, "SELECT " + REF_COLUMNS + " FROM articles a WHERE a.id IN ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")", new ArrayList<>(ids));
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ArticleRef ref = ref(rs);
                refs.put(ref.id(), ref);
            }
        }
        return refs;
    }

    private static ArticleRef ref(ResultSet rs) throws SQLException {
        return new ArticleRef(rs.getString("id"), rs.getString("title"), rs.getString("url"), rs.getString("source"),
                Columns.date(rs, "published"));
    }
}
