package org.evident.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The score of one article's records against its gold events.
 *
 * @param fields per scored field, how many found required events got it right and how many were scored
 * @param falsePositiveTexts the records that cover no gold event, described
 * @param duplicateTexts     the records that cover only an event an earlier record already covered, described
 * @param pairs              merging on its own: pairs of gold mentions joined and kept apart
 */
public record Score(String gold, int required, int foundRequired, int records, int correctRecords,
                    int duplicates, int falsePositives, Map<String, FieldTally> fields, List<String> missed,
                    List<String> falsePositiveTexts, List<String> duplicateTexts, MentionPairs pairs) {

    public Score {
        fields = Map.copyOf(fields);
        missed = List.copyOf(missed);
        falsePositiveTexts = List.copyOf(falsePositiveTexts);
        duplicateTexts = List.copyOf(duplicateTexts);
    }

    /** Sums per-article scores into one named "total": counts add up, so the total is micro-averaged. */
    public static Score total(List<Score> scores) {
        int required = 0;
        int found = 0;
        int records = 0;
        int correct = 0;
        int duplicates = 0;
        int falsePositives = 0;
        Map<String, int[]> fields = new TreeMap<>();
        Map<String, List<String>> wrong = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        List<String> fpTexts = new ArrayList<>();
        List<String> duplicateTexts = new ArrayList<>();
        MentionPairs pairs = MentionPairs.NONE;
        for (Score s : scores) {
            pairs = pairs.plus(s.pairs());
            required += s.required();
            found += s.foundRequired();
            records += s.records();
            correct += s.correctRecords();
            duplicates += s.duplicates();
            falsePositives += s.falsePositives();
            s.missed().forEach(id -> missed.add(s.gold() + "#" + id));
            s.falsePositiveTexts().forEach(t -> fpTexts.add(s.gold() + ": " + t));
            s.duplicateTexts().forEach(t -> duplicateTexts.add(s.gold() + ": " + t));
            s.fields().forEach((name, tally) -> {
                int[] sum = fields.computeIfAbsent(name, n -> new int[2]);
                sum[0] += tally.correct();
                sum[1] += tally.scored();
                tally.wrong().forEach(id -> wrong.computeIfAbsent(name, n -> new ArrayList<>()).add(s.gold() + "#" + id));
            });
        }
        Map<String, FieldTally> tallies = new TreeMap<>();
        fields.forEach((name, sum) -> tallies.put(name, new FieldTally(sum[0], sum[1], wrong.getOrDefault(name, List.of()))));
        return new Score("total", required, found, records, correct, duplicates, falsePositives, tallies, missed,
                fpTexts, duplicateTexts, pairs);
    }

    public double recall() {
        return required == 0 ? 1.0 : (double) foundRequired / required;
    }

    public double precision() {
        return records == 0 ? 0.0 : (double) correctRecords / records;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Right answers and scored cases for one field. */
    public record FieldTally(int correct, int scored, List<String> wrong) {
        public FieldTally {
            wrong = List.copyOf(wrong);
        }

        public double accuracy() {
            return scored == 0 ? 1.0 : (double) correct / scored;
        }
    }
}
