package org.evident.geo;

import java.util.Optional;
import org.evident.model.EventRecord.Location;

/**
 * What extraction may ask the gazetteer while it decides, before any place is geocoded: whether words name a
 * place, which country a name or demonym stands for, and where a country is; and, of a place resolved, what kind
 * of settlement it is. Resolving an article's place names is not among them: that is the geocoding stage's work
 * ({@link Geocoder#resolve}).
 */
public interface PlaceKnowledge {

    /** The ISO 3166 alpha-3 code of a country named or described ("Turkey", "Turkish", "Turks"). */
    Optional<String> countryCode(String nameOrDemonym);

    /** The country of that code, as a location at country resolution (1). */
    Optional<Location> country(String iso3);

    /** True when the gazetteer knows the words as a place name (used to find places NER missed). */
    boolean isPlaceName(String name);

    /**
     * The ISO 3166 alpha-3 code of the country whose capital goes by this name ("Moscow" RUS), by the gazetteer's
     * feature codes; empty when no capital does (or the gazetteer cannot tell).
     */
    default Optional<String> capitalOf(String name) {
        return Optional.empty();
    }

    /**
     * What a resolved place is among towns, their seats and their sections (a section is reported as the town that
     * holds it), told from the gazetteer's feature codes, which extraction does not read itself.
     */
    default Settlement settlement(Location place) {
        return Settlement.of(place.featureClass(), place.featureCode());
    }
}
