package org.evident.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A score as the plain-text block `evident eval` prints: recall, precision, F1, duplicates, per-field accuracy. */
public final class ScoreText {

    private ScoreText() {}

    /**
     * The score's block of lines.
     *
     * @param verbose also list the wrong gold events of each field, the false-positive and the duplicate records
     */
    public static String format(Score score, boolean verbose) {
        StringBuilder out = new StringBuilder();
        line(out, "%s", score.gold());
        line(out, "  recall     %.3f  (%d/%d required events found)", score.recall(), score.foundRequired(),
                score.required());
        line(out, "  precision  %.3f  (%d/%d records)", score.precision(), score.correctRecords(), score.records());
        line(out, "  F1         %.3f", score.f1());
        line(out, "  duplicates %d", score.duplicates());
        line(out, "  false positives %d", score.falsePositives());
        MentionPairs pairs = score.pairs();
        line(out, "  merge-precision %.3f  (%d/%d pairs of mentions joined in one record are one gold event)",
                pairs.precision(), pairs.both(), pairs.linked());
        line(out, "  merge-recall    %.3f  (%d/%d pairs of mentions of one gold event are in one record)",
                pairs.recall(), pairs.both(), pairs.chained());
        for (Map.Entry<String, Score.FieldTally> field : new TreeMap<>(score.fields()).entrySet()) {
            Score.FieldTally tally = field.getValue();
            line(out, "  %-14s %.3f  (%d/%d)%s", field.getKey(), tally.accuracy(), tally.correct(), tally.scored(),
                    verbose && !tally.wrong().isEmpty() ? "  wrong: " + String.join(", ", tally.wrong()) : "");
        }
        if (!score.missed().isEmpty()) {
            line(out, "  missed     %s", String.join(", ", score.missed()));
        }
        if (verbose) {
            score.falsePositiveTexts().forEach(fp -> line(out, "  false positive: %s", fp));
            score.duplicateTexts().forEach(d -> line(out, "  duplicate: %s", d));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
