package org.evident.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evident.model.EventRecord.Location;

/**
 * Resolves place names to gazetteer entries: the geocoding stage, between finding an article's place names and
 * reading its events. Implementations are immutable and thread-safe; they load their data once and answer offline.
 */
public interface Geocoder extends PlaceKnowledge {

    /**
     * Resolves all place names of one article together, so that each can use the others (and the text) as
     * context. The result has one entry per toponym, in order; empty where a name cannot be resolved. A name
     * the gazetteer does not know, in an article mostly about one country, may be given that country at
     * resolution 1.
     */
    List<Optional<Location>> resolve(String articleText, List<Toponym> toponyms);

    /** {@link #resolve} as a map from each toponym resolved to its location; the names left unresolved are absent. */
    default Map<Toponym, Location> resolveAll(String articleText, List<Toponym> toponyms) {
        Map<Toponym, Location> resolved = new HashMap<>();
        if (toponyms.isEmpty()) {
            return resolved;
        }
        List<Optional<Location>> locations = resolve(articleText, toponyms);
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym toponym = toponyms.get(i);
            locations.get(i).ifPresent(location -> resolved.put(toponym, location));
        }
        return resolved;
    }

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
