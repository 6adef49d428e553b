package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.entity;
import static org.evident.testkit.Parses.parsed;
import static org.evident.testkit.Parses.withEntities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/** A forecast's horizon read from the words of its clause, on hand-parsed sentences (no parse arcs needed). */
class ForecastFinderTest {

    private static final String PUBLISHED = "2020-01-01";

    private static Optional<Reading.Forecast> find(Sentence s) {
        return find(s, PUBLISHED);
    }

    private static Optional<Reading.Forecast> find(Sentence s, String published) {
        AnnotatedArticle article = article(published, s);
        Sentence placed = article.sentences().get(0);
        List<Integer> scope = IntStream.range(0, placed.tokens().size()).boxed().toList();
        Codebook codebook = BundledCodebook.get();
        return new ForecastFinder(codebook, new TimeFinder(codebook))
                .find(article, placed, scope, published == null ? null : LocalDate.parse(published));
    }

    @Test
    void aCountAndAUnitGiveTheHorizonFromPublication() {
        // "The fighting will last three more weeks": SUTime loses the count, the words keep it
        Optional<Reading.Forecast> found = find(parsed("The/the/DT fighting/fighting/NN will/will/MD last/last/VB "
                + "three/three/CD/NUMBER/3.0 more/more/JJR weeks/week/NNS"));
        assertThat(found).hasValueSatisfying(f -> {
            assertThat(f.text()).isEqualTo("three more weeks");
            assertThat(f.horizon()).isEqualTo("P3W");
            assertThat(f.by()).isEqualTo(LocalDate.of(2020, 1, 22));
        });
    }

    @Test
    void digitsCountAsWellAsWords() {
        Optional<Reading.Forecast> found = find(parsed("It/it/PRP may/may/MD take/take/VB another/another/DT "
                + "5/5/CD/NUMBER years/year/NNS"));
        assertThat(found).hasValueSatisfying(f -> {
            assertThat(f.text()).isEqualTo("another 5 years");
            assertThat(f.by()).isEqualTo(LocalDate.of(2025, 1, 1));
        });
    }

    @Test
    void aMatterOfDaysIsAFewDays() {
        Optional<Reading.Forecast> found = find(parsed("It/it/PRP is/be/VBZ a/a/DT matter/matter/NN of/of/IN "
                + "days/day/NNS"));
        assertThat(found).hasValueSatisfying(f -> {
            assertThat(f.text()).isEqualTo("a matter of days");
            assertThat(f.horizon()).isEqualTo("P3D");
        });
    }

    @Test
    void aBarePluralUnitIsAFewAndNextIsOne() {
        assertThat(find(parsed("within/within/IN days/day/NNS"))).hasValueSatisfying(f ->
                assertThat(f.horizon()).isEqualTo("P3D"));
        assertThat(find(parsed("by/by/IN next/next/JJ month/month/NN"))).hasValueSatisfying(f -> {
            assertThat(f.text()).isEqualTo("next month");
            assertThat(f.by()).isEqualTo(LocalDate.of(2020, 2, 1));
        });
    }

    @Test
    void aBareSingularUnitIsNoHorizon() {
        assertThat(find(parsed("this/this/DT year/year/NN"))).isEmpty();
    }

    @Test
    void aDateAfterPublicationIsAHorizonToItsEnd() {
        // "2021 will be the year": by the end of 2021
        Sentence s = parsed("2021/2021/CD/DATE will/will/MD be/be/VB the/the/DT year/year/NN");
        Optional<Reading.Forecast> found = find(withEntities(s, entity(s, 0, 0, "DATE", "2021")));
        assertThat(found).hasValueSatisfying(f -> {
            assertThat(f.text()).isEqualTo("2021");
            assertThat(f.by()).isEqualTo(LocalDate.of(2021, 12, 31));
            assertThat(f.horizon()).isEqualTo("P1Y11M30D");
        });
    }

    @Test
    void aDateBeforePublicationIsNoHorizon() {
        Sentence s = parsed("in/in/IN 2019/2019/CD/DATE");
        assertThat(find(withEntities(s, entity(s, 1, 1, "DATE", "2019")))).isEmpty();
    }

    @Test
    void withoutAPublicationDateThereIsNoHorizon() {
        assertThat(find(parsed("within/within/IN days/day/NNS"), null)).isEmpty();
    }
}
