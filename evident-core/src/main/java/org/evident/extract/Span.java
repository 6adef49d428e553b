package org.evident.extract;

import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;

/** Words of the article: character offsets into the body, end exclusive, and the text between them. */
record Span(int begin, int end, String text) {

    Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    /** The span of tokens [first, last] of a sentence. */
    static Span of(AnnotatedArticle article, Sentence s, int first, int last) {
        int begin = s.token(first).begin();
        int end = s.token(last).end();
        return new Span(begin, end, article.text(begin, end));
    }

    static Span of(AnnotatedArticle article, Sentence s, int[] range) {
        return of(article, s, range[0], range[1]);
    }

    static Span token(AnnotatedArticle article, Sentence s, int index) {
        return of(article, s, index, index);
    }
}
