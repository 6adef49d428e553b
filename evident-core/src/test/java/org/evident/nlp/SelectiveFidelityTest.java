package org.evident.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evident.read.ArticleReader;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;
import org.evident.pipeline.Pipelines;
import org.evident.testkit.SharedAnnotator;
import org.evident.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * On real news (the TR-News development articles in shared/), every sentence the selective scope chooses gets
 * exactly the entities, normalized values and dependencies that whole-document annotation gives it, though it
 * skips sentences, runs SUTime on fewer still, and asks the parser for the basic dependencies only.
 * {@code SelectiveCheck} in evident-bench runs the same comparison over any corpus.
 */
class SelectiveFidelityTest {

    @Test
    void chosenSentencesAreAnnotatedExactlyAsInTheWholeDocument() throws IOException {
        List<Article> articles = articles(SharedData.require().resolve("corpus/trnews-dev"));
        // the annotator evident extract runs: the builder's, whose sentence focus is the bundled codebook's
        CoreNlpAnnotator selective = (CoreNlpAnnotator) Pipelines.builder().scope(CoreNlpAnnotator.Scope.SELECTIVE)
                .geocoding(Pipelines.Geocoding.NONE).build().get().annotator();
        List<String> differences = new ArrayList<>();
        for (Article article : articles) {
            AnnotatedArticle whole = SharedAnnotator.get().annotate(article);
            AnnotatedArticle part = selective.annotate(article);
            for (int i = 0; i < whole.sentences().size(); i++) {
                Sentence chosen = part.sentences().get(i);
                if (!chosen.dependencies().isEmpty()) {
                    int index = i;
                    SentenceDiff.between(whole.sentences().get(i), chosen)
                            .ifPresent(d -> differences.add(article.title() + " #" + index + ": " + d));
                }
            }
        }
        assertThat(articles).hasSizeGreaterThanOrEqualTo(8);
        assertThat(differences).isEmpty();
        long[] counts = selective.sentenceCounts(); // seen, chosen, timed
        assertThat(counts[1]).as("sentences chosen").isLessThan(counts[0]);
        assertThat(counts[2]).as("sentences SUTime ran on").isLessThan(counts[1]);
    }

    private static List<Article> articles(Path folder) throws IOException {
        ArticleReader reader = new ArticleReader(ReadOptions.defaults());
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (ReadOutcome outcome : reader.read(file)) {
                    if (outcome instanceof ReadOutcome.Read read) {
                        articles.add(read.article());
                    }
                }
            }
        }
        return articles;
    }
}
