package org.evident.store.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.evident.model.EventRecord;
import org.evident.store.StoredRecord;

/**
 * A record as one flat row with ACLED-like column names (event_date, event_type, sub_event_type, actor1, actor2,
 * iso, country, admin1, location, latitude, longitude, geo_precision, time_precision, source, notes, fatalities)
 * plus Evident's own (status, said_by, injured, arrested, event and article ids). Shared by CSV and Parquet.
 */
final class FlatRecord {

    /** A column's value type. */
    enum Type { TEXT, INTEGER, REAL }

    /** One column: its name and type. */
    record Column(String name, Type type) {}

    static final List<Column> COLUMNS = List.of(
            new Column("event_id", Type.INTEGER), new Column("record_id", Type.TEXT),
            new Column("event_date", Type.TEXT), new Column("year", Type.INTEGER),
            new Column("time_precision", Type.INTEGER), new Column("event_type", Type.TEXT),
            new Column("sub_event_type", Type.TEXT), new Column("actor1", Type.TEXT), new Column("actor2", Type.TEXT),
            new Column("iso", Type.TEXT), new Column("country", Type.TEXT), new Column("admin1", Type.TEXT),
            new Column("location", Type.TEXT), new Column("latitude", Type.REAL), new Column("longitude", Type.REAL),
            new Column("geo_precision", Type.INTEGER), new Column("source", Type.TEXT), new Column("notes", Type.TEXT),
            new Column("fatalities", Type.INTEGER), new Column("injured", Type.INTEGER),
            new Column("arrested", Type.INTEGER), new Column("status", Type.TEXT), new Column("said_by", Type.TEXT),
            new Column("article_id", Type.TEXT), new Column("url", Type.TEXT), new Column("published", Type.TEXT));

    private FlatRecord() {}

    /** The row's values by column name; null where the record has no value. */
    static Map<String, Object> of(StoredRecord stored) {
        EventRecord r = stored.record();
        EventRecord.Location loc = r.eventLoc();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("event_id", stored.eventId());
        row.put("record_id", r.id());
        row.put("event_date", r.date());
        row.put("year", r.date() == null || r.date().length() < 4 ? null : Integer.valueOf(r.date().substring(0, 4)));
        row.put("time_precision", timePrecision(r.dateInfo()));
        row.put("event_type", String.join(";", r.event()));
        row.put("sub_event_type", String.join(";", r.mode()));
        row.put("actor1", entities(r.actor()));
        row.put("actor2", entities(r.recipient()));
        row.put("iso", loc == null ? null : loc.countryCode());
        row.put("country", loc == null ? null : loc.country());
        row.put("admin1", loc == null ? null : loc.province());
        row.put("location", loc == null ? null : loc.resolvedPlace() != null ? loc.resolvedPlace() : loc.extractedPlace());
        row.put("latitude", loc == null ? null : loc.lat());
        row.put("longitude", loc == null ? null : loc.lon());
        row.put("geo_precision", loc == null || loc.resolution() == null ? null : geoPrecision(loc.resolution()));
        row.put("source", stored.publication());
        row.put("notes", String.join(" ", r.eventText()));
        row.put("fatalities", r.size() == null ? null : r.size().dead());
        row.put("injured", r.size() == null ? null : r.size().injured());
        row.put("arrested", r.size() == null ? null : r.size().arrested());
        row.put("status", r.status().name());
        row.put("said_by", r.source() == null ? null : r.source().text());
        row.put("article_id", r.articleId());
        row.put("url", stored.url());
        row.put("published", stored.published() == null ? null : stored.published().toString());
        return row;
    }

    /** ACLED's codes: 1 the day is known, 2 the week, 3 the month or less. */
    private static Integer timePrecision(EventRecord.DateInfo info) {
        if (info == null || info.precision() == null) {
            return null;
        }
        return switch (info.precision()) {
            case "day" -> 1;
            case "week" -> 2;
            case "month", "year" -> 3;
            default -> null;
        };
    }

    /** ACLED's codes: 1 the town itself, 2 a part of a region or near a town, 3 a province. */
    private static int geoPrecision(int resolution) {
        return resolution >= 4 ? 1 : resolution == 3 ? 2 : 3;
    }

    private static String entities(List<EventRecord.Entity> entities) {
        String joined = entities.stream().map(e -> e.identifierText() != null ? e.identifierText() : e.entityText())
                .filter(Objects::nonNull).collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }
}
