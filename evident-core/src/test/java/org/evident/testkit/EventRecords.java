package org.evident.testkit;

import java.util.ArrayList;
import java.util.List;
import org.evident.model.EventRecord;
import org.evident.model.Status;

/**
 * A builder of whole event records by hand (date, place, figures, actors, status), for tests and benchmarks of
 * what comes after extraction: resolution, the store, exports.
 */
public final class EventRecords {

    private final String id;
    private final String articleId;
    private String category = "ASSAULT";
    private List<String> modes = List.of();
    private String date;
    private boolean datedByPublication;
    private EventRecord.Location place;
    private Integer dead;
    private String deadText;
    private Integer injured;
    private Integer arrested;
    private Status status = Status.ASSERTED;
    private EventRecord.Source source;
    private final List<EventRecord.Entity> actors = new ArrayList<>();
    private final List<EventRecord.Entity> recipients = new ArrayList<>();
    private final List<EventRecord.Responsibility> responsibility = new ArrayList<>();
    private String text = "";

    private EventRecords(String id, String articleId) {
        this.id = id;
        this.articleId = articleId;
    }

    /** A record of the given article; every other field is empty until set. */
    public static EventRecords of(String id, String articleId) {
        return new EventRecords(id, articleId);
    }

    public EventRecords category(String value, String... modeValues) {
        category = value;
        modes = List.of(modeValues);
        return this;
    }

    public EventRecords date(String day) {
        date = day;
        return this;
    }

    /** The day the article appeared, standing for a date the text does not give (basis "publication"). */
    public EventRecords publicationDate(String day) {
        date = day;
        datedByPublication = true;
        return this;
    }

    /** A geocoded place; resolution 5 sub-city, 4 city, 3 district, 2 province, 1 country. */
    public EventRecords place(String name, double lat, double lon, String countryCode, String country, int resolution) {
        place = new EventRecord.Location(name, name, null, lat, lon, null, country, countryCode, "P", "PPL", resolution);
        return this;
    }

    /** A place named in the text that no gazetteer resolved. */
    public EventRecords placeName(String name) {
        place = EventRecord.Location.unresolved(name);
        return this;
    }

    public EventRecords dead(int value, String words) {
        dead = value;
        deadText = words;
        return this;
    }

    public EventRecords injured(int value) {
        injured = value;
        return this;
    }

    public EventRecords arrested(int value) {
        arrested = value;
        return this;
    }

    public EventRecords status(Status value, String sourceText) {
        status = value;
        source = sourceText == null ? null : new EventRecord.Source(sourceText, "official");
        return this;
    }

    public EventRecords actor(String words, String code) {
        actors.add(new EventRecord.Entity(words, null, code, null));
        return this;
    }

    public EventRecords recipient(String words, String code) {
        recipients.add(new EventRecord.Entity(words, null, code, null));
        return this;
    }

    /** An actor with its country and sector codes. */
    public EventRecords actor(String words, String code, String sector) {
        actors.add(new EventRecord.Entity(words, null, code, sector));
        return this;
    }

    /** A recipient with its country and sector codes. */
    public EventRecords recipient(String words, String code, String sector) {
        recipients.add(new EventRecord.Entity(words, null, code, sector));
        return this;
    }

    /** Who claims or is blamed for it; status CLAIMED, ALLEGED or ASSERTED. */
    public EventRecords responsibility(String words, String claimStatus) {
        responsibility.add(new EventRecord.Responsibility(words, words, claimStatus));
        return this;
    }

    /** The sentence the record came from; its first word becomes the mention. */
    public EventRecords text(String sentence) {
        text = sentence;
        return this;
    }

    public EventRecord build() {
        String trigger = text.isEmpty() ? category.toLowerCase() : text.split("\\s+")[0];
        EventRecord.DateInfo dateInfo = date == null ? null : datedByPublication
                ? new EventRecord.DateInfo(null, null, date, "unknown", "publication")
                : new EventRecord.DateInfo(date, date, date, "day", "text");
        EventRecord.SizeInfo sizeInfo = dead == null ? EventRecord.SizeInfo.NONE
                : new EventRecord.SizeInfo(new EventRecord.Count(deadText, dead, dead, null), null, null);
        return new EventRecord(id, articleId, date, null, dateInfo, List.of(category), modes, List.of(), actors,
                recipients, place, new EventRecord.Size(dead, injured, arrested), sizeInfo,
                text.isEmpty() ? List.of() : List.of(text), new EventRecord.TextInfo(0, 0, text.length()), null,
                status, source, responsibility, null, List.of(),
                List.of(new EventRecord.Mention(0, 0, trigger.length(), trigger)), 0.8);
    }
}
