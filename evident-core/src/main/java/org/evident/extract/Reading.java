package org.evident.extract;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evident.geo.Toponym;
import org.evident.model.EventRecord;
import org.evident.model.Status;

/**
 * What one mention of an event says: its trigger, category, modes, arguments, time, counts, status and source.
 * Mentions of the same real event are merged into one record later.
 */
record Reading(
        TriggerMatch trigger,
        String category,
        Set<String> modes,
        Set<String> contexts,
        List<Party> actors,
        List<Party> recipients,
        Place place,
        Time time,
        Map<String, Count> counts,
        Epistemic epistemic,
        Forecast forecast,
        Reference reference) {

    /** How a mention refers: to a new event ("another attack"), back to a known one ("the attack"), or plainly. */
    enum Reference { NEW, ANAPHORIC, PLAIN }

    /** An actor or recipient and the words naming it. */
    record Party(EventRecord.Entity entity, Span span, String headLemma) {

        /** The actor codebook's sector of armed groups other than a state's forces. */
        static final String ARMED_GROUP = "REB";

        /** PLOVER's sector of a government. */
        static final String GOVERNMENT = "GOV";

        /** Whether the party is an armed group the actor codebook names ("Boko Haram", "the Taliban"). */
        boolean isNamedArmedGroup() {
            return ARMED_GROUP.equals(entity.sector()) && entity.identifierText() != null;
        }
    }

    /** The place the mention puts the event in; resolved later, with the rest of the article's places. */
    record Place(Toponym toponym, Span span) {}

    /** When, with the words that say it. */
    record Time(DateRange range, Span span) {}

    /** A count of dead, injured or arrested people: the PLOVER number, the range and the words. */
    record Count(Integer value, Integer min, Integer max, String qualifier, Span span) {
        /** The least the count means: its floor, else its value, else 0. */
        int floor() {
            return min != null ? min : value != null ? value : 0;
        }
    }

    /** How sure the text is, who says so, and the cue that says it. */
    record Epistemic(Status status, Source source, Span cue) {
        static final Epistemic ASSERTED = new Epistemic(Status.ASSERTED, null, null);
    }

    /** Who says so. kind: official, media, group, anonymous, person, author. */
    record Source(String text, String kind, Span span) {}

    /** A forecast's horizon as an ISO-8601 period and the day it points to. */
    record Forecast(String text, String horizon, java.time.LocalDate by, Span span) {}

    Reading {
        // insertion order, not Set.copyOf's per-run order: the same article must give the same JSON every run
        modes = Collections.unmodifiableSet(new LinkedHashSet<>(modes));
        contexts = Collections.unmodifiableSet(new LinkedHashSet<>(contexts));
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        counts = Map.copyOf(counts);
    }

    int sentence() {
        return trigger.sentence().index();
    }

    Status status() {
        return epistemic.status();
    }
}
