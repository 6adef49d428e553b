package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.parsed;

import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Words of the article by their offsets in the body, whichever sentence they stand in. */
class SpanTest {

    @Test
    void tokensOfALaterSentenceAreReadFromTheBodyAtTheirOffsets() {
        AnnotatedArticle article = article("2020-01-01", parsed("Rebels/rebel/NNS attacked/attack/VBD"),
                parsed("Police/police/NNS fled/flee/VBD the/the/DT town/town/NN"));
        Sentence second = article.sentences().get(1);
        Span span = Span.of(article, second, 2, 3);
        assertThat(span.text()).isEqualTo("the town");
        assertThat(article.article().body().substring(span.begin(), span.end())).isEqualTo("the town");
        assertThat(Span.token(article, second, 1).text()).isEqualTo("fled");
    }

    @Test
    void aSpanThatEndsBeforeItBeginsIsRefused() {
        assertThatThrownBy(() -> new Span(5, 4, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[5, 4)");
        assertThatThrownBy(() -> new Span(-1, 2, "ab")).isInstanceOf(IllegalArgumentException.class);
    }
}
