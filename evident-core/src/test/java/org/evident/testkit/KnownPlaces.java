package org.evident.testkit;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evident.geo.PlaceKnowledge;
import org.evident.model.EventRecord.Location;

/** A gazetteer of a few names written in a test, for the extraction rules that ask one; no index is loaded. */
public final class KnownPlaces implements PlaceKnowledge {

    private final Set<String> names;
    private final Map<String, String> countryCodes;
    private final Map<String, String> capitals;

    private KnownPlaces(Set<String> names, Map<String, String> countryCodes, Map<String, String> capitals) {
        this.names = Set.copyOf(names);
        this.countryCodes = Map.copyOf(countryCodes);
        this.capitals = Map.copyOf(capitals);
    }

    /** A gazetteer that knows no place. */
    public static KnownPlaces none() {
        return new KnownPlaces(Set.of(), Map.of(), Map.of());
    }

    /** A gazetteer that knows these names as places, and these names or demonyms by their country's code. */
    public static KnownPlaces of(Set<String> names, Map<String, String> countryCodes) {
        return new KnownPlaces(names, countryCodes, Map.of());
    }

    /** This gazetteer, knowing also these capitals by their country's code. */
    public KnownPlaces withCapitals(Map<String, String> capitalCountries) {
        return new KnownPlaces(names, countryCodes, capitalCountries);
    }

    @Override
    public Optional<String> capitalOf(String name) {
        return Optional.ofNullable(capitals.get(name));
    }

    @Override
    public Optional<String> countryCode(String nameOrDemonym) {
        return Optional.ofNullable(countryCodes.get(nameOrDemonym));
    }

    @Override
    public Optional<Location> country(String iso3) {
        return countryCodes.containsValue(iso3)
                ? Optional.of(new Location(iso3, iso3, null, null, null, null, iso3, iso3, "A", "PCLI", 1))
                : Optional.empty();
    }

    @Override
    public boolean isPlaceName(String name) {
        return names.contains(name) || countryCodes.containsKey(name);
    }
}
