package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.parsed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** What one mention says: its modes in the order found, the floor of a count, a named armed group. */
class ReadingTest {

    @Test
    void modesAndContextsKeepTheOrderTheyWereFoundIn() {
        Sentence s = parsed("Rebels/rebel/NNS attacked/attack/VBD");
        TriggerMatch trigger = Readings.trigger(s, 1, "ASSAULT");
        Set<String> modes = new LinkedHashSet<>(List.of("firearms", "explosives", "abduct", "arson", "drone"));
        Reading r = new Reading(trigger, "ASSAULT", modes, new LinkedHashSet<>(List.of("b", "a")), List.of(),
                List.of(), null, null, Map.of(), new Reading.Epistemic(Status.ASSERTED, null, null), null,
                Reading.Reference.PLAIN);
        assertThat(r.modes()).containsExactly("firearms", "explosives", "abduct", "arson", "drone");
        assertThat(r.contexts()).containsExactly("b", "a");
        assertThat(r.sentence()).isZero();
        assertThat(r.status()).isEqualTo(Status.ASSERTED);
    }

    @Test
    void aCountsFloorIsItsMinimumElseItsValueElseNothing() {
        Span span = new Span(0, 1, "x");
        assertThat(new Reading.Count(null, 12, null, "dozens", span).floor()).isEqualTo(12);
        assertThat(new Reading.Count(5, null, null, null, span).floor()).isEqualTo(5);
        assertThat(new Reading.Count(null, null, 30, "up to", span).floor()).isZero();
    }

    @Test
    void aNamedArmedGroupIsAnArmedGroupTheCodebookNames() {
        Span span = new Span(0, 1, "x");
        assertThat(new Reading.Party(new EventRecord.Entity("the Taliban", "Taliban", "AFG", "REB"), span, "taliban")
                .isNamedArmedGroup()).isTrue();
        assertThat(new Reading.Party(new EventRecord.Entity("the militants", null, null, "REB"), span, "militant")
                .isNamedArmedGroup()).isFalse();
        assertThat(new Reading.Party(new EventRecord.Entity("the army", "Army", "AFG", "MIL"), span, "army")
                .isNamedArmedGroup()).isFalse();
    }
}
