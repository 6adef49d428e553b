package org.evident.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.evident.eval.Gold.GoldEvent;
import org.evident.eval.Gold.GoldPlace;
import org.evident.eval.Score.FieldTally;
import org.evident.geo.GeoMath;
import org.evident.model.EventRecord;

/**
 * Scores records against gold events exactly as the gold README says: a record covers a gold event when one of
 * its mentions overlaps the anchor or an alias; the first covering record is the match, later records covering
 * only that event are duplicates, records covering nothing are false positives; fields are scored on the match
 * of each found required event.
 */
public final class GoldScorer {

    private static final double LOC_TOLERANCE_KM = 50;

    /** Scores one article's records; {@code text} is the article text the anchors index. */
    public Score score(String name, Gold gold, String text, List<EventRecord> records) {
        List<List<int[]>> chains = chains(gold, text);
        List<List<Integer>> covered = coverage(chains, records);
        Integer[] match = new Integer[gold.events().size()];
        int duplicates = 0;
        int falsePositives = 0;
        int correct = 0;
        List<String> falsePositiveTexts = new ArrayList<>();
        List<String> duplicateTexts = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            List<Integer> hits = covered.get(r);
            if (hits.isEmpty()) {
                falsePositives++;
                falsePositiveTexts.add(describe(records.get(r)));
                continue;
            }
            boolean isDuplicate = hits.size() == 1 && match[hits.get(0)] != null;
            for (int g : hits) {
                if (match[g] == null) {
                    match[g] = r;
                }
            }
            if (isDuplicate) {
                duplicates++;
                duplicateTexts.add(describe(records.get(r)) + ", again " + gold.events().get(hits.get(0)).id());
            } else {
                correct++;
            }
        }
        int required = 0;
        int foundRequired = 0;
        List<String> missed = new ArrayList<>();
        Map<String, Tally> tallies = new TreeMap<>();
        for (int g = 0; g < gold.events().size(); g++) {
            GoldEvent event = gold.events().get(g);
            if (!event.required()) {
                continue;
            }
            required++;
            if (match[g] == null) {
                missed.add(event.id());
                continue;
            }
            foundRequired++;
            scoreFields(event, records.get(match[g]), tallies);
        }
        Map<String, FieldTally> fields = new LinkedHashMap<>();
        tallies.forEach((field, tally) -> fields.put(field, new FieldTally(tally.correct, tally.scored, tally.wrong)));
        return new Score(name, required, foundRequired, records.size(), correct, duplicates, falsePositives, fields,
                missed, falsePositiveTexts, duplicateTexts, MentionPairs.count(chains, records));
    }

    /**
     * For each gold event (in gold order), the index of its match in {@code records}: the first record in output
     * order whose mentions overlap the event's anchor or an alias; -1 when no record covers it.
     */
    public int[] matches(Gold gold, String text, List<EventRecord> records) {
        List<List<Integer>> covered = coverage(chains(gold, text), records);
        int[] match = new int[gold.events().size()];
        java.util.Arrays.fill(match, -1);
        for (int r = 0; r < records.size(); r++) {
            for (int g : covered.get(r)) {
                if (match[g] < 0) {
                    match[g] = r;
                }
            }
        }
        return match;
    }

    /** Per gold event, the spans of its anchor and aliases in the text. */
    private static List<List<int[]>> chains(Gold gold, String text) {
        List<List<int[]>> spans = new ArrayList<>();
        for (GoldEvent event : gold.events()) {
            spans.add(locate(text, event));
        }
        return spans;
    }

    /** Per record, the indexes of the gold events it covers. */
    private static List<List<Integer>> coverage(List<List<int[]>> spans, List<EventRecord> records) {
        List<List<Integer>> covered = new ArrayList<>();
        for (EventRecord record : records) {
            List<Integer> hits = new ArrayList<>();
            for (int g = 0; g < spans.size(); g++) {
                if (covers(record, spans.get(g))) {
                    hits.add(g);
                }
            }
            covered.add(hits);
        }
        return covered;
    }

    private static String describe(EventRecord record) {
        EventRecord.Mention first = record.mentions().get(0);
        return String.join("/", record.event()) + " \"" + first.text() + "\" @" + first.start();
    }

    private static List<int[]> locate(String text, GoldEvent event) {
        List<int[]> spans = new ArrayList<>();
        for (String phrase : event.spans()) {
            int at = text.indexOf(phrase);
            if (at >= 0) {
                spans.add(new int[] {at, at + phrase.length()});
            }
        }
        return spans;
    }

    private static boolean covers(EventRecord record, List<int[]> spans) {
        for (EventRecord.Mention mention : record.mentions()) {
            for (int[] span : spans) {
                if (mention.start() < span[1] && span[0] < mention.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class Tally {
        int correct;
        int scored;
        final List<String> wrong = new ArrayList<>();

        /** Counts one scored field; a wrong one is listed as "id (expected, got found)". */
        void add(boolean right, String goldId, Object expected, Object found) {
            scored++;
            if (right) {
                correct++;
            } else {
                wrong.add(goldId + " (" + expected + ", got " + found + ")");
            }
        }
    }

    private static void scoreFields(GoldEvent gold, EventRecord record, Map<String, Tally> tallies) {
        String id = gold.id();
        if (gold.event() != null) {
            tally(tallies, "event").add(record.event().stream().anyMatch(gold.event()::contains), id, gold.event(),
                    record.event());
        }
        if (gold.mode() != null) {
            tally(tallies, "mode").add(record.mode().stream().anyMatch(gold.mode()::contains), id, gold.mode(),
                    record.mode());
        }
        if (gold.status() != null) {
            tally(tallies, "status").add(gold.status().equals(record.status().name()), id, gold.status(),
                    record.status());
        }
        if (gold.loc() != null) {
            EventRecord.Location loc = record.eventLoc();
            tally(tallies, "loc").add(locationMatches(gold.loc(), loc), id, gold.loc().name(),
                    loc == null ? null : loc.resolvedPlace() + " " + loc.countryCode());
        }
        if (gold.date() != null) {
            tally(tallies, "date").add(dateMatches(gold.date(), record.date()), id,
                    gold.date().earliest() + ".." + gold.date().latest(), record.date());
        }
        if (gold.size() != null) {
            tally(tallies, "size").add(sizeMatches(gold.size(), record.size()), id, gold.size(), sizeText(record.size()));
        }
        if (gold.source() != null) {
            String source = record.source() == null ? null : record.source().text();
            tally(tallies, "source").add(containsIgnoreCase(source, gold.source()), id, gold.source(), source);
        }
        if (gold.responsibility() != null) {
            boolean right = record.responsibility().stream().anyMatch(r ->
                    containsIgnoreCase(r.entityText(), gold.responsibility())
                            || containsIgnoreCase(r.identifierText(), gold.responsibility()));
            tally(tallies, "responsibility").add(right, id, gold.responsibility(),
                    record.responsibility().stream().map(EventRecord.Responsibility::entityText).toList());
        }
        if (gold.forecast() != null) {
            String by = record.forecast() == null ? null : record.forecast().by();
            tally(tallies, "forecast").add(by != null && within(LocalDate.parse(by), gold.forecast(), 0), id,
                    "by " + gold.forecast().earliest() + ".." + gold.forecast().latest(), by);
        }
    }

    private static String sizeText(EventRecord.Size size) {
        return size == null ? "{}" : "{dead=" + size.dead() + ", injured=" + size.injured() + ", arrested="
                + size.arrested() + "}";
    }

    private static Tally tally(Map<String, Tally> tallies, String field) {
        return tallies.computeIfAbsent(field, f -> new Tally());
    }

    static boolean locationMatches(GoldPlace gold, EventRecord.Location loc) {
        if (loc == null) {
            return false;
        }
        List<GoldPlace> answers = new ArrayList<>();
        answers.add(gold);
        if (gold.alt() != null) {
            answers.addAll(gold.alt());
        }
        for (GoldPlace answer : answers) {
            if (answer.lat() != null && answer.lon() != null) {
                if (loc.lat() != null && loc.lon() != null
                        && GeoMath.distanceKm(answer.lat(), answer.lon(), loc.lat(), loc.lon()) <= LOC_TOLERANCE_KM) {
                    return true;
                }
            } else {
                String country = answer.countryCode() != null ? answer.countryCode() : gold.countryCode();
                if (country != null && country.equals(loc.countryCode())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean dateMatches(Gold.GoldDate gold, String date) {
        return date != null && within(LocalDate.parse(date), gold, 1);
    }

    private static boolean within(LocalDate day, Gold.GoldDate window, int slackDays) {
        LocalDate earliest = LocalDate.parse(window.earliest()).minusDays(slackDays);
        LocalDate latest = LocalDate.parse(window.latest()).plusDays(slackDays);
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }

    private static boolean sizeMatches(Map<String, Integer> gold, EventRecord.Size size) {
        for (Map.Entry<String, Integer> entry : gold.entrySet()) {
            Integer value = switch (entry.getKey()) {
                case "dead" -> size == null ? null : size.dead();
                case "injured" -> size == null ? null : size.injured();
                case "arrested" -> size == null ? null : size.arrested();
                default -> null;
            };
            if (!Objects.equals(entry.getValue(), value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsIgnoreCase(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
