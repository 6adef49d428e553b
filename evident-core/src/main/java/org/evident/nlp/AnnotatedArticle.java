package org.evident.nlp;

import java.util.List;
import org.evident.model.Article;

/** An article with its sentences annotated; offsets in every token index {@code article.body()}. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }

    /** The article text between two offsets. */
    public String text(int begin, int end) {
        return article.body().substring(begin, end);
    }

    /**
     * The first sentence of a window that ends at {@code index} and holds {@code clauses} sentences with a verb
     * before it. Lines without a verb (captions, bylines, "Video", "Advertisement") do not count as distance: a
     * "he said" or a toll reaches past them as if they were not there.
     */
    public int reachBack(int index, int clauses) {
        int first = index;
        int counted = 0;
        while (first > 0 && counted < clauses) {
            first--;
            if (sentences.get(first).hasVerb()) {
                counted++;
            }
        }
        return first;
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
