package org.evident.nlp;

import org.evident.model.Article;

/** Turns an article into sentences, tokens, a dependency parse and entities. Implementations are thread-safe. */
public interface Annotator {

    AnnotatedArticle annotate(Article article);
}
