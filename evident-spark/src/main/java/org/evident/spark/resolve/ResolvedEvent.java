package org.evident.spark.resolve;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Status;

/**
 * One real event as several articles report it: its member records unchanged, and what they agree on.
 *
 * @param eventId    "evt-" + content hash of the sorted member record ids: the same members, the same id
 * @param category   the members' first PLOVER category
 * @param country    ISO alpha-3 of the place, or "unknown"
 * @param earliest   the earliest member day (event date, else publication date), or null when no member has one
 * @param latest     the latest member day, or null when no member has one
 * @param status     the strongest warning among the members' statuses
 * @param articleIds the articles that report it, in member order, without repeats
 * @param records    the member records
 */
@JsonPropertyOrder({"event_id", "category", "country", "earliest", "latest", "status", "article_ids", "records"})
public record ResolvedEvent(String eventId, String category, String country, String earliest, String latest,
                            Status status, List<String> articleIds, List<EventRecord> records) {

    public ResolvedEvent {
        articleIds = List.copyOf(articleIds);
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("event " + eventId + " has no member record");
        }
    }

    /** The event of members sorted by day. */
    static ResolvedEvent of(List<Block.Dated> dated) {
        List<EventRecord> members = dated.stream().map(Block.Dated::record).toList();
        EventRecord first = members.get(0);
        Status status = first.status();
        for (EventRecord member : members) {
            status = status.strongest(member.status());
        }
        String ids = String.join("\n", members.stream().map(EventRecord::id).sorted().toList());
        return new ResolvedEvent("evt-" + Article.contentHash(ids),
                first.event().isEmpty() ? null : first.event().get(0), Block.country(first),
                day(dated.get(0)), day(dated.get(dated.size() - 1)), status,
                members.stream().map(EventRecord::articleId).distinct().toList(), members);
    }

    private static String day(Block.Dated dated) {
        return dated.day() == null ? null : LocalDate.ofEpochDay(dated.day()).toString();
    }
}
