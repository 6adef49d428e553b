package org.evident.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.evident.extract.Codebook;
import org.evident.geo.Geocoder;
import org.evident.model.Article;
import org.evident.model.Outcome;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** The batch runner with an annotator that takes longer on early articles, so that later ones finish first. */
class OrderedBatchTest {

    private final Set<String> threadsSeen = ConcurrentHashMap.newKeySet();

    private Pipeline pipeline() {
        Annotator slowFirst = article -> {
            threadsSeen.add(Thread.currentThread().getName());
            int number = Integer.parseInt(article.origin().substring(1));
            try {
                Thread.sleep(Math.max(0, 20 - number));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (number == 7) {
                throw new IllegalStateException("article 7 is broken");
            }
            return new AnnotatedArticle(article, List.of());
        };
        return new Pipeline(slowFirst, new Extractor(Codebook.bundled(), Geocoder.none()));
    }

    private static List<Article> articles(int n) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            articles.add(Article.of("a" + i, "Text " + i + ".", LocalDate.of(2020, 1, 1)));
        }
        return articles;
    }

    @Test
    void outcomesComeBackInInputOrderWhateverOrderTheyFinishIn() {
        List<String> order = new ArrayList<>();
        int count = new OrderedBatch(pipeline(), 3).run(articles(25).iterator(), o -> order.add(o.article().origin()));
        assertThat(count).isEqualTo(25);
        assertThat(order).containsExactlyElementsOf(articles(25).stream().map(Article::origin).toList());
        assertThat(threadsSeen).hasSizeGreaterThan(1);
    }

    @Test
    void aFailingArticleIsAFailedOutcomeAndTheBatchGoesOn() {
        List<Outcome> outcomes = new ArrayList<>();
        new OrderedBatch(pipeline(), 2).run(articles(10).iterator(), outcomes::add);
        assertThat(outcomes).hasSize(10);
        assertThat(outcomes.get(7).failed()).isTrue();
        assertThat(outcomes.get(7).error()).contains("article 7 is broken");
        assertThat(outcomes.stream().filter(Outcome::failed)).hasSize(1);
    }

    @Test
    void articlesArePulledOnlyAsWorkersFreeUp() {
        AtomicInteger pulled = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        Iterator<Article> source = articles(200).iterator();
        Iterator<Article> counting = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public Article next() {
                maxAhead.accumulateAndGet(pulled.incrementAndGet() - delivered.get(), Math::max);
                return source.next();
            }
        };
        new OrderedBatch(pipeline(), 2).run(counting, o -> delivered.incrementAndGet());
        assertThat(delivered.get()).isEqualTo(200);
        assertThat(maxAhead.get()).isLessThanOrEqualTo(2 * 4);
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        assertThatThrownBy(() -> new OrderedBatch(pipeline(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads must be at least 1, was 0");
    }

    @Test
    void pastTheCapOfAbandonedWorkTheBatchEndsWithTheRefusal() {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Annotator deafOnFirst = article -> {
            if (article.origin().equals("a0")) {
                TimeBudgetTest.deafUntil(release);
            }
            return new AnnotatedArticle(article, List.of());
        };
        Pipeline capped = new Pipeline(deafOnFirst, new Extractor(Codebook.bundled(), Geocoder.none()),
                TimeBudget.of(java.time.Duration.ofMillis(100), 1));
        List<Outcome> outcomes = new ArrayList<>();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> new OrderedBatch(capped, 1).run(articles(5).iterator(), outcomes::add))
                    .isInstanceOf(TimeBudget.Exhausted.class).hasMessageStartingWith("refused: 1 article's work");
            assertThat(outcomes).singleElement().matches(Outcome::overBudget);
        } finally {
            release.countDown();
        }
    }
}
