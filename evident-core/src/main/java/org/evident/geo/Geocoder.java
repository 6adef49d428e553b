package org.evident.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evident.model.EventRecord.Location;

/**
 * Resolves place names to gazetteer entries. Implementations are immutable and thread-safe; they load their
 * data once and answer offline.
 */
public interface Geocoder {

    /**
     * Resolves all place names of one article together, so that each can use the others (and the text) as
     * context. The result has one entry per toponym, in order; empty where a name cannot be resolved. A name
     * the gazetteer does not know, in an article mostly about one country, may be given that country at
     * resolution 1.
     */
    List<Optional<Location>> resolve(String articleText, List<Toponym> toponyms);

    /** The ISO 3166 alpha-3 code of a country named or described ("Turkey", "Turkish", "Turks"). */
    Optional<String> countryCode(String nameOrDemonym);

    /** The country of that code, as a location at country resolution (1). */
    Optional<Location> country(String iso3);

    /** True when the gazetteer knows the words as a place name (used to find places NER missed). */
    boolean isPlaceName(String name);

    /** A geocoder that knows no place: every name stays unresolved. */
    static Geocoder none() {
        return new Geocoder() {
            @Override
            public List<Optional<Location>> resolve(String articleText, List<Toponym> toponyms) {
                List<Optional<Location>> result = new ArrayList<>();
                toponyms.forEach(t -> result.add(Optional.empty()));
                return result;
            }

            @Override
            public Optional<String> countryCode(String nameOrDemonym) {
                return Optional.empty();
            }

            @Override
            public Optional<Location> country(String iso3) {
                return Optional.empty();
            }

            @Override
            public boolean isPlaceName(String name) {
                return false;
            }
        };
    }
}
