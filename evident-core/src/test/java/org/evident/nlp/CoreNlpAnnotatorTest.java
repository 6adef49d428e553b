package org.evident.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.evident.model.Article;
import org.evident.testkit.SharedAnnotator;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

    private static final String CAPS = "POLICE IN MADRID SAID TODAY THAT CARLOS MENDOZA, A JUDGE, WAS KILLED BY GUNMEN "
            + "NEAR HIS HOME IN BARCELONA.\n";

    @Test
    void findsPersonAndPlaceInAllCapsTextAfterTruecasing() {
        AnnotatedArticle annotated = SharedAnnotator.get().annotate(Article.of("caps", CAPS, LocalDate.of(1990, 1, 3)));

        List<EntityMention> entities = annotated.sentences().stream().flatMap(s -> s.entities().stream()).toList();
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("PERSON");
            assertThat(CAPS.substring(e.begin(), e.end())).isEqualTo("CARLOS MENDOZA");
        });
        // With truecasing off, NER finds the person and BARCELONA here but misses MADRID.
        for (String place : List.of("MADRID", "BARCELONA")) {
            assertThat(entities).anySatisfy(e -> {
                assertThat(e.type()).isIn("LOCATION", "CITY");
                assertThat(CAPS.substring(e.begin(), e.end())).isEqualTo(place);
            });
        }
    }

    @Test
    void keepsTokenTextAndOffsetsOfTheOriginalCapitals() {
        AnnotatedArticle annotated = SharedAnnotator.get().annotate(Article.of("caps", CAPS, null));

        for (Sentence sentence : annotated.sentences()) {
            for (Token token : sentence.tokens()) {
                assertThat(CAPS.substring(token.begin(), token.end())).isEqualTo(token.text());
            }
        }
        assertThat(annotated.sentences().get(0).tokens().get(0).text()).isEqualTo("POLICE");
    }

    @Test
    void treatsTextAsAllCapsOnlyWhenMostLettersAreCapitals() {
        assertThat(CoreNlpAnnotator.isMostlyUpperCase(CAPS)).isTrue();
        assertThat(CoreNlpAnnotator.isMostlyUpperCase("BREAKING: Police in Madrid said a judge was killed today.")).isFalse();
        assertThat(CoreNlpAnnotator.isMostlyUpperCase("UN SAYS")).isFalse();
    }
}
