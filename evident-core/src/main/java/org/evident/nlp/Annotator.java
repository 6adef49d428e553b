package org.evident.nlp;

import org.evident.model.Article;

/** Turns an article into sentences, tokens, a dependency parse and entities. Implementations are thread-safe. */
public interface Annotator {

    AnnotatedArticle annotate(Article article);

    /**
     * Loads what annotating this article will need and is not loaded yet (a model only some articles use), so that
     * the one-time cost is not charged to the article's time budget. Annotating works without it.
     */
    default void prepare(Article article) {}
}
