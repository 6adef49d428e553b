package org.evident.eval;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.evident.model.EventRecord;

/** Scores the records of one labelled text by the expectation its label maps to. */
public final class SentenceScorer {

    private final LabelMapping mapping;

    public SentenceScorer(LabelMapping mapping) {
        this.mapping = mapping;
    }

    /** Whether the text's label is scored at all; texts of other labels need no extraction. */
    public boolean scores(LabelledText text) {
        return mapping.expectation(text.label()) != null;
    }

    /**
     * The result for one text.
     *
     * @throws IllegalArgumentException when its label is not scored
     */
    public Result score(LabelledText text, List<EventRecord> records) {
        Expectation expectation = mapping.expectation(text.label());
        if (expectation == null) {
            throw new IllegalArgumentException(text.origin() + ": label " + text.label() + " is not scored");
        }
        Set<String> categories = new TreeSet<>();
        records.forEach(r -> categories.addAll(r.event()));
        return new Result(text, expectation, expectation.categoryMet(records), expectation.modeMet(records),
                categories, records.size(), PartyTally.of(text.parties(), records), PartyTally.parties(records));
    }

    /**
     * What one text got.
     *
     * @param categoryMet an expected category was among its records
     * @param modeMet     … and the expected mode with it, where the label fixes one
     * @param categories  the distinct categories of its records
     * @param records     how many records it got
     * @param parties     how many of its gold actors the records' parties have
     * @param got         the actors and recipients of its records
     */
    public record Result(LabelledText text, Expectation expectation, boolean categoryMet, boolean modeMet,
                         Set<String> categories, int records, PartyTally parties, List<EventRecord.Entity> got) {
        public Result {
            categories = Set.copyOf(categories);
            got = List.copyOf(got);
        }

        /** Its gold actors that no record's party meets. */
        public List<GoldParty> missedParties() {
            return PartyTally.missed(text.parties(), got);
        }
    }
}
