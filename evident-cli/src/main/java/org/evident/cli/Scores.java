package org.evident.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evident.eval.Score;

/** Sums per-article scores into one: counts add up, so the total is micro-averaged. */
final class Scores {

    private Scores() {}

    static Score total(List<Score> scores) {
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
        for (Score s : scores) {
            required += s.required();
            found += s.foundRequired();
            records += s.records();
            correct += s.correctRecords();
            duplicates += s.duplicates();
            falsePositives += s.falsePositives();
            s.missed().forEach(id -> missed.add(s.gold() + "#" + id));
            s.falsePositiveTexts().forEach(t -> fpTexts.add(s.gold() + ": " + t));
            s.fields().forEach((name, tally) -> {
                int[] sum = fields.computeIfAbsent(name, n -> new int[2]);
                sum[0] += tally.correct();
                sum[1] += tally.scored();
                tally.wrong().forEach(id -> wrong.computeIfAbsent(name, n -> new ArrayList<>()).add(s.gold() + "#" + id));
            });
        }
        Map<String, Score.FieldTally> tallies = new TreeMap<>();
        fields.forEach((name, sum) -> tallies.put(name,
                new Score.FieldTally(sum[0], sum[1], wrong.getOrDefault(name, List.of()))));
        return new Score("total", required, found, records, correct, duplicates, falsePositives, tallies, missed,
                fpTexts);
    }
}
