package org.evident.extract;

import java.util.Collections;
import java.util.Map;
import org.evident.geo.Toponym;
import org.evident.model.EventRecord.Location;

/** An article's place names and the locations the geocoder resolved them to (unresolved names are absent). Immutable. */
public final class PlacedArticle {

    private final FoundPlaces found;
    private final Map<Toponym, Location> resolved;

    PlacedArticle(FoundPlaces found, Map<Toponym, Location> resolved) {
        this.found = found;
        this.resolved = Collections.unmodifiableMap(resolved);
    }

    FoundPlaces found() {
        return found;
    }

    Map<Toponym, Location> resolved() {
        return resolved;
    }
}
