package org.evident.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.resolve.EventSummary;
import org.evident.resolve.MergeRule;
import org.evident.resolve.Occurrence;
import org.evident.resolve.Report;
import org.evident.resolve.Resolver;

/**
 * Writes one article, its records and their events inside the caller's transaction: the resolution stage
 * ({@link Resolver#resolve}) is given the stored events each record might join, and the article is written as it
 * decided.
 */
final class ArticleWriter {

    /**
     * Candidate events are fetched within this many degrees of latitude of a record placed below the country, or
     * in its country: an event whose best place so far is the country's centre (or a record placed only at its
     * country) may still be the same event, as the merge rule lets a country contain its towns.
     */
    private static final double CANDIDATE_LAT_DEGREES = 3;

    private final Resolver resolver;

    ArticleWriter(Resolver resolver) {
        this.resolver = resolver;
    }

    static boolean exists(Connection c, String articleId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            st.setString(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Saves the article and its records; {@code inserted} hears each record's row id. Returns what was done, or
     * a skip when the article is already stored.
     */
    Saved save(Connection c, Article article, List<EventRecord> records, BiConsumer<Long, EventRecord> inserted)
            throws SQLException {
        if (exists(c, article.id())) {
            return Saved.skipped(article.id());
        }
        insertArticle(c, article);
        int newEvents = 0;
        Set<Long> touched = new LinkedHashSet<>();
        List<Long> eventIds = new ArrayList<>();
        for (Resolver.Placement<Long> placement : resolver.resolve(article, records, o -> candidates(c, o))) {
            long eventId;
            if (placement.joins().isPresent()) {
                eventId = placement.joins().get();
            } else if (placement.joinsRecord().isPresent()) {
                eventId = eventIds.get(placement.joinsRecord().getAsInt());
            } else {
                eventId = newEvent(c, placement.occurrence().category());
                newEvents++;
            }
            inserted.accept(insertRecord(c, placement.record(), placement.occurrence(), eventId), placement.record());
            eventIds.add(eventId);
            touched.add(eventId);
        }
        for (long eventId : touched) {
            summarize(c, eventId);
        }
        log(c, article.origin(), article.id(), "STORED", null, records.size());
        return new Saved(article.id(), true, records.size(), newEvents, records.size() - newEvents);
    }

    /**
     * Takes the records of an earlier version of an article out of their events, once the new version's records
     * are saved (so that they could join those events): each event is summarised again from the records it keeps,
     * and an event left with none is deleted. The earlier article itself stays, as history. Returns the events
     * changed.
     */
    Set<Long> retire(Connection c, String earlierArticleId) throws SQLException {
        Set<Long> events = new LinkedHashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT event_id FROM records WHERE article_id = ?"
                + " ORDER BY event_id")) {
            st.setString(1, earlierArticleId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    events.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM records WHERE article_id = ?")) {
            st.setString(1, earlierArticleId);
            st.executeUpdate();
        }
        for (long eventId : events) {
            boolean kept;
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM records WHERE event_id = ?")) {
                st.setLong(1, eventId);
                st.setMaxRows(1);
                try (ResultSet rs = st.executeQuery()) {
                    kept = rs.next();
                }
            }
            if (kept) {
                summarize(c, eventId);
            } else {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM events WHERE id = ?")) {
                    st.setLong(1, eventId);
                    st.executeUpdate();
                }
            }
        }
        return events;
    }

    /** Records an input that was not stored, once per input, outcome and reason. */
    static void log(Connection c, String origin, String articleId, String outcome, String detail, int records)
            throws SQLException {
        if (!"STORED".equals(outcome)) {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT 1 FROM ingest_log WHERE origin = ? AND outcome = ? AND detail = ?")) {
                st.setString(1, Columns.clip(origin, 4000));
                st.setString(2, outcome);
                st.setString(3, Columns.clip(detail, 4000));
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO ingest_log (origin, article_id, outcome, detail,"
                + " records, logged_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setString(1, Columns.clip(origin, 4000));
            st.setString(2, articleId);
            st.setString(3, outcome);
            st.setString(4, Columns.clip(detail, 4000));
            st.setInt(5, records);
            st.setTimestamp(6, Timestamp.from(Instant.now()));
            st.executeUpdate();
        }
    }

    private static void insertArticle(Connection c, Article a) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO articles (id, origin, title, url, source, published,"
                + " language, section, body, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, a.id());
            st.setString(2, Columns.clip(a.origin(), 4000));
            st.setString(3, Columns.clip(a.title(), 4000));
            st.setString(4, Columns.clip(a.url(), 4000));
            st.setString(5, Columns.clip(a.source(), 1000));
            Columns.date(st, 6, a.published());
            st.setString(7, Columns.clip(a.language(), 16));
            st.setString(8, Columns.clip(a.section(), 200));
            st.setString(9, a.body());
            st.setTimestamp(10, Timestamp.from(Instant.now()));
            st.executeUpdate();
        }
    }

    /** The stored events that share the occurrence's category and may share its days and region. */
    private List<Resolver.Candidate<Long>> candidates(Connection c, Occurrence o) throws SQLException {
        if (o.earliest() == null) {
            return List.of();
        }
        int window = resolver.rule().dayWindow();
        // an undated report may follow up an event weeks before it, and an undated event be followed up by this one
        int before = o.undated() ? MergeRule.FOLLOW_UP_DAYS : window;
        int after = MergeRule.FOLLOW_UP_DAYS;
        String sql = "SELECT r.event_id, r.article_id, r.category, r.modes, r.date_earliest, r.date_latest, r.lat,"
                + " r.lon, r.resolution, r.place, r.country_code, r.actor_words, r.actor_codes, r.dead, r.injured,"
                + " r.undated"
                + " FROM events e JOIN records r ON r.event_id = e.id"
                + " WHERE e.category = ? AND e.span_latest >= ? AND e.span_earliest <= ?"
                + (regional(o) ? " AND (e.lat IS NULL OR e.lat BETWEEN ? AND ? OR e.country_code = ?"
                        // a homonym elsewhere may be the same place (MergeRule.sameNameBelowCountry)
                        + " OR EXISTS (SELECT 1 FROM records m WHERE m.event_id = e.id AND m.place = ?))" : "")
                + " ORDER BY r.event_id";
        List<Resolver.Candidate<Long>> candidates = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, o.category());
            Columns.date(st, 2, o.earliest().minusDays(before));
            Columns.date(st, 3, o.latest().plusDays(after));
            if (regional(o)) {
                st.setDouble(4, o.lat() - CANDIDATE_LAT_DEGREES);
                st.setDouble(5, o.lat() + CANDIDATE_LAT_DEGREES);
                st.setString(6, o.countryCode());
                st.setString(7, o.place());
            }
            try (ResultSet rs = st.executeQuery()) {
                long current = -1;
                List<Occurrence> members = new ArrayList<>();
                while (rs.next()) {
                    long eventId = rs.getLong("event_id");
                    if (eventId != current && !members.isEmpty()) {
                        candidates.add(new Resolver.Candidate<>(current, members));
                        members = new ArrayList<>();
                    }
                    current = eventId;
                    members.add(occurrence(rs));
                }
                if (!members.isEmpty()) {
                    candidates.add(new Resolver.Candidate<>(current, members));
                }
            }
        }
        return candidates;
    }

    /** A record placed below its country: only events near it or in its country are candidates. */
    private static boolean regional(Occurrence o) {
        return o.lat() != null && o.resolution() != 1;
    }

    private static Occurrence occurrence(ResultSet rs) throws SQLException {
        return new Occurrence(rs.getString("article_id"), rs.getString("category"), Columns.split(rs.getString("modes")),
                Columns.date(rs, "date_earliest"), Columns.date(rs, "date_latest"), Columns.number(rs, "lat"),
                Columns.number(rs, "lon"), rs.getInt("resolution"), rs.getString("place"), rs.getString("country_code"),
                Columns.split(rs.getString("actor_words")), Columns.split(rs.getString("actor_codes")),
                Columns.integer(rs, "dead"), Columns.integer(rs, "injured"), rs.getBoolean("undated"));
    }

    private static long newEvent(Connection c, String category) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO events (category, status, warnings, articles,"
                + " records, summary) VALUES (?, 'ASSERTED', '', 0, 0, '{}')", new String[] {"id"})) {
            st.setString(1, category);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long insertRecord(Connection c, EventRecord r, Occurrence o, long eventId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO records (record_id, article_id, event_id, category,"
                + " modes, status, date_earliest, date_latest, lat, lon, resolution, place, country_code, country, dead,"
                + " injured, arrested, actor_words, actor_codes, json, undated)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            st.setString(1, Columns.clip(r.id(), 200));
            st.setString(2, r.articleId());
            st.setLong(3, eventId);
            st.setString(4, Columns.clip(o.category(), 64));
            st.setString(5, Columns.clip(Columns.joined(o.modes()), 1000));
            st.setString(6, r.status().name());
            Columns.date(st, 7, o.earliest());
            Columns.date(st, 8, o.latest());
            Columns.number(st, 9, o.lat());
            Columns.number(st, 10, o.lon());
            st.setInt(11, o.resolution());
            st.setString(12, Columns.clip(o.place(), 1000));
            st.setString(13, Columns.clip(o.countryCode(), 8));
            st.setString(14, Columns.clip(r.eventLoc() == null ? null : r.eventLoc().country(), 200));
            Columns.integer(st, 15, r.size() == null ? null : r.size().dead());
            Columns.integer(st, 16, r.size() == null ? null : r.size().injured());
            Columns.integer(st, 17, r.size() == null ? null : r.size().arrested());
            st.setString(18, Columns.clip(Columns.joined(o.actorWords()), 4000));
            st.setString(19, Columns.clip(Columns.joined(o.actorCodes()), 1000));
            st.setString(20, json(r));
            st.setBoolean(21, o.undated());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Recomputes an event's summary from all its records. */
    private static void summarize(Connection c, long eventId) throws SQLException {
        List<Report> reports = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT r.json, a.source, a.published FROM records r"
                + " JOIN articles a ON a.id = r.article_id WHERE r.event_id = ?")) {
            st.setLong(1, eventId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    reports.add(new Report(StoredJson.record(rs.getString("json")), rs.getString("source"),
                            Columns.date(rs, "published")));
                }
            }
        }
        EventSummary s = EventSummary.of(reports);
        List<Occurrence> members = reports.stream().map(Occurrence::of).toList();
        try (PreparedStatement st = c.prepareStatement("UPDATE events SET span_earliest = ?, span_latest = ?,"
                + " date_earliest = ?, date_latest = ?, lat = ?, lon = ?, place = ?, country_code = ?, status = ?,"
                + " warnings = ?, dead_min = ?, dead_max = ?, injured_max = ?, arrested_max = ?, articles = ?,"
                + " records = ?, first_published = ?, last_published = ?, summary = ? WHERE id = ?")) {
            Columns.date(st, 1, members.stream().map(Occurrence::earliest).filter(d -> d != null).min(Comparable::compareTo).orElse(null));
            Columns.date(st, 2, members.stream().map(Occurrence::latest).filter(d -> d != null).max(Comparable::compareTo).orElse(null));
            Columns.date(st, 3, s.earliest());
            Columns.date(st, 4, s.latest());
            Columns.number(st, 5, s.place() == null ? null : s.place().lat());
            Columns.number(st, 6, s.place() == null ? null : s.place().lon());
            st.setString(7, Columns.clip(s.place() == null ? null : placeName(s.place()), 1000));
            st.setString(8, Columns.clip(s.place() == null ? null : s.place().countryCode(), 8));
            st.setString(9, s.status().name());
            st.setString(10, Columns.clip(Columns.joined(s.warnings().stream().map(w -> w.status().name())
                    .distinct().toList()), 1000));
            Columns.integer(st, 11, s.lowest("dead"));
            Columns.integer(st, 12, s.highest("dead"));
            Columns.integer(st, 13, s.highest("injured"));
            Columns.integer(st, 14, s.highest("arrested"));
            st.setInt(15, s.sources().size());
            st.setInt(16, reports.size());
            Columns.date(st, 17, s.sources().get(0).published());
            Columns.date(st, 18, s.sources().get(s.sources().size() - 1).published());
            st.setString(19, StoredJson.write(s));
            st.setLong(20, eventId);
            st.executeUpdate();
        }
    }

    static String placeName(EventRecord.Location place) {
        return place.resolvedPlace() != null ? place.resolvedPlace() : place.extractedPlace();
    }

    private static String json(EventRecord r) {
        try {
            return Json.mapper().writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new StoreException("record " + r.id() + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
