package org.evident.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gazetteer: every entry in one array, and hash indexes from name keys to entries (exact keys, keys without
 * the Arabic article, loose transliteration keys). Immutable once built; {@code org.evident.geo.build.GazetteerBuilder}
 * builds one from its sources.
 */
public final class Gazetteer {

    /** How a name met an entry, best first. */
    public enum MatchQuality { NAME, ALTERNATE, LOOSE, EDIT }

    /** A written abbreviation ("W.Va.", "NSW") and the division name it stands for in one country. */
    public record Abbreviation(String country, String expansion) {}

    /** One entry a name may stand for, and how the name met it. */
    public record Match(Place place, MatchQuality quality) {}

    private static final int MIN_EDIT_LENGTH = 6;

    private final Place[] places;
    private final Map<String, int[]> byKey;
    private final Map<String, int[]> byLoose;
    private final Map<String, Country> countriesByIso2;
    private final Map<String, Country> countriesByIso3;
    private final Map<String, String> countryNames;
    private final Map<String, String> demonyms;
    private final Map<String, Place> countryPlaces;
    private final Map<String, Place> admin1Places;
    private final Map<String, Abbreviation> abbreviations;

    /**
     * The gazetteer over built tables, for the builder and the index reader. The arrays are taken as they are:
     * the caller must not change them afterwards.
     */
    public Gazetteer(Place[] places, Map<String, int[]> byKey, Map<String, int[]> byLoose, Map<String, Country> countries,
              Map<String, String> countryNames, Map<String, String> demonyms, Map<String, Place> countryPlaces,
              Map<String, Place> admin1Places, Map<String, Abbreviation> abbreviations) {
        this.places = places;
        this.byKey = byKey;
        this.byLoose = byLoose;
        this.countriesByIso2 = Map.copyOf(countries);
        Map<String, Country> iso3 = new HashMap<>();
        countries.values().forEach(c -> iso3.put(c.iso3(), c));
        this.countriesByIso3 = Map.copyOf(iso3);
        this.countryNames = Map.copyOf(countryNames);
        this.demonyms = Map.copyOf(demonyms);
        this.countryPlaces = Map.copyOf(countryPlaces);
        this.admin1Places = Map.copyOf(admin1Places);
        this.abbreviations = Map.copyOf(abbreviations);
    }

    /**
     * The division an abbreviation stands for. Only written abbreviations count: with a full stop ("Ky.") or in
     * capitals ("NSW"), so that ordinary words are never taken for one.
     */
    public Optional<Abbreviation> abbreviation(String written) {
        String w = written.strip();
        boolean looksAbbreviated = w.contains(".") || (w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT)));
        return looksAbbreviated ? Optional.ofNullable(abbreviations.get(Names.key(w))) : Optional.empty();
    }

    /** Number of entries. */
    public int size() {
        return places.length;
    }

    /** Number of distinct name keys in the exact and loose indexes. */
    public int keyCount() {
        return byKey.size() + byLoose.size();
    }

    /**
     * The entries a name may stand for: exact key matches (with and without an Arabic article) first; when
     * there are none, loose transliteration matches; when there are none and the name is long enough, loose
     * keys one edit away.
     */
    public List<Match> lookup(String name) {
        return lookup(name, true);
    }

    /** As {@link #lookup(String)}; without the one-edit fallback when {@code edits} is false. */
    public List<Match> lookup(String name, boolean edits) {
        String key = Names.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        Map<Integer, MatchQuality> found = new LinkedHashMap<>();
        collect(byKey.get(key), false, found);
        String bare = Names.withoutArticle(key);
        if (!bare.equals(key)) {
            collect(byKey.get(bare), false, found);
        }
        String loose = Names.looseKey(name);
        if (found.isEmpty() && !loose.isEmpty()) {
            collect(byLoose.get(loose), true, found);
            if (found.isEmpty() && edits) {
                collectEdits(loose, found);
            }
        }
        List<Match> matches = new ArrayList<>(found.size());
        found.forEach((index, quality) -> matches.add(new Match(places[index], quality)));
        return matches;
    }

    private void collectEdits(String loose, Map<Integer, MatchQuality> found) {
        if (loose.replace(" ", "").length() < MIN_EDIT_LENGTH) {
            return;
        }
        for (String variant : Names.oneEditAway(loose)) {
            int[] entries = byLoose.get(variant);
            if (entries != null) {
                for (int entry : entries) {
                    found.putIfAbsent(entry >>> 1, MatchQuality.EDIT);
                }
            }
        }
    }

    private static void collect(int[] entries, boolean loose, Map<Integer, MatchQuality> found) {
        if (entries == null) {
            return;
        }
        for (int entry : entries) {
            MatchQuality quality = loose ? MatchQuality.LOOSE
                    : (entry & 1) == 0 ? MatchQuality.NAME : MatchQuality.ALTERNATE;
            MatchQuality before = found.get(entry >>> 1);
            if (before == null || quality.ordinal() < before.ordinal()) {
                found.put(entry >>> 1, quality);
            }
        }
    }

    /** True when the name is a known country name or an indexed place name. */
    public boolean knows(String name) {
        String key = Names.key(name);
        return countryNames.containsKey(key) || byKey.containsKey(key);
    }

    /** The ISO alpha-2 code of a country by one of its names ("Turkey", "Türkiye", "U.S."), if any. */
    public Optional<String> countryByName(String name) {
        return Optional.ofNullable(countryNames.get(Names.key(name)));
    }

    /** The ISO alpha-2 code of a country by a demonym ("Turkish", "Syrians"), if any. */
    public Optional<String> countryByDemonym(String word) {
        return Optional.ofNullable(demonyms.get(Names.key(word)));
    }

    /** The country with that alpha-2 or alpha-3 code. */
    public Optional<Country> country(String code) {
        String upper = code.toUpperCase(java.util.Locale.ROOT);
        return Optional.ofNullable(upper.length() == 2 ? countriesByIso2.get(upper) : countriesByIso3.get(upper));
    }

    /** All countries. */
    public Collection<Country> countries() {
        return countriesByIso2.values();
    }

    /** The country entry (kind COUNTRY) of an alpha-2 code. */
    public Optional<Place> countryPlace(String iso2) {
        return Optional.ofNullable(countryPlaces.get(iso2));
    }

    /** The first-level division entry of a key such as "US.LA". */
    public Optional<Place> admin1(String admin1Key) {
        return Optional.ofNullable(admin1Places.get(admin1Key));
    }

    /** Demonym words known (folded keys), for scanning text. */
    public Set<String> demonymKeys() {
        return Collections.unmodifiableSet(demonyms.keySet());
    }

    /** The entries at these indexes; for tests and diagnostics. */
    List<Place> places() {
        return Arrays.asList(places);
    }

    Map<String, int[]> byKey() {
        return byKey;
    }

    Map<String, int[]> byLoose() {
        return byLoose;
    }

    Map<String, String> countryNames() {
        return countryNames;
    }

    Map<String, String> demonyms() {
        return demonyms;
    }

    Map<String, Place> countryPlaces() {
        return countryPlaces;
    }

    Map<String, Place> admin1Places() {
        return admin1Places;
    }

    Map<String, Abbreviation> abbreviations() {
        return abbreviations;
    }
}
