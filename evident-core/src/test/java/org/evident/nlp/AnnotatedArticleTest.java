package org.evident.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;

class AnnotatedArticleTest {

    /** Sentences of one token each, tagged as given: "VBD" for a clause, "NN" for a caption or heading. */
    private static AnnotatedArticle article(String... tags) {
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < tags.length; i++) {
            int begin = body.length();
            body.append("word\n");
            Token token = new Token(0, "word", "word", tags[i], "O", null, begin, begin + 4);
            sentences.add(new Sentence(i, List.of(token), List.of(), List.of()));
        }
        Article article = Article.of("test", body.toString(), null);
        return new AnnotatedArticle(article, sentences);
    }

    @Test
    void aWindowCountsOnlySentencesWithAVerb() {
        AnnotatedArticle annotated = article("VBD", "NN", "VBD", "NN", "NN", "VBZ");
        assertEquals(2, annotated.reachBack(5, 1));
        assertEquals(0, annotated.reachBack(5, 2));
    }

    @Test
    void aWindowStopsAtTheFirstSentence() {
        AnnotatedArticle annotated = article("NN", "VBD", "VBD");
        assertEquals(0, annotated.reachBack(2, 5));
        assertEquals(0, annotated.reachBack(0, 2));
    }
}
