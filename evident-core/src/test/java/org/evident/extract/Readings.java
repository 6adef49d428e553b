package org.evident.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evident.model.Status;
import org.evident.nlp.Sentence;

/** Readings built by hand on hand-parsed sentences: one trigger token, a category, a status and modes. */
final class Readings {

    private Readings() {}

    /** A trigger of a category at token {@code head} of a sentence, one token long. */
    static TriggerMatch trigger(Sentence s, int head, String category) {
        Codebook.Trigger entry = new Codebook.Trigger(List.of(s.token(head).lemma()), 'V', category, List.of(),
                List.of());
        return new TriggerMatch(s, head, head, head, entry);
    }

    /** A reading of the trigger at token {@code head} of a sentence, with nothing else read. */
    static Reading reading(Sentence s, int head, String category, Status status, String... modes) {
        Codebook.Trigger entry = new Codebook.Trigger(List.of(s.token(head).lemma()), 'V', category, List.of(modes),
                List.of());
        return new Reading(new TriggerMatch(s, head, head, head, entry), category, Set.of(modes), Set.of(), List.of(),
                List.of(), null, null, Map.of(), new Reading.Epistemic(status, null, null), null,
                Reading.Reference.PLAIN);
    }

    /** The reading as a mention that refers in this way: to a new event, back to a known one, or plainly. */
    static Reading referring(Reading r, Reading.Reference reference) {
        return new Reading(r.trigger(), r.category(), r.modes(), r.contexts(), r.actors(), r.recipients(), r.place(),
                r.time(), r.counts(), r.epistemic(), r.forecast(), reference);
    }

    /** A merged group of these readings. */
    static Merger.Group group(Reading... readings) {
        Merger.Group group = new Merger.Group();
        group.readings.addAll(List.of(readings));
        return group;
    }
}
