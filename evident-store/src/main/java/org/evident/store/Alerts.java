package org.evident.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.evident.model.Json;

/**
 * Saved searches that fire when an event they match is created or changes. The test runs inside the transaction
 * that saves an article, for each event the article's records joined or started: an event whose state (category,
 * status, warnings, figures, place, number of sources) differs from what the alert last told about it gives one
 * firing that says what changed. An event told of that stops matching (a toll revised below the threshold) is told
 * once more, and so is one withdrawn (a new version of the only article that reported it no longer does). The
 * firing waits in an outbox until it is delivered, so a change is told once even when the process dies between
 * saving and delivering.
 */
public final class Alerts {

    private static final Logger LOG = Logger.getLogger(Alerts.class.getName());
    /** Marks a state told when the event stopped matching, so that matching again is told as such. */
    private static final String LEFT = "left";

    /**
     * One saved search and where its firings go.
     *
     * @param query      the filters, as {@code evident query} takes them; a text query is tested on the words of the
     *                   article that starts or joins the event (see {@link #check})
     * @param jsonlPath  a file that gets one JSON line per firing, or null
     * @param webhookUrl a URL that gets each firing POSTed as JSON, or null
     * @param secret     the key of the webhook's HMAC-SHA256 signature, or null for none
     */
    public record Alert(long id, String name, Query query, String jsonlPath, String webhookUrl, String secret,
                        Instant createdAt) {}

    /** One firing with where it still has to go. */
    public record Firing(long id, Alert alert, long eventId, String change, String payload, Instant createdAt,
                         boolean jsonlDone, boolean webhookDone, int attempts) {}

    private final Database database;
    private final Finder finder;

    Alerts(Database database, Finder finder) {
        this.database = database;
        this.finder = finder;
    }

    /**
     * Saves a search under a name.
     *
     * @throws IllegalArgumentException for a name in use, a text query, or no place to deliver to
     */
    public synchronized Alert add(String name, Query query, String jsonlPath, String webhookUrl, String secret) {
        Objects.requireNonNull(query, "query");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("an alert needs a name of 1 to 200 characters");
        }
        if (query.text() != null) {
            TextIndex.parse(query.text(), TextIndex.newAnalyzer()); // a query that cannot run is refused now, not at each save
        }
        if (jsonlPath == null && webhookUrl == null) {
            throw new IllegalArgumentException("alert " + name + " needs somewhere to deliver: --jsonl FILE or --webhook URL");
        }
        if (find(name) != null) {
            throw new IllegalArgumentException("an alert named " + name + " exists already; remove it first");
        }
        String filters = StoredJson.write(query.withLimit(1));
        if (filters.length() > 4000) { // cut JSON would be unreadable, and every article saved would fail on it
            throw new IllegalArgumentException("the filters of alert " + name + " are too long to store ("
                    + filters.length() + " characters as JSON, at most 4000)");
        }
        try (Connection c = database.connect(); PreparedStatement st = c.prepareStatement("INSERT INTO alerts (name,"
                + " query, jsonl_path, webhook_url, secret, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setString(1, name);
            st.setString(2, filters);
            st.setString(3, jsonlPath);
            st.setString(4, webhookUrl);
            st.setString(5, secret);
            st.setTimestamp(6, Timestamp.from(Instant.now()));
            st.executeUpdate();
        } catch (SQLException e) {
            throw failure("save alert " + name + " in", e);
        }
        return find(name);
    }

    /** Every alert, in the order they were added. */
    public List<Alert> list() {
        try {
            return database.read(Alerts::all);
        } catch (SQLException e) {
            throw failure("list the alerts of", e);
        }
    }

    /** The alert with this name, or null. */
    public Alert find(String name) {
        return list().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    /** Removes an alert with its firings; false when there is none of that name. */
    public synchronized boolean remove(String name) {
        Alert alert = find(name);
        if (alert == null) {
            return false;
        }
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            for (String table : List.of("alert_firings", "alert_states", "alerts")) {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE "
                        + (table.equals("alerts") ? "id" : "alert_id") + " = ?")) {
                    st.setLong(1, alert.id());
                    st.executeUpdate();
                }
            }
            c.commit();
            return true;
        } catch (SQLException e) {
            throw failure("remove alert " + name + " from", e);
        }
    }

    /**
     * Tests every alert against the events the article's records are in, and the events {@code alsoChanged} (those
     * an earlier version of the article left: a retracted toll changes them too), inside the article's transaction;
     * returns the number of firings written. An alert's text query is tested on the words of this article
     * ({@code words}): an event first matches when an article whose words match starts or joins it, and once told of,
     * its changes are told whatever the words of the articles that bring them.
     */
    int check(Connection c, String articleId, ArticleText words, Collection<Long> alsoChanged) throws SQLException {
        List<Alert> alerts = readable(c, true);
        if (alerts.isEmpty()) {
            return 0;
        }
        Set<Long> events = new LinkedHashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT event_id FROM records WHERE article_id = ?"
                + " ORDER BY event_id")) {
            st.setString(1, articleId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    events.add(rs.getLong(1));
                }
            }
        }
        events.addAll(alsoChanged);
        int fired = 0;
        for (long eventId : events) {
            Map<String, String> state = state(c, eventId);
            boolean gone = state.isEmpty(); // the last record that reported it was retired by a new version
            for (Alert alert : alerts) {
                String told = toldState(c, alert.id(), eventId);
                String text = alert.query().text();
                boolean matches = !gone && finder.matches(c, alert.query().withText(null), eventId)
                        && (text == null || told != null || words.matches(text));
                String change = matches ? changeWhileMatching(told, state) : changeOnLeaving(told, state, gone);
                if (gone && told != null) {
                    forget(c, alert.id(), eventId);
                }
                if (change == null) {
                    continue; // nothing the alert has not told already
                }
                if (!gone) {
                    remember(c, alert.id(), eventId, told != null, encode(matches ? state : leaving(state)));
                }
                insertFiring(c, alert, eventId, change, gone ? decode(told) : null);
                fired++;
            }
        }
        return fired;
    }

    /** What to tell about an event that matches: null when this state was told already. */
    private static String changeWhileMatching(String told, Map<String, String> state) {
        if (told == null) {
            return "new event";
        }
        Map<String, String> before = decode(told);
        boolean hadLeft = before.remove(LEFT) != null;
        if (!hadLeft && encode(state).equals(told)) {
            return null;
        }
        return hadLeft ? "matches again: " + change(before, state) : change(before, state);
    }

    /**
     * What to tell about an event the alert told of that no longer matches (a toll revised below the threshold,
     * another category) or is gone (no stored article reports it any more): null when there is nothing to tell.
     */
    private static String changeOnLeaving(String told, Map<String, String> state, boolean gone) {
        if (told == null) {
            return null;
        }
        Map<String, String> before = decode(told);
        if (before.containsKey(LEFT)) {
            return null; // told already that it left the alert's filters
        }
        return gone ? "withdrawn: no stored article reports it any more" : "no longer matches: " + change(before, state);
    }

    private static Map<String, String> leaving(Map<String, String> state) {
        Map<String, String> marked = new LinkedHashMap<>(state);
        marked.put(LEFT, "true");
        return marked;
    }

    /** The firings that still have somewhere to go and whose next attempt is due, oldest first. */
    public List<Firing> due(Instant now, int max) {
        try {
            return database.read(c -> {
                Map<Long, Alert> alerts = new LinkedHashMap<>();
                readable(c, false).forEach(a -> alerts.put(a.id(), a));
                List<Firing> firings = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("SELECT * FROM alert_firings WHERE gave_up = FALSE"
                        + " AND (jsonl_done = FALSE OR webhook_done = FALSE) AND next_attempt_at <= ? ORDER BY id")) {
                    st.setTimestamp(1, Timestamp.from(now));
                    st.setMaxRows(max);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            Alert alert = alerts.get(rs.getLong("alert_id"));
                            if (alert == null) {
                                continue; // its filters cannot be read: reported when it was passed over
                            }
                            firings.add(new Firing(rs.getLong("id"), alert,
                                    rs.getLong("event_id"), rs.getString("change_text"), rs.getString("payload"),
                                    WatchLedger.instant(rs, "created_at"), rs.getBoolean("jsonl_done"),
                                    rs.getBoolean("webhook_done"), rs.getInt("attempts")));
                        }
                    }
                }
                return firings;
            });
        } catch (SQLException e) {
            throw failure("read the alert outbox of", e);
        }
    }

    /**
     * Records a delivery attempt: which channels are done now, and, when one is not, the error, the next attempt
     * and whether delivery is given up.
     */
    public synchronized void attempted(long firingId, boolean jsonlDone, boolean webhookDone, String error,
                                       Instant nextAttempt, boolean givenUp) {
        try (Connection c = database.connect(); PreparedStatement st = c.prepareStatement("UPDATE alert_firings SET"
                + " jsonl_done = ?, webhook_done = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                + " gave_up = ? WHERE id = ?")) {
            st.setBoolean(1, jsonlDone);
            st.setBoolean(2, webhookDone);
            st.setString(3, Columns.clip(error, 4000));
            st.setTimestamp(4, Timestamp.from(nextAttempt));
            st.setBoolean(5, givenUp);
            st.setLong(6, firingId);
            st.executeUpdate();
        } catch (SQLException e) {
            throw failure("record a delivery of firing " + firingId + " in", e);
        }
    }

    /** One firing as a live view shows it: its id, its alert's name and the JSON delivered for it. */
    public record Fired(long id, String alert, String payload) {}

    /** The firings after {@code afterId}, oldest first, at most {@code max}. */
    public List<Fired> firedAfter(long afterId, int max) {
        try {
            return database.read(c -> {
                List<Fired> fired = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("SELECT f.id, a.name, f.payload FROM alert_firings f"
                        + " JOIN alerts a ON a.id = f.alert_id WHERE f.id > ? ORDER BY f.id")) {
                    st.setLong(1, afterId);
                    st.setMaxRows(max);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            fired.add(new Fired(rs.getLong(1), rs.getString(2), rs.getString(3)));
                        }
                    }
                }
                return fired;
            });
        } catch (SQLException e) {
            throw failure("read the alert firings of", e);
        }
    }

    /** The id of the latest firing, or 0 when none has fired. */
    public long lastFiringId() {
        try {
            return database.read(c -> {
                try (PreparedStatement st = c.prepareStatement("SELECT MAX(id) FROM alert_firings");
                     ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
        } catch (SQLException e) {
            throw failure("read the alert firings of", e);
        }
    }

    /** Counts of firings per alert name: {fired, delivered, pending, givenUp}. */
    public Map<String, int[]> counts() {
        try {
            return database.read(c -> {
                Map<String, int[]> counts = new LinkedHashMap<>();
                all(c).forEach(a -> counts.put(a.name(), new int[4]));
                try (PreparedStatement st = c.prepareStatement("SELECT a.name, f.jsonl_done, f.webhook_done, f.gave_up"
                        + " FROM alert_firings f JOIN alerts a ON a.id = f.alert_id");
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        int[] n = counts.get(rs.getString(1));
                        n[0]++;
                        boolean done = rs.getBoolean(2) && rs.getBoolean(3);
                        n[done ? 1 : rs.getBoolean(4) ? 3 : 2]++;
                    }
                }
                return counts;
            });
        } catch (SQLException e) {
            throw failure("count the alert firings of", e);
        }
    }

    private static List<Alert> all(Connection c) throws SQLException {
        List<Alert> alerts = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM alerts ORDER BY id"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                alerts.add(new Alert(rs.getLong("id"), rs.getString("name"), query(rs.getString("query")),
                        rs.getString("jsonl_path"), rs.getString("webhook_url"), rs.getString("secret"),
                        WatchLedger.instant(rs, "created_at")));
            }
        }
        return alerts;
    }

    /**
     * The alerts whose filters can be read; one that cannot (written by another version, edited by hand) is
     * reported and passed over, so that it never stops an article from being stored or a firing from going out.
     * {@code lock}: locked in id order till the transaction ends, so that two processes saving at once tell each
     * change once, in turn.
     */
    private static List<Alert> readable(Connection c, boolean lock) throws SQLException {
        List<Alert> alerts = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM alerts ORDER BY id" + (lock ? " FOR UPDATE" : ""));
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString("name");
                try {
                    alerts.add(new Alert(rs.getLong("id"), name, query(rs.getString("query")),
                            rs.getString("jsonl_path"), rs.getString("webhook_url"), rs.getString("secret"),
                            WatchLedger.instant(rs, "created_at")));
                } catch (StoreException e) {
                    LOG.warning("alert " + name + " is not checked: " + e.getMessage());
                }
            }
        }
        return alerts;
    }

    private static Query query(String json) {
        try {
            return Json.mapper().readValue(json, Query.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored alert's filters are unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /** What an alert tells about an event, in the order a change lists it. */
    private static Map<String, String> state(Connection c, long eventId) throws SQLException {
        Map<String, String> state = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT category, status, warnings, dead_max, injured_max,"
                + " arrested_max, place, country_code, articles, summary FROM events WHERE id = ?")) {
            st.setLong(1, eventId);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    state.put("category", rs.getString("category"));
                    state.put("status", rs.getString("status"));
                    state.put("warnings", rs.getString("warnings").replaceAll("^,|,$", ""));
                    state.put("dead", Objects.toString(rs.getObject("dead_max"), ""));
                    state.put("injured", Objects.toString(rs.getObject("injured_max"), ""));
                    state.put("arrested", Objects.toString(rs.getObject("arrested_max"), ""));
                    state.put("place", Objects.toString(rs.getString("place"), ""));
                    state.put("country", Objects.toString(rs.getString("country_code"), ""));
                    state.put("sources", rs.getString("articles"));
                    state.put("responsibility", responsibility(rs.getString("summary")));
                }
            }
        }
        return state;
    }

    /** "Islamic State CLAIMED, the army ALLEGED": a claim or blame coming in is a change worth telling. */
    private static String responsibility(String summaryJson) {
        return StoredJson.summary(summaryJson).responsibility().stream().map(c -> c.party() + " " + c.status())
                .collect(Collectors.joining(", "));
    }

    /** "dead 5 → 12; status REPORTED → CLAIMED; sources 1 → 2". */
    static String change(Map<String, String> before, Map<String, String> after) {
        List<String> parts = new ArrayList<>();
        after.forEach((key, value) -> {
            String old = before.getOrDefault(key, "");
            if (!old.equals(value)) {
                parts.add(key + " " + (old.isEmpty() ? "none" : old) + " → " + (value.isEmpty() ? "none" : value));
            }
        });
        return parts.isEmpty() ? "changed" : String.join("; ", parts);
    }

    private static String encode(Map<String, String> state) {
        return StoredJson.write(state);
    }

    /** A told state, as a map that may be changed. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> decode(String json) {
        try {
            return Json.mapper().readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            return new LinkedHashMap<>();
        }
    }

    private static String toldState(Connection c, long alertId, long eventId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT state FROM alert_states WHERE alert_id = ? AND event_id = ?")) {
            st.setLong(1, alertId);
            st.setLong(2, eventId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void remember(Connection c, long alertId, long eventId, boolean known, String state) throws SQLException {
        String sql = known ? "UPDATE alert_states SET state = ? WHERE alert_id = ? AND event_id = ?"
                : "INSERT INTO alert_states (state, alert_id, event_id) VALUES (?, ?, ?)";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, Columns.clip(state, 4000));
            st.setLong(2, alertId);
            st.setLong(3, eventId);
            st.executeUpdate();
        }
    }

    private static void forget(Connection c, long alertId, long eventId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM alert_states WHERE alert_id = ? AND event_id = ?")) {
            st.setLong(1, alertId);
            st.setLong(2, eventId);
            st.executeUpdate();
        }
    }

    /**
     * Writes a firing to the outbox with the event's stored summary, or, for an event that is gone, with what the
     * alert last told of it ({@code lastTold}).
     */
    private static void insertFiring(Connection c, Alert alert, long eventId, String change, Map<String, String> lastTold)
            throws SQLException {
        String summary = lastTold == null ? null : StoredJson.write(lastTold);
        if (summary == null) {
            try (PreparedStatement st = c.prepareStatement("SELECT summary FROM events WHERE id = ?")) {
                st.setLong(1, eventId);
                try (ResultSet rs = st.executeQuery()) {
                    summary = rs.next() ? rs.getString(1) : "{}";
                }
            }
        }
        Instant now = Instant.now();
        ObjectNode payload = Json.mapper().createObjectNode();
        payload.put("alert", alert.name());
        payload.put("event_id", eventId);
        payload.put("change", change);
        payload.put("fired_at", now.toString());
        try {
            payload.set("event", Json.mapper().readTree(summary));
        } catch (JsonProcessingException e) {
            throw new StoreException("stored summary of event " + eventId + " is unreadable: " + e.getOriginalMessage(), e);
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO alert_firings (alert_id, event_id, change_text,"
                + " payload, created_at, jsonl_done, webhook_done, attempts, next_attempt_at, gave_up)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, FALSE)")) {
            st.setLong(1, alert.id());
            st.setLong(2, eventId);
            st.setString(3, Columns.clip(change, 4000));
            st.setString(4, payload.toString());
            st.setTimestamp(5, Timestamp.from(now));
            st.setBoolean(6, alert.jsonlPath() == null);
            st.setBoolean(7, alert.webhookUrl() == null);
            st.setTimestamp(8, Timestamp.from(now));
            st.executeUpdate();
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " the store " + database.redacted() + ": " + e.getMessage(), e);
    }
}
