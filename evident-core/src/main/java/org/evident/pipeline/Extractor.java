package org.evident.pipeline;

import java.util.List;
import java.util.Objects;
import org.evident.extract.Codebook;
import org.evident.extract.EventExtractor;
import org.evident.extract.FoundPlaces;
import org.evident.extract.PlacedArticle;
import org.evident.geo.Geocoder;
import org.evident.model.EventRecord;
import org.evident.nlp.AnnotatedArticle;
import org.evident.timing.Stage;
import org.evident.timing.StageTimes;

/**
 * Annotated article → event records, in three stages: find the place names ({@link EventExtractor#findPlaces}),
 * geocode them all at once ({@link Geocoder#resolveAll}), read the events ({@link EventExtractor#readEvents}). The
 * extraction rules see the gazetteer only through {@link org.evident.geo.PlaceKnowledge}; resolving places is this
 * stage's alone. Immutable and thread-safe.
 */
public final class Extractor implements Step<AnnotatedArticle, List<EventRecord>> {

    private final EventExtractor events;
    private final Step<AnnotatedArticle, List<EventRecord>> stages;

    public Extractor(Codebook codebook, Geocoder geocoder) {
        Objects.requireNonNull(geocoder, "geocoder");
        this.events = new EventExtractor(codebook, geocoder);
        Step<FoundPlaces, PlacedArticle> geocoding = found -> {
            long clock = System.nanoTime();
            PlacedArticle placed = found.placed(geocoder.resolveAll(found.annotated().article().body(),
                    found.toponyms()));
            events.times().since(Stage.GEOCODING, clock);
            return placed;
        };
        Step<AnnotatedArticle, FoundPlaces> placeFinding = events::findPlaces;
        this.stages = placeFinding.then(geocoding).then(events::readEvents);
    }

    @Override
    public List<EventRecord> apply(AnnotatedArticle annotated) {
        return stages.apply(annotated);
    }

    /** The records of an annotated article. */
    public List<EventRecord> extract(AnnotatedArticle annotated) {
        return apply(annotated);
    }

    /** Time spent so far in each stage of extraction (matching, geocoding, merging), over all articles and threads. */
    public StageTimes times() {
        return events.times();
    }
}
