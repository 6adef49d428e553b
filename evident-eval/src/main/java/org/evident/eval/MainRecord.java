package org.evident.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.evident.model.EventRecord;

/**
 * The record that stands for what an article is about, for scoring that compares articles rather than records.
 *
 * <p>Without a category, the main record is the one the article tells most: the record with the most mentions
 * (a story names its event again and again, a photo caption or a recalled precedent once), the earlier first
 * mention breaking ties, so that among single mentions the headline's and the lead's event wins. Statements
 * ({@code X-STATEMENT}, whose content is no event of its own) stand for an article only when it has nothing else:
 * every "police said" of a story adds a mention of how it is told, not of what happened. With a category
 * (a corpus of one kind of event), records are taken in the order of their first mention: only those of that
 * category count, and among them the first with the preferred mode if one has it, else the first of the category:
 * {@code ASSAULT} with {@code firearms} is the shooting an article of a gun-violence corpus reports (the same rule
 * as {@code evident eval --counts}). An article with no such record has no main record.
 */
public final class MainRecord {

    /** A statement whose content is no event of its own: how a story is told ("police said"), not what it tells. */
    private static final String STATEMENT = "X-STATEMENT";

    private MainRecord() {}

    /**
     * The main record of one article's records.
     *
     * @param category the category the main record must have, or null for any
     * @param mode     the mode preferred among records of that category, or null
     */
    public static Optional<EventRecord> of(List<EventRecord> records, String category, String mode) {
        if (category == null) {
            Comparator<EventRecord> told = Comparator.comparingInt((EventRecord r) -> -r.mentions().size())
                    .thenComparingInt(MainRecord::firstMention);
            return records.stream().filter(r -> !r.event().contains(STATEMENT)).min(told)
                    .or(() -> records.stream().min(told));
        }
        List<EventRecord> ordered = records.stream()
                .filter(r -> r.event().contains(category))
                .sorted(Comparator.comparingInt(MainRecord::firstMention))
                .toList();
        return ordered.stream().filter(r -> mode != null && r.mode().contains(mode)).findFirst()
                .or(() -> ordered.stream().findFirst());
    }

    /** Where the record is first mentioned in the text; records without a mention come last. */
    static int firstMention(EventRecord r) {
        return r.mentions().stream().mapToInt(EventRecord.Mention::start).min().orElse(Integer.MAX_VALUE);
    }
}
