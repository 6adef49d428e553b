package org.evident.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.evident.model.Article;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Annotator;
import org.evident.nlp.CoreNlpAnnotator;
import org.evident.nlp.Sentence;
import org.evident.nlp.SentenceDiff;
import org.evident.nlp.Token;
import org.evident.pipeline.Pipelines;

/**
 * Checks that selective annotation changes nothing where it annotates: each article is annotated whole (bare
 * CoreNLP) and selectively, and every sentence the selective scope chose must have the same entities, normalized
 * values and dependencies both ways. Prints the counts and the first differences; exits 1 when any sentence differs.
 *
 * <pre>
 * java -Xmx6g -cp "evident-bench/target/evident-bench.jar:evident-bench/target/lib/*" \
 *     org.evident.bench.SelectiveCheck --corpus PATH [--limit N] [--show N]
 * </pre>
 */
public final class SelectiveCheck {

    private SelectiveCheck() {}

    public static void main(String[] args) throws IOException {
        String corpus = null;
        int limit = 0;
        int show = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = args[++i];
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--show" -> show = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: SelectiveCheck --corpus PATH [--limit N] [--show N]");
                    System.exit(2);
                }
            }
        }
        if (corpus == null) {
            System.err.println("usage: SelectiveCheck --corpus PATH [--limit N] [--show N]");
            System.exit(2);
        }
        List<Article> articles = Throughput.read(corpus, limit, InputStream.nullInputStream(), System.err::println)
                .articles();
        // The pipeline's annotator in the two scopes compared (get() registers the codebook's sentence focus).
        // CoreNLP's own counters (sentences chosen) are read below; the builder's annotator is CoreNLP.
        Annotator whole = Pipelines.builder().scope(CoreNlpAnnotator.Scope.FULL).build().get().annotator();
        CoreNlpAnnotator selective = (CoreNlpAnnotator) Pipelines.builder().scope(CoreNlpAnnotator.Scope.SELECTIVE)
                .build().get().annotator();
        int sentences = 0;
        int compared = 0;
        int differing = 0;
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            AnnotatedArticle full = whole.annotate(article);
            AnnotatedArticle part = selective.annotate(article);
            for (int i = 0; i < full.sentences().size(); i++) {
                sentences++;
                Sentence expected = full.sentences().get(i);
                Sentence actual = part.sentences().get(i);
                if (actual.dependencies().isEmpty()) {
                    continue; // not chosen
                }
                compared++;
                Optional<String> difference = SentenceDiff.between(expected, actual);
                if (difference.isPresent()) {
                    differing++;
                    if (differing <= show) {
                        System.out.printf("article %d (%s), sentence %d: %s (whole, then selective)%n  %s%n", a + 1,
                                article.title(), i, difference.get(), text(expected));
                    }
                }
            }
            if ((a + 1) % 25 == 0) {
                System.err.printf("selective check: %d/%d articles, %d sentences differ%n", a + 1, articles.size(),
                        differing);
            }
        }
        long timed = selective.sentenceCounts()[2];
        System.out.printf("articles %d, sentences %d, chosen %d (%.1f%%), SUTime on %d (%.1f%%), differing %d%n",
                articles.size(), sentences, compared, 100.0 * compared / Math.max(1, sentences), timed,
                100.0 * timed / Math.max(1, sentences), differing);
        System.exit(differing == 0 ? 0 : 1);
    }

    private static String text(Sentence s) {
        StringBuilder text = new StringBuilder();
        for (Token t : s.tokens()) {
            text.append(text.isEmpty() ? "" : " ").append(t.text());
        }
        return text.toString();
    }
}
