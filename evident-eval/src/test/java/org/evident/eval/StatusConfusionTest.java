package org.evident.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evident.testkit.Records.record;
import static org.evident.testkit.Records.span;

import java.util.List;
import org.evident.eval.Gold.GoldEvent;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.junit.jupiter.api.Test;

class StatusConfusionTest {

    private static final String TEXT = "Police said gunmen killed five people in Karak. Troops may be sent to Maan. "
            + "Officials denied that soldiers had looted shops. Nobody was arrested.";

    private static GoldEvent event(String id, boolean required, String anchor, String status) {
        return new GoldEvent(id, required, anchor, List.of(), null, null, null, null, null, status, null, null, null);
    }

    private final Gold gold = new Gold("a.txt", null, "2020-01-01", List.of(
            event("killing", true, "killed five people", "REPORTED"),
            event("troops", true, "may be sent", "HYPOTHETICAL"),
            event("looting", true, "had looted shops", "DENIED"),
            event("arrests", true, "Nobody was arrested", "NEGATED"),
            event("statement", false, "Police said", "REPORTED")));

    private final List<EventRecord> records = List.of(
            record("r1", TEXT, "ASSAULT", Status.REPORTED, span(TEXT, "killed")),
            record("r2", TEXT, "ASSAULT", Status.ASSERTED, span(TEXT, "killed")),          // a duplicate: not counted
            record("r3", TEXT, "MOBILIZE", Status.PREDICTED, span(TEXT, "sent")),
            record("r4", TEXT, "COERCE", Status.DENIED, span(TEXT, "looted")),
            record("r5", TEXT, "X-STATEMENT", Status.ASSERTED, span(TEXT, "said")));       // covers an optional event

    @Test
    void countsTheMatchOfEachFoundRequiredEventByGoldAndRecordStatus() {
        StatusConfusion confusion = new StatusConfusion().add(gold, TEXT, records);
        assertThat(confusion.found()).isEqualTo(3);
        assertThat(confusion.count(Status.REPORTED, Status.REPORTED)).isEqualTo(1);
        assertThat(confusion.count(Status.HYPOTHETICAL, Status.PREDICTED)).isEqualTo(1);
        assertThat(confusion.count(Status.DENIED, Status.DENIED)).isEqualTo(1);
        assertThat(confusion.notFound(Status.NEGATED)).isEqualTo(1);
        assertThat(confusion.count(Status.REPORTED, Status.ASSERTED)).isZero(); // optional and duplicate left out
        assertThat(confusion.accuracy()).isEqualTo(2.0 / 3);
    }

    @Test
    void precisionIsPerRecordStatusAndRecallPerGoldStatus() {
        StatusConfusion confusion = new StatusConfusion().add(gold, TEXT, records);
        assertThat(confusion.recall(Status.HYPOTHETICAL)).isZero();
        assertThat(confusion.precision(Status.PREDICTED)).isZero();
        assertThat(confusion.precision(Status.DENIED)).isEqualTo(1.0);
        assertThat(confusion.recall(Status.NEGATED)).isNaN();   // its only event was not found
        assertThat(confusion.precision(Status.CLAIMED)).isNaN();
    }

    @Test
    void agreesWithTheScorersStatusField() {
        StatusConfusion confusion = new StatusConfusion().add(gold, TEXT, records);
        Score score = new GoldScorer().score("t", gold, TEXT, records);
        assertThat(score.fields().get("status").accuracy()).isEqualTo(confusion.accuracy());
    }

    @Test
    void printsOneRowPerGoldStatusWithPrecisionAndRecall() {
        String table = new StatusConfusion().add(gold, TEXT, records).format();
        assertThat(table.lines().filter(l -> l.startsWith("HYPOTHETICAL")).findFirst().orElseThrow())
                .matches("HYPOTHETICAL\\s+0\\s+0\\s+0\\s+1\\s+0\\s+0\\s+0\\s+0\\s+0\\s+-\\s+0\\.000");
        assertThat(table).contains("status accuracy 0.667 over 3 found events");
    }

    @Test
    void anUnknownGoldStatusIsNamedWithItsEvent() {
        Gold bad = new Gold("a.txt", null, null, List.of(event("killing", true, "killed five people", "SURE")));
        assertThatThrownBy(() -> new StatusConfusion().add(bad, TEXT, records))
                .hasMessageContaining("killing").hasMessageContaining("SURE");
    }
}
