package org.evident.eval.muc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * MUC-4 scores of one message or, summed with {@link #plus}, of many (micro-averaged).
 *
 * @param required       relevant, non-optional key templates
 * @param found          of those, how many a record matched
 * @param optionalFound  optional templates a record matched (correct records, outside recall)
 * @param records        records of a MUC type (ASSAULT, COERCE seize, PROTEST strike)
 * @param correct        records matched to a template
 * @param duplicates     records that would have matched a template another record had already taken
 * @param withoutCountry records of a MUC type whose place has no country code (or that have no place)
 * @param slots          per slot, right and scored counts over the matched templates
 * @param byType         per key incident type, found and required templates
 * @param missed         required templates no record matched
 * @param falsePositives records that matched no template: message id, type, the sentence
 */
public record MucScore(int messages, int required, int found, int optionalFound, int records, int correct,
                       int duplicates, int withoutCountry, Map<String, Tally> slots, Map<String, Tally> byType, List<String> missed,
                       List<String> falsePositives) {

    public MucScore {
        // sorted by name, so that the report reads the same every run
        slots = Collections.unmodifiableMap(new TreeMap<>(slots));
        byType = Collections.unmodifiableMap(new TreeMap<>(byType));
        missed = List.copyOf(missed);
        falsePositives = List.copyOf(falsePositives);
    }

    public static final MucScore EMPTY = new MucScore(0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), List.of(), List.of());

    /** Right answers out of scored cases, with the cases that were wrong. */
    public record Tally(int correct, int scored, List<String> wrong) {
        public Tally {
            wrong = List.copyOf(wrong);
        }

        public double accuracy() {
            return scored == 0 ? 0.0 : (double) correct / scored;
        }

        Tally plus(Tally other) {
            List<String> all = new ArrayList<>(wrong);
            all.addAll(other.wrong);
            return new Tally(correct + other.correct, scored + other.scored, all);
        }
    }

    public double recall() {
        return required == 0 ? 0.0 : (double) found / required;
    }

    public double precision() {
        return records == 0 ? 0.0 : (double) correct / records;
    }

    /** The share of records of a MUC type that no country places: violent events a map could not show. */
    public double withoutCountryShare() {
        return records == 0 ? 0.0 : (double) withoutCountry / records;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The sum of two scores: counts add, lists concatenate. */
    public MucScore plus(MucScore o) {
        return new MucScore(messages + o.messages, required + o.required, found + o.found,
                optionalFound + o.optionalFound, records + o.records, correct + o.correct, duplicates + o.duplicates,
                withoutCountry + o.withoutCountry,
                merge(slots, o.slots), merge(byType, o.byType), concat(missed, o.missed),
                concat(falsePositives, o.falsePositives));
    }

    private static Map<String, Tally> merge(Map<String, Tally> a, Map<String, Tally> b) {
        Map<String, Tally> sum = new TreeMap<>(a);
        BinaryOperator<Tally> add = Tally::plus;
        b.forEach((k, v) -> sum.merge(k, v, add));
        return sum;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
