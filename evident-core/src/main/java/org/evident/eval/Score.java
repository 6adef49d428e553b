package org.evident.eval;

import java.util.List;
import java.util.Map;

/**
 * The score of one article's records against its gold events.
 *
 * @param fields per scored field, how many found required events got it right and how many were scored
 */
public record Score(String gold, int required, int foundRequired, int records, int correctRecords,
                    int duplicates, int falsePositives, Map<String, FieldTally> fields, List<String> missed,
                    List<String> falsePositiveTexts) {

    public Score {
        fields = Map.copyOf(fields);
        missed = List.copyOf(missed);
        falsePositiveTexts = List.copyOf(falsePositiveTexts);
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
