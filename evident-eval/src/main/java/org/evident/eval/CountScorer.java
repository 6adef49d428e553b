package org.evident.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import org.evident.model.EventRecord;

/**
 * Scores the main shooting record of an article against its annotated casualty counts and city.
 *
 * <p>The main record is the first record (by its first mention) of category ASSAULT with mode firearms, else the
 * first ASSAULT record, else there is none. Its dead and injured must equal the gold's exactly; a count the record
 * leaves empty reads as 0 (the text named no dead, or no injured). An article without a main record is wrong on
 * every field. The city is right when the gold city and the record's place (as written or as resolved), case and
 * punctuation aside, are the same name or the record's holds the gold city as whole words ("New Orleans East");
 * articles whose gold has no city are not scored on it. The constant answer "1 dead, 0 injured" is scored beside.
 */
public final class CountScorer {

    public static final String TUNE = "tune";
    public static final String VAL = "val";

    /** The half an article belongs to, fixed by a checksum of its id so that the split never moves. */
    public static String half(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? TUNE : VAL;
    }

    /** The record the article's shooting is read from, by the rule above. */
    public static Optional<EventRecord> mainRecord(List<EventRecord> records) {
        return MainRecord.of(records, "ASSAULT", "firearms");
    }

    public CountResult score(CountGold gold, List<EventRecord> records) {
        Optional<EventRecord> main = mainRecord(records);
        Integer dead = main.map(r -> orZero(r.size().dead())).orElse(null);
        Integer injured = main.map(r -> orZero(r.size().injured())).orElse(null);
        EventRecord.Location place = main.map(EventRecord::eventLoc).orElse(null);
        Boolean cityRight = gold.city() == null ? null : main.isPresent() && cityMatches(gold.city(), place);
        return new CountResult(gold, main.map(CountScorer::describe).orElse(null), dead, injured,
                place == null ? null : placeName(place), dead != null && dead == gold.killed(),
                injured != null && injured == gold.injured(), cityRight);
    }

    /**
     * The gold city and a record place name the same city, or the record's name holds the gold city as whole words
     * ("New Orleans East"); a shorter record name is no answer ("York" for New York).
     */
    static boolean cityMatches(String goldCity, EventRecord.Location place) {
        if (place == null) {
            return false;
        }
        String gold = normalize(goldCity);
        if (gold.isEmpty()) {
            return false;
        }
        for (String name : Arrays.asList(place.extractedPlace(), place.resolvedPlace())) {
            if (name == null) {
                continue;
            }
            String candidate = normalize(name);
            if (!candidate.isEmpty() && holds(candidate, gold)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, letters only, digits glued to a name by the annotation ("2016Kalamazoo") dropped. */
    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }

    private static boolean holds(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }

    private static String placeName(EventRecord.Location place) {
        return place.resolvedPlace() != null ? place.resolvedPlace() : place.extractedPlace();
    }

    private static String describe(EventRecord r) {
        return String.join("/", r.event()) + (r.mode().isEmpty() ? "" : " " + String.join("/", r.mode())) + " \""
                + (r.mentions().isEmpty() ? "" : r.mentions().get(0).text()) + "\"";
    }

    /**
     * What one article scored. dead, injured and place are the main record's (null without one); cityRight is null
     * when the gold gives no city.
     */
    public record CountResult(CountGold gold, String record, Integer dead, Integer injured, String place,
                              boolean deadRight, boolean injuredRight, Boolean cityRight) {

        public boolean constantDeadRight() {
            return gold.killed() == 1;
        }

        public boolean constantInjuredRight() {
            return gold.injured() == 0;
        }

        /** One line for a miss: the gold against what the record gave. */
        public String describe() {
            return String.format("%s: gold %d dead %d injured %s; got %s%s", gold.id(), gold.killed(), gold.injured(),
                    gold.city() == null ? "-" : gold.city(),
                    record == null ? "no shooting record" : dead + " dead " + injured + " injured "
                            + (place == null ? "-" : place),
                    record == null ? "" : " from " + record);
        }
    }
}
