package org.evident.eval;

import java.util.ArrayList;
import java.util.List;
import org.evident.eval.CountScorer.CountResult;
import org.evident.eval.Score.FieldTally;

/** Casualty-count accuracy over a set of articles, with the constant answer "1 dead, 0 injured" beside it. */
public record CountScore(String name, int articles, int withoutRecord, FieldTally dead, FieldTally injured,
                         FieldTally city, FieldTally constantDead, FieldTally constantInjured) {

    /** Tallies the results; the wrong lists of dead, injured and city describe each miss. */
    public static CountScore of(String name, List<CountResult> results) {
        int[] dead = new int[2];
        int[] injured = new int[2];
        int[] city = new int[2];
        int[] constantDead = new int[2];
        int[] constantInjured = new int[2];
        List<String> deadWrong = new ArrayList<>();
        List<String> injuredWrong = new ArrayList<>();
        List<String> cityWrong = new ArrayList<>();
        int withoutRecord = 0;
        for (CountResult r : results) {
            if (r.record() == null) {
                withoutRecord++;
            }
            tally(dead, r.deadRight(), deadWrong, r);
            tally(injured, r.injuredRight(), injuredWrong, r);
            if (r.cityRight() != null) {
                tally(city, r.cityRight(), cityWrong, r);
            }
            tally(constantDead, r.constantDeadRight(), null, r);
            tally(constantInjured, r.constantInjuredRight(), null, r);
        }
        return new CountScore(name, results.size(), withoutRecord, new FieldTally(dead[0], dead[1], deadWrong),
                new FieldTally(injured[0], injured[1], injuredWrong), new FieldTally(city[0], city[1], cityWrong),
                new FieldTally(constantDead[0], constantDead[1], List.of()),
                new FieldTally(constantInjured[0], constantInjured[1], List.of()));
    }

    private static void tally(int[] sum, boolean right, List<String> wrong, CountResult r) {
        sum[1]++;
        if (right) {
            sum[0]++;
        } else if (wrong != null) {
            wrong.add(r.describe());
        }
    }
}
