package org.evident.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One event as Evident writes it down: PLOVER JSON plus Evident's fields for epistemic status, source and
 * evidence. Field names and meaning follow the output contract (EVENT-RECORD.md); JSON is snake_case.
 */
@JsonPropertyOrder({"id", "article_id", "date", "enddate", "date_info", "event", "mode", "context", "actor",
        "recipient", "event_loc", "size", "size_info", "event_text", "text_info", "cite_info", "status", "source",
        "responsibility", "forecast", "evidence", "mentions", "confidence"})
public record EventRecord(
        String id,
        String articleId,
        String date,
        String enddate,
        DateInfo dateInfo,
        List<String> event,
        List<String> mode,
        List<String> context,
        List<Entity> actor,
        List<Entity> recipient,
        Location eventLoc,
        Size size,
        SizeInfo sizeInfo,
        List<String> eventText,
        TextInfo textInfo,
        CiteInfo citeInfo,
        Status status,
        Source source,
        List<Responsibility> responsibility,
        Forecast forecast,
        List<Evidence> evidence,
        List<Mention> mentions,
        double confidence) {

    public EventRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(status, "status");
        event = List.copyOf(event);
        mode = List.copyOf(mode);
        context = List.copyOf(context);
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
        eventText = List.copyOf(eventText);
        responsibility = List.copyOf(responsibility);
        evidence = List.copyOf(evidence);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("record " + id + " has no mention");
        }
    }

    /**
     * When the event happened, as a range; precision is day, week, month, year or unknown. basis (an Evident
     * extension) says where the date comes from: "text" (the words in {@code text}) or "publication" (the text
     * gives no date for a reported event, so the publication date stands as its latest possible day).
     */
    public record DateInfo(String text, String earliest, String latest, String precision, String basis) {}

    /** A PLOVER entity: as written, its canonical name, country code and sector where known. */
    public record Entity(String entityText, String identifierText, String code, String sector) {}

    /** Where it happened: the place as written and the gazetteer entry it resolved to. */
    public record Location(String extractedPlace, String resolvedPlace, Long geonameid, Double lat, Double lon,
                           String province, String country, String countryCode, String featureClass,
                           String featureCode, Integer resolution) {

        /** A place found in the text that the gazetteer could not resolve. */
        public static Location unresolved(String extractedPlace) {
            return new Location(extractedPlace, null, null, null, null, null, null, null, null, null, null);
        }

        /** This resolved place under another name as written (a section of a town told as the town). */
        public Location writtenAs(String written) {
            return new Location(written, resolvedPlace, geonameid, lat, lon, province, country, countryCode,
                    featureClass, featureCode, resolution);
        }
    }

    /** PLOVER sizes: one conservative number each, or null. */
    public record Size(Integer dead, Integer injured, Integer arrested) {
        public static final Size NONE = new Size(null, null, null);
    }

    /** Each count as a range with the words it came from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SizeInfo(Count dead, Count injured, Count arrested) {
        public static final SizeInfo NONE = new SizeInfo(null, null, null);
    }

    /** "at least 12" is min 12, max null, qualifier "at least"; "dozens" is min 12 with the text kept. */
    public record Count(String text, Integer min, Integer max, String qualifier) {}

    /** The sentence of the first mention and its character offsets. */
    public record TextInfo(int sequence, int start, int end) {}

    /** Where the record was cited from; genre is news, opinion, statement or other. */
    public record CiteInfo(String title, String url, String publication, String language, String genre,
                           String coder) {}

    /** Who says so; kind is official, media, group, anonymous, person or author. */
    public record Source(String text, String kind) {}

    /** Who claims or is blamed for the event, and how sure the text is of it. */
    public record Responsibility(String entityText, String identifierText, String status) {}

    /** For predicted events: the words, the horizon as an ISO-8601 duration and the day it points to. */
    public record Forecast(String text, String horizon, String by) {}

    /** The span a field's value came from; field names the record path ("size.dead", "event_loc"). */
    public record Evidence(String field, int start, int end, String text) {}

    /** One in-article mention of the event: the trigger words and where they stand. */
    public record Mention(int sequence, int start, int end, String text) {}
}
