package org.evident.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.evident.geo.Geocoder;
import org.evident.model.Article;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** The pipeline builder's bookkeeping, on an annotator that reads no sentences (no CoreNLP). */
class PipelinesTest {

    private final AtomicInteger annotatorsMade = new AtomicInteger();
    private final AtomicInteger geocodersMade = new AtomicInteger();

    private Pipelines counting() {
        return Pipelines.with(() -> {
            annotatorsMade.incrementAndGet();
            return (Annotator) article -> new AnnotatedArticle(article, List.of());
        }, () -> {
            geocodersMade.incrementAndGet();
            return Geocoder.none();
        });
    }

    @Test
    void nothingLoadsUntilAPipelineIsAskedFor() {
        counting();

        assertThat(annotatorsMade).hasValue(0);
        assertThat(geocodersMade).hasValue(0);
    }

    @Test
    void thePipelineOfTheBundledCodebooksIsMadeOnceWithOneAnnotatorAndOneGeocoder() {
        Pipelines pipelines = counting();

        Pipeline first = pipelines.get();
        assertThat(pipelines.get(null)).isSameAs(first);
        assertThat(pipelines.get()).isSameAs(first);
        assertThat(first.annotator()).isSameAs(pipelines.annotator());
        assertThat(annotatorsMade).hasValue(1);
        assertThat(geocodersMade).hasValue(1);
        assertThat(first.process(Article.of("test", "Nothing happened.", LocalDate.of(2024, 1, 1))).failed()).isFalse();
    }

    @Test
    void aCodebookFolderThatCannotBeReadIsRefusedNamingIt() {
        Pipelines pipelines = counting();

        assertThatThrownBy(() -> pipelines.get(java.nio.file.Path.of("no-such-codebooks")))
                .hasMessageContaining("no-such-codebooks");
    }
}
