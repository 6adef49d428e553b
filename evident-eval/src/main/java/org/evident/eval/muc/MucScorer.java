package org.evident.eval.muc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.evident.eval.muc.MucScore.Tally;
import org.evident.model.EventRecord;

/**
 * Scores one message's records against its key templates.
 *
 * <p>Records count when their category and mode stand for a MUC type ({@link MucType#of}). A record can match a
 * template when it comes from the same message, its category is the PLOVER category of one of the template's
 * types, and either (a) a content word of its text (mentions, evidence, actors, recipients, place) is a content
 * word of the template's string fills (instrument, perpetrators, targets, names, descriptions, places below the
 * country), or (b) its mentions hold a trigger word of the template's type and its date or place agrees with
 * the template. Pairs are ranked by shared words, +2 for the exact type, +1 each for agreeing date and place;
 * each record and each template is matched at most once, best pairs first. A record left over that could have
 * matched a taken template is a duplicate; one that could match none is a false positive. Both lower precision.
 */
public final class MucScorer {

    /** Scores the records of one message; {@code templates} are the message's relevant templates. */
    public MucScore score(MucMessage message, List<KeyTemplate> templates, List<EventRecord> records) {
        List<EventRecord> relevant = records.stream().filter(r -> MucType.of(r).isPresent()).toList();
        List<Pair> pairs = new ArrayList<>();
        for (EventRecord record : relevant) {
            for (KeyTemplate template : templates) {
                candidate(record, template).ifPresent(pairs::add);
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::strength).reversed());
        Map<KeyTemplate, EventRecord> matched = new HashMap<>();
        Set<EventRecord> used = new HashSet<>();
        for (Pair pair : pairs) {
            if (!matched.containsKey(pair.template) && !used.contains(pair.record)) {
                matched.put(pair.template, pair.record);
                used.add(pair.record);
            }
        }
        Set<EventRecord> couldMatch = new HashSet<>();
        pairs.forEach(p -> couldMatch.add(p.record));
        return tally(message, templates, relevant, matched, used, couldMatch);
    }

    private MucScore tally(MucMessage message, List<KeyTemplate> templates, List<EventRecord> relevant,
                           Map<KeyTemplate, EventRecord> matched, Set<EventRecord> used, Set<EventRecord> couldMatch) {
        int required = 0;
        int found = 0;
        int optionalFound = 0;
        Map<String, Tally> slots = new TreeMap<>();
        Map<String, Tally> byType = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        for (KeyTemplate template : templates) {
            EventRecord record = matched.get(template);
            if (!template.optional()) {
                required++;
                found += record == null ? 0 : 1;
                String type = template.types().isEmpty() ? "?" : template.types().get(0).name();
                byType.merge(type, new Tally(record == null ? 0 : 1, 1, List.of()), Tally::plus);
                if (record == null) {
                    missed.add(template.label() + describe(template));
                }
            } else if (record != null) {
                optionalFound++;
            }
            if (record != null) {
                MucSlots.compare(template, record).forEach((slot, right) -> slots.merge(slot,
                        new Tally(right ? 1 : 0, 1, right ? List.of() : List.of(template.label() + " ← " + record.id())),
                        Tally::plus));
            }
        }
        List<String> falsePositives = new ArrayList<>();
        int duplicates = 0;
        for (EventRecord record : relevant) {
            if (!used.contains(record)) {
                if (couldMatch.contains(record)) {
                    duplicates++;
                } else {
                    falsePositives.add(message.id() + " " + MucType.of(record).orElseThrow() + " "
                            + record.mentions().stream().map(EventRecord.Mention::text).toList() + ": " + sentence(message, record));
                }
            }
        }
        int withoutCountry = (int) relevant.stream()
                .filter(r -> r.eventLoc() == null || r.eventLoc().countryCode() == null).count();
        return new MucScore(1, required, found, optionalFound, relevant.size(), used.size(), duplicates,
                withoutCountry, slots, byType, missed, falsePositives);
    }

    private Optional<Pair> candidate(EventRecord record, KeyTemplate template) {
        MucType type = MucType.of(record).orElseThrow();
        if (template.types().stream().noneMatch(t -> t.category().equals(type.category()))) {
            return Optional.empty();
        }
        Set<String> shared = new HashSet<>(Words.of(recordTexts(record)));
        shared.retainAll(Words.of(keyTexts(template)));
        boolean dateAgrees = !template.dates().isEmpty() && MucSlots.dateAgrees(template, record);
        boolean placeAgrees = !template.places().isEmpty() && MucSlots.placeAgrees(template, record);
        Set<String> mentionWords = Words.of(record.mentions().stream().map(EventRecord.Mention::text).toList());
        boolean triggered = template.types().stream().anyMatch(t -> t.triggeredBy(mentionWords));
        if (shared.isEmpty() && !(triggered && (dateAgrees || placeAgrees))) {
            return Optional.empty();
        }
        int strength = shared.size() + (template.types().contains(type) ? 2 : 0) + (dateAgrees ? 1 : 0)
                + (placeAgrees ? 1 : 0);
        return Optional.of(new Pair(record, template, strength));
    }

    private static List<String> recordTexts(EventRecord record) {
        List<String> texts = new ArrayList<>();
        record.mentions().forEach(m -> texts.add(m.text()));
        record.evidence().forEach(e -> texts.add(e.text()));
        texts.addAll(MucSlots.actorTexts(record));
        texts.addAll(MucSlots.targetTexts(record));
        if (record.eventLoc() != null && record.eventLoc().extractedPlace() != null) {
            texts.add(record.eventLoc().extractedPlace());
        }
        return texts;
    }

    private static List<String> keyTexts(KeyTemplate template) {
        List<String> texts = new ArrayList<>();
        for (List<KeyTemplate.Fill> fills : List.of(template.instruments(), template.perpIndividuals(),
                template.perpOrgs(), template.physTargets(), template.humTargets())) {
            fills.forEach(f -> texts.addAll(f.alternatives()));
        }
        template.places().forEach(p -> texts.addAll(p.subList(1, p.size())));
        return texts;
    }

    private static String describe(KeyTemplate template) {
        List<String> parts = new ArrayList<>();
        if (!template.places().isEmpty()) {
            parts.add(String.join(": ", template.places().get(0)));
        }
        for (List<KeyTemplate.Fill> fills : List.of(template.humTargets(), template.physTargets())) {
            if (!fills.isEmpty()) {
                parts.add("\"" + fills.get(0).alternatives().get(0) + "\"");
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** The sentence of the record's first mention, on one line. */
    private static String sentence(MucMessage message, EventRecord record) {
        EventRecord.TextInfo info = record.textInfo();
        String body = message.body();
        if (info == null || info.start() < 0 || info.end() > body.length() || info.start() >= info.end()) {
            EventRecord.Mention m = record.mentions().get(0);
            return m.text();
        }
        return body.substring(info.start(), info.end()).replaceAll("\\s+", " ").strip();
    }

    private record Pair(EventRecord record, KeyTemplate template, int strength) {}
}
