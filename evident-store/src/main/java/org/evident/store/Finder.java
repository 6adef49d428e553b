package org.evident.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.evident.model.EventRecord;
import org.evident.resolve.EventSummary;

/** Turns a {@link Query} into SQL over records (and the text index's hits) and runs it. */
final class Finder {

    /** Most text hits of each kind (records, articles) that a query takes from the index. */
    static final int MAX_TEXT_HITS = 1_000;

    private final TextIndex index;

    Finder(TextIndex index) {
        this.index = index;
    }

    /** The WHERE clause over records r, articles a and events e, with its parameters in order. */
    private record Where(String sql, List<Object> params, TextIndex.Hits hits) {}

    private Where where(Connection c, Query q) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        TextIndex.Hits hits = null;
        if (q.text() != null && !q.text().isBlank()) {
            hits = index.search(q.text(), MAX_TEXT_HITS);
            Set<Long> ids = new TreeSet<>(hits.records());
            ids.addAll(recordsOf(c, hits.articles()));
            conditions.add(ids.isEmpty() ? "1 = 0"
                    : "r.id IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
        }
        if (q.category() != null) {
            conditions.add("r.category = ?");
            params.add(q.category().toUpperCase(Locale.ROOT));
        }
        if (q.mode() != null) {
            conditions.add("r.modes LIKE ?");
            params.add("%," + q.mode().toLowerCase(Locale.ROOT) + ",%");
        }
        if (q.status() != null) {
            conditions.add("r.status = ?");
            params.add(q.status().toUpperCase(Locale.ROOT));
        }
        if (q.from() != null) {
            conditions.add("r.date_latest >= ?");
            params.add(java.sql.Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            conditions.add("r.date_earliest <= ?");
            params.add(java.sql.Date.valueOf(q.to()));
        }
        if (q.country() != null) {
            conditions.add("(r.country_code = ? OR LOWER(r.country) = ?)");
            params.add(q.country().toUpperCase(Locale.ROOT));
            params.add(q.country().toLowerCase(Locale.ROOT));
        }
        if (q.bbox() != null) {
            conditions.add("r.lat BETWEEN ? AND ? AND r.lon BETWEEN ? AND ?");
            params.addAll(List.of(q.bbox()[0], q.bbox()[2], q.bbox()[1], q.bbox()[3]));
        }
        if (q.near() != null) {
            near(q.near(), conditions, params);
        }
        if (q.minDead() != null) {
            conditions.add("e.dead_max >= ?");
            params.add(q.minDead());
        }
        if (q.source() != null) {
            conditions.add("(LOWER(a.source) = ? OR LOWER(a.url) LIKE ? ESCAPE '\\')");
            params.add(q.source().toLowerCase(Locale.ROOT));
            // a % or _ in the text is itself, not a wildcard
            params.add("%" + q.source().toLowerCase(Locale.ROOT).replaceAll("[\\\\%_]", "\\\\$0") + "%");
        }
        if (q.articles() != null) {
            conditions.add(q.articles().isEmpty() ? "1 = 0"
                    : "r.article_id IN (" + String.join(",", java.util.Collections.nCopies(q.articles().size(), "?")) + ")");
            params.addAll(q.articles());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params, hits);
    }

    /**
     * Whether the event has a record that matches the query (a saved search's test of one event). A text query is
     * not accepted here: the text index sees an article only after its transaction commits, so the saved search
     * tests its text on the article itself ({@link ArticleText}).
     */
    boolean matches(Connection c, Query q, long eventId) throws SQLException {
        if (q.text() != null) {
            throw new IllegalArgumentException("a saved search's text query is tested on the article, not the index");
        }
        Where where = where(c, q);
        List<Object> params = new ArrayList<>(where.params());
        params.add(eventId);
        String sql = "SELECT 1" + from(q) + (where.sql().isEmpty() ? " WHERE " : where.sql() + " AND ") + "r.event_id = ?";
        try (PreparedStatement st = prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            return rs.next();
        }
    }

    /** The ids of the records of these articles. */
    private static List<Long> recordsOf(Connection c, Set<String> articles) throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (articles.isEmpty()) {
            return ids;
        }
        String in = String.join(",", java.util.Collections.nCopies(articles.size(), "?"));
        try (PreparedStatement st = prepare(c, "SELECT id FROM records WHERE article_id IN (" + in + ")",
                new ArrayList<>(articles)); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** A bounding box the index can use, then the exact great-circle distance. */
    private static void near(double[] near, List<String> conditions, List<Object> params) {
        double lat = near[0];
        double lon = near[1];
        double km = near[2];
        double dLat = km / 111.0;
        double dLon = km / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
        conditions.add("r.lat BETWEEN ? AND ? AND r.lon BETWEEN ? AND ?");
        params.addAll(List.of(lat - dLat, lat + dLat, lon - dLon, lon + dLon));
        conditions.add("6371.0088 * 2 * ASIN(SQRT(POWER(SIN(RADIANS(r.lat - ?) / 2), 2) + COS(RADIANS(?))"
                + " * COS(RADIANS(r.lat)) * POWER(SIN(RADIANS(r.lon - ?) / 2), 2))) <= ?");
        params.addAll(List.of(lat, lat, lon, km));
    }

    /** Records, with their article and event only when a filter needs them. */
    private static String from(Query q) {
        return " FROM records r" + (q.source() != null ? " JOIN articles a ON a.id = r.article_id" : "")
                + (q.minDead() != null ? " JOIN events e ON e.id = r.event_id" : "");
    }

    /**
     * Filters that keep few records are run first and their events sorted; broad ones (category, mode, status,
     * dead) walk the events from the latest down and stop at the limit, checking each for a matching record.
     */
    private static boolean selective(Query q) {
        return q.text() != null || q.near() != null || q.bbox() != null || q.country() != null || q.from() != null
                || q.to() != null || q.source() != null || q.articles() != null;
    }

    List<StoredEvent> events(Connection c, Query q) throws SQLException {
        Where where = where(c, q);
        return load(c, ids(c, q, where, EventSort.DATE_DESC, 0), where.hits()).stream().map(EventListing::event).toList();
    }

    /** One page of the matching events in the order asked for, with how many match in all. */
    Page<EventListing> page(Connection c, Query q, EventSort sort, int offset) throws SQLException {
        Where where = where(c, q);
        if (selective(q)) {
            // the filter keeps few events: one query finds them all, in order; the page is cut from that
            List<Long> all = ids(c, q.withLimit(Integer.MAX_VALUE), where, sort, 0);
            List<Long> ids = all.subList(Math.min(offset, all.size()), (int) Math.min((long) offset + q.limit(), all.size()));
            return new Page<>(all.size(), offset, q.limit(), load(c, ids, where.hits()));
        }
        List<Long> ids = ids(c, q, where, sort, offset);
        boolean complete = ids.size() < q.limit() && (offset == 0 || !ids.isEmpty());
        long total = complete ? offset + ids.size() : count(c, q, where);
        return new Page<>(total, offset, q.limit(), load(c, ids, where.hits()));
    }

    /** The event with this id, with its records, or empty. */
    java.util.Optional<EventDetail> event(Connection c, long id) throws SQLException {
        List<EventListing> found = load(c, List.of(id), null);
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<StoredRecord> records = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(RECORD_SELECT + " WHERE r.event_id = ? ORDER BY r.id")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    records.add(storedRecord(rs));
                }
            }
        }
        return java.util.Optional.of(new EventDetail(found.get(0), records));
    }

    /** Counts of the matching events by day, category, country and status. */
    EventStats stats(Connection c, Query q) throws SQLException {
        Where where = where(c, q);
        // only the grouped columns: an event row also holds its summary, which a scan should not read
        String events = where.sql().isEmpty() ? "events" : "(SELECT id, category, status, country_code, date_earliest,"
                + " span_earliest FROM events WHERE id IN (SELECT r.event_id" + from(q) + where.sql() + "))";
        List<EventStats.Count> days = counts(c, "SELECT d, NULL, COUNT(*) FROM (SELECT COALESCE(x.date_earliest,"
                + " x.span_earliest) AS d FROM " + events + " x) y WHERE d IS NOT NULL GROUP BY d ORDER BY d", where);
        List<EventStats.Count> categories = counts(c, "SELECT x.category, NULL, COUNT(*) FROM " + events + " x"
                + " GROUP BY x.category ORDER BY COUNT(*) DESC, x.category", where);
        List<EventStats.Count> countries = countryNames(c, counts(c, "SELECT x.country_code, NULL, COUNT(*) FROM "
                + events + " x WHERE x.country_code IS NOT NULL GROUP BY x.country_code ORDER BY COUNT(*) DESC,"
                + " x.country_code", where));
        List<EventStats.Count> statuses = counts(c, "SELECT x.status, NULL, COUNT(*) FROM " + events + " x"
                + " GROUP BY x.status ORDER BY COUNT(*) DESC, x.status", where);
        return new EventStats(days, categories, countries, statuses);
    }

    /** The counts with each country's name as its records spell it. */
    private static List<EventStats.Count> countryNames(Connection c, List<EventStats.Count> counts) throws SQLException {
        if (counts.isEmpty()) {
            return counts;
        }
        List<Object> codes = counts.stream().map(k -> (Object) k.key()).toList();
        Map<String, String> names = new java.util.HashMap<>();
        try (PreparedStatement st = prepare(c, "SELECT country_code, MAX(country) FROM records WHERE country_code IN ("
                + String.join(",", java.util.Collections.nCopies(codes.size(), "?")) + ") GROUP BY country_code", codes);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        return counts.stream().map(k -> new EventStats.Count(k.key(), names.get(k.key()), k.count())).toList();
    }

    private static List<EventStats.Count> counts(Connection c, String sql, Where where) throws SQLException {
        List<EventStats.Count> counts = new ArrayList<>();
        try (PreparedStatement st = prepare(c, sql, where.params()); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                counts.add(new EventStats.Count(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return counts;
    }

    /** The ids of one page of matching events. */
    private static List<Long> ids(Connection c, Query q, Where where, EventSort sort, int offset) throws SQLException {
        String sql = selective(q)
                ? "SELECT x.id FROM events x WHERE x.id IN (SELECT r.event_id" + from(q) + where.sql() + ")"
                        + sort.orderBy("x") + limit(q) + (offset > 0 ? " OFFSET " + offset : "")
                : "SELECT x.id FROM events x" + (where.sql().isEmpty() ? "" : " WHERE EXISTS (SELECT 1" + from(q)
                        + where.sql() + " AND r.event_id = x.id)")
                        + sort.orderBy("x") + limit(q) + (offset > 0 ? " OFFSET " + offset : "");
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = prepare(c, sql, where.params()); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static long count(Connection c, Query q, Where where) throws SQLException {
        String sql = where.sql().isEmpty() ? "SELECT COUNT(*) FROM events"
                : "SELECT COUNT(DISTINCT r.event_id)" + from(q) + where.sql();
        try (PreparedStatement st = prepare(c, sql, where.params()); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<EventListing> load(Connection c, List<Long> ids, TextIndex.Hits hits) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, String> summaries = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, summary FROM events WHERE id IN (" + in + ")");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                summaries.put(rs.getLong("id"), rs.getString("summary"));
            }
        }
        Map<Long, List<EventRecord>> records = new LinkedHashMap<>();
        Map<Long, List<String>> recordIds = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT event_id, record_id, json FROM records WHERE event_id IN ("
                + in + ") ORDER BY id"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long event = rs.getLong("event_id");
                recordIds.computeIfAbsent(event, k -> new ArrayList<>()).add(rs.getString("record_id"));
                records.computeIfAbsent(event, k -> new ArrayList<>()).add(StoredJson.record(rs.getString("json")));
            }
        }
        Map<Long, EventSummary> parsed = new LinkedHashMap<>();
        Set<String> articleIds = new TreeSet<>();
        for (long id : ids) {
            if (summaries.containsKey(id)) {
                EventSummary summary = StoredJson.summary(summaries.get(id));
                parsed.put(id, summary);
                summary.sources().forEach(s -> articleIds.add(s.articleId()));
            }
        }
        Map<String, ArticleRef> refs = ArticleFinder.refs(c, articleIds);
        List<EventListing> listings = new ArrayList<>();
        for (Map.Entry<Long, EventSummary> e : parsed.entrySet()) {
            EventSummary summary = e.getValue();
            List<EventRecord> own = records.getOrDefault(e.getKey(), List.of());
            String highlight = null;
            if (hits != null) {
                String text = own.stream().map(r -> String.join(" ", r.eventText())).collect(Collectors.joining(" "));
                highlight = index.highlight(hits.query(), text);
                if (highlight == null) {
                    highlight = highlightArticles(c, hits, summary);
                }
            }
            Map<String, ArticleRef> articles = new LinkedHashMap<>();
            summary.sources().forEach(s -> articles.put(s.articleId(), refs.get(s.articleId())));
            articles.values().removeIf(java.util.Objects::isNull);
            StoredEvent event = new StoredEvent(e.getKey(), summary, recordIds.getOrDefault(e.getKey(), List.of()), highlight);
            listings.add(new EventListing(event, headline(own), names(own, EventRecord::actor),
                    names(own, EventRecord::recipient), articles));
        }
        return listings;
    }

    private static String headline(List<EventRecord> records) {
        return records.stream().flatMap(r -> r.eventText().stream()).findFirst().orElse(null);
    }

    /** Canonical names where the records give them, else the words, each once, in record order. */
    private static List<String> names(List<EventRecord> records,
                                      java.util.function.Function<EventRecord, List<EventRecord.Entity>> entities) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (EventRecord r : records) {
            for (EventRecord.Entity entity : entities.apply(r)) {
                String name = entity.identifierText() != null ? entity.identifierText() : entity.entityText();
                if (name != null && !name.isBlank()) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    /** The passage of the first of the event's articles whose text matched, when no record text did. */
    private String highlightArticles(Connection c, TextIndex.Hits hits, EventSummary summary) throws SQLException {
        for (EventSummary.Source source : summary.sources()) {
            if (hits.articles().contains(source.articleId())) {
                try (PreparedStatement st = c.prepareStatement("SELECT title, body FROM articles WHERE id = ?")) {
                    st.setString(1, source.articleId());
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) {
                            String title = rs.getString("title");
                            return index.highlight(hits.query(), (title == null ? "" : title + "\n") + rs.getString("body"));
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The columns of a stored record and its article, over records r joined to articles a. */
    private static final String RECORD_SELECT = "SELECT r.event_id, r.json, a.title, a.url, a.source, a.published"
            + " FROM records r JOIN articles a ON a.id = r.article_id";

    private static StoredRecord storedRecord(ResultSet rs) throws SQLException {
        return new StoredRecord(StoredJson.record(rs.getString("json")), rs.getLong("event_id"), rs.getString("title"),
                rs.getString("url"), rs.getString("source"), Columns.date(rs, "published"));
    }

    void records(Connection c, Query q, Consumer<StoredRecord> sink) throws SQLException {
        Where where = where(c, q);
        String sql = RECORD_SELECT + (q.minDead() != null ? " JOIN events e ON e.id = r.event_id" : "")
                + where.sql()
                + " ORDER BY r.id" + limit(q);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false); // PostgreSQL streams rows only inside a transaction
        try (PreparedStatement st = prepare(c, sql, where.params())) {
            st.setFetchSize(500);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sink.accept(storedRecord(rs));
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(auto);
        }
    }

    private static String limit(Query q) {
        return q.limit() == Integer.MAX_VALUE ? "" : " LIMIT " + q.limit();
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
        return st;
    }
}
