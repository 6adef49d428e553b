package org.evident.eval.muc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.evident.eval.muc.KeyTemplate.Fill;
import org.evident.model.EventRecord;

/** Compares one record with the key template it matched, slot by slot; slots the key leaves empty are not scored. */
final class MucSlots {

    /** Country names in English (upper case) → their ISO 3166 two- and three-letter codes. */
    private static final Map<String, Set<String>> COUNTRY_CODES = countryCodes();

    private MucSlots() {}

    /** Scored slot → whether the record got it right, in a fixed order. */
    static Map<String, Boolean> compare(KeyTemplate key, EventRecord record) {
        Map<String, Boolean> slots = new LinkedHashMap<>();
        if (!key.types().isEmpty()) {
            slots.put("type", MucType.of(record).map(key.types()::contains).orElse(false));
        }
        if (!key.dates().isEmpty()) {
            slots.put("date", dateAgrees(key, record));
        }
        if (!key.places().isEmpty()) {
            slots.put("country", countryAgrees(key, record));
            slots.put("place", placeAgrees(key, record));
        }
        fillSlot(slots, "perp_individual", key.perpIndividuals(), actorTexts(record));
        fillSlot(slots, "perp_org", key.perpOrgs(), actorTexts(record));
        fillSlot(slots, "phys_target", key.physTargets(), targetTexts(record));
        fillSlot(slots, "hum_target", key.humTargets(), targetTexts(record));
        if (!key.effects().isEmpty()) {
            EventRecord.Size size = record.size();
            EventRecord.SizeInfo info = record.sizeInfo();
            boolean dead = size != null && size.dead() != null && size.dead() > 0 || info != null && info.dead() != null;
            boolean injured = size != null && size.injured() != null && size.injured() > 0 || info != null && info.injured() != null;
            slots.put("effect_death", dead == key.effects().contains("DEATH"));
            slots.put("effect_injury", injured == key.effects().contains("INJURY"));
        }
        return slots;
    }

    /** Whether the record's date (or its date_info range) overlaps one of the key's day ranges. */
    static boolean dateAgrees(KeyTemplate key, EventRecord record) {
        LocalDate[] range = dateRange(record);
        return range != null && key.dates().stream().anyMatch(span -> span.overlaps(range[0], range[1]));
    }

    /** The record's date as [earliest, latest], or null when it has none. */
    static LocalDate[] dateRange(EventRecord record) {
        EventRecord.DateInfo info = record.dateInfo();
        LocalDate[] from = info == null ? null : bounds(info.earliest());
        LocalDate[] to = info == null ? null : bounds(info.latest());
        if (from != null && to != null) {
            return new LocalDate[] {from[0], to[1]};
        }
        LocalDate[] day = bounds(record.date());
        LocalDate[] end = bounds(record.enddate());
        return day == null ? null : new LocalDate[] {day[0], end == null ? day[1] : end[1]};
    }

    private static LocalDate[] bounds(String date) {
        if (date == null) {
            return null;
        }
        try {
            if (date.length() >= 10) {
                LocalDate day = LocalDate.parse(date.substring(0, 10));
                return new LocalDate[] {day, day};
            }
            if (date.length() == 7) {
                YearMonth month = YearMonth.parse(date);
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            if (date.matches("\\d{4}")) {
                int year = Integer.parseInt(date);
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** Whether the record's country (name or ISO code) is the country of one of the key's locations. */
    static boolean countryAgrees(KeyTemplate key, EventRecord record) {
        EventRecord.Location loc = record.eventLoc();
        if (loc == null) {
            return false;
        }
        for (List<String> place : key.places()) {
            String country = place.get(0);
            Set<String> codes = COUNTRY_CODES.getOrDefault(country, Set.of());
            if (country.equalsIgnoreCase(Objects.toString(loc.country(), ""))
                    || loc.countryCode() != null && codes.contains(loc.countryCode().toUpperCase(Locale.ROOT))
                    || country.equalsIgnoreCase(Objects.toString(loc.extractedPlace(), "").strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a place of the record (as written, as resolved, or its province) names a place of the key below the
     * country, or the country where the key gives nothing finer: the words of one contain all words of the other.
     */
    static boolean placeAgrees(KeyTemplate key, EventRecord record) {
        EventRecord.Location loc = record.eventLoc();
        if (loc == null) {
            return false;
        }
        List<String> ours = Stream.of(loc.extractedPlace(), loc.resolvedPlace(), loc.province())
                .filter(Objects::nonNull).toList();
        for (List<String> place : key.places()) {
            for (String name : place.size() == 1 ? place : place.subList(1, place.size())) {
                if (ours.stream().anyMatch(p -> sameWords(p, name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameWords(String a, String b) {
        Set<String> x = Words.of(List.of(a));
        Set<String> y = Words.of(List.of(b));
        return !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
    }

    private static void fillSlot(Map<String, Boolean> slots, String name, List<Fill> fills, List<String> texts) {
        if (!fills.isEmpty()) {
            slots.put(name, anyFillMatches(fills, texts));
        }
    }

    /** Whether any alternative of any fill names the same thing as one of the texts (same head word). */
    static boolean anyFillMatches(List<Fill> fills, Collection<String> texts) {
        return fills.stream().flatMap(f -> f.alternatives().stream())
                .anyMatch(alt -> texts.stream().anyMatch(t -> Words.sameHead(alt, t)));
    }

    /** Who did it, as the record says: actors and those responsibility is put on. */
    static List<String> actorTexts(EventRecord record) {
        List<String> texts = new ArrayList<>();
        record.actor().forEach(e -> add(texts, e.entityText(), e.identifierText()));
        record.responsibility().forEach(r -> add(texts, r.entityText(), r.identifierText()));
        return texts;
    }

    /** Whom or what it hit: recipients and the evidence of recipient fields. */
    static List<String> targetTexts(EventRecord record) {
        List<String> texts = new ArrayList<>();
        record.recipient().forEach(e -> add(texts, e.entityText(), e.identifierText()));
        record.evidence().stream().filter(e -> e.field().startsWith("recipient")).forEach(e -> add(texts, e.text()));
        return texts;
    }

    private static void add(List<String> texts, String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                texts.add(v);
            }
        }
    }

    private static Map<String, Set<String>> countryCodes() {
        Map<String, Set<String>> codes = new HashMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale country = new Locale("", iso2);
            codes.put(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), Set.of(iso2, country.getISO3Country()));
        }
        return Map.copyOf(codes);
    }
}
