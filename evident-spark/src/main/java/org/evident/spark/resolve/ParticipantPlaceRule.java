package org.evident.spark.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evident.model.EventRecord;

/**
 * The job's own merge rule until the store's shared rule is in evident-core: two records from different articles
 * are the same event when their places do not disagree and they share a participant (an actor or recipient, by
 * canonical name or else as written, case-insensitive) or, failing participants, name the same place. Counts are
 * not compared: conflicting figures of one event are kept side by side, not split into two events.
 */
public final class ParticipantPlaceRule implements MergeRule {

    @Override
    public boolean sameEvent(EventRecord a, EventRecord b) {
        if (a.articleId().equals(b.articleId())) {
            return false; // within one article the extractor has already merged the mentions of one event
        }
        String placeA = place(a);
        String placeB = place(b);
        if (placeA != null && placeB != null && !placeA.equals(placeB)) {
            return false;
        }
        Set<String> shared = participants(a);
        shared.retainAll(participants(b));
        return !shared.isEmpty() || placeA != null && placeA.equals(placeB);
    }

    private static String place(EventRecord record) {
        EventRecord.Location loc = record.eventLoc();
        if (loc == null) {
            return null;
        }
        if (loc.geonameid() != null) {
            return "geonames:" + loc.geonameid();
        }
        return normal(loc.resolvedPlace() != null ? loc.resolvedPlace() : loc.extractedPlace());
    }

    private static Set<String> participants(EventRecord record) {
        Set<String> names = new HashSet<>();
        add(names, record.actor());
        add(names, record.recipient());
        return names;
    }

    private static void add(Set<String> names, List<EventRecord.Entity> entities) {
        for (EventRecord.Entity entity : entities) {
            String name = normal(entity.identifierText() != null ? entity.identifierText() : entity.entityText());
            if (name != null) {
                names.add(name);
            }
        }
    }

    private static String normal(String text) {
        if (text == null) {
            return null;
        }
        String normal = text.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("\\s+", " ").strip();
        return normal.isEmpty() ? null : normal;
    }
}
