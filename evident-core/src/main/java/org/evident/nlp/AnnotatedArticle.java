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

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
