package org.evident.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.evident.extract.Codebook;
import org.evident.geo.Geocoder;
import org.evident.model.Article;
import org.evident.model.Outcome;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** The time budget per article, on an annotator that reads no sentences (no CoreNLP). */
class PipelineTest {

    /** Loads a model on first use, taking longer than the budget, the way CoreNLP's truecaser does. */
    private static final class LoadsOnFirstUse implements Annotator {
        private boolean loaded;

        private synchronized void load() {
            if (!loaded) {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                loaded = true;
            }
        }

        @Override
        public void prepare(Article article) {
            load();
        }

        @Override
        public AnnotatedArticle annotate(Article article) {
            load();
            return new AnnotatedArticle(article, List.of());
        }
    }

    @Test
    void aModelLoadedForTheFirstArticleIsNotChargedToItsBudget() {
        Pipeline pipeline = new Pipeline(new LoadsOnFirstUse(), new Extractor(Codebook.bundled(), Geocoder.none()),
                Duration.ofSeconds(1));

        Outcome outcome = pipeline.process(Article.of("wire.txt", "POLICE SAID THREE MEN WERE ARRESTED IN LIMA.",
                LocalDate.of(1990, 3, 4)));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.EXTRACTED);
    }
}
