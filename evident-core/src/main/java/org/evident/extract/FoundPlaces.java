package org.evident.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evident.geo.Toponym;
import org.evident.model.EventRecord.Location;
import org.evident.nlp.AnnotatedArticle;

/**
 * The place names found in an article, sentence by sentence, and its dateline: what the geocoding stage takes in.
 * Immutable.
 */
public final class FoundPlaces {

    private final AnnotatedArticle annotated;
    private final Optional<PlaceFinder.Dateline> dateline;
    private final Map<Integer, List<PlaceFinder.PlaceName>> bySentence;
    private final List<Toponym> toponyms;

    FoundPlaces(AnnotatedArticle annotated, Optional<PlaceFinder.Dateline> dateline,
                Map<Integer, List<PlaceFinder.PlaceName>> bySentence) {
        this.annotated = annotated;
        this.dateline = dateline;
        this.bySentence = Collections.unmodifiableMap(bySentence);
        List<Toponym> all = new ArrayList<>();
        annotated.sentences().forEach(s -> bySentence.getOrDefault(s.index(), List.of()).forEach(n -> all.add(n.toponym())));
        this.toponyms = List.copyOf(all);
    }

    public AnnotatedArticle annotated() {
        return annotated;
    }

    /** Every place name of the article in text order, as the geocoder takes them. */
    public List<Toponym> toponyms() {
        return toponyms;
    }

    /** These places with what the geocoder made of them: the event stage's input. */
    public PlacedArticle placed(Map<Toponym, Location> resolved) {
        return new PlacedArticle(this, resolved);
    }

    Optional<PlaceFinder.Dateline> dateline() {
        return dateline;
    }

    Map<Integer, List<PlaceFinder.PlaceName>> bySentence() {
        return bySentence;
    }
}
