package org.evident.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evident.extract.Codebook;
import org.evident.geo.Geocoder;
import org.evident.geo.Toponym;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.EventRecord.Location;
import org.evident.nlp.AnnotatedArticle;
import org.evident.testkit.SharedAnnotator;
import org.junit.jupiter.api.Test;

/** Geocoding is a stage of its own: it takes the place names the first stage found and its answer places the events. */
class ExtractorTest {

    /** A gazetteer that knows one town and records what the geocoding stage asks it. */
    private static final class OneTown implements Geocoder {
        final List<List<String>> asked = new ArrayList<>();

        @Override
        public List<Optional<Location>> resolve(String articleText, List<Toponym> toponyms) {
            asked.add(toponyms.stream().map(Toponym::name).toList());
            return toponyms.stream().map(t -> t.name().equals("Kano")
                    ? Optional.of(new Location("Kano", "Kano", 2335204L, 12.0, 8.5, "Kano", "Nigeria", "NGA", "P",
                            "PPLA", 3))
                    : Optional.<Location>empty()).toList();
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
    }

    @Test
    void theGeocoderIsAskedOnceForTheArticlesPlaceNamesAndItsAnswerPlacesTheEvent() {
        OneTown gazetteer = new OneTown();
        Extractor extractor = new Extractor(Codebook.bundled(), gazetteer);
        AnnotatedArticle annotated = SharedAnnotator.get().annotate(Article.of("test",
                "Gunmen killed 12 people at a market in Kano on Monday.", LocalDate.parse("2024-03-05")));

        List<EventRecord> records = extractor.extract(annotated);

        assertThat(gazetteer.asked).containsExactly(List.of("Kano"));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.eventLoc().resolvedPlace()).isEqualTo("Kano");
            assertThat(r.eventLoc().countryCode()).isEqualTo("NGA");
        });
    }

    @Test
    void stagesChainInOrder() {
        Step<String, Integer> length = String::length;
        Step<String, String> described = length.then(n -> n + " characters");

        assertThat(described.apply("Kano")).isEqualTo("4 characters");
    }
}
