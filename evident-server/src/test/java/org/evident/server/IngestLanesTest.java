package org.evident.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.evident.geo.Geocoder;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Annotator;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;
import org.evident.pipeline.TimeBudget;
import org.evident.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/articles on lanes, with a fake pipeline whose articles that say "slow" wait until the test lets them
 * go: a re-post answers while an article is in flight, lanes run side by side, and an article over the time budget
 * is refused by name.
 */
class IngestLanesTest {

    private static final String QUICK = "Workers rebuilt the harbour wall on Tuesday, the port authority said.";

    @TempDir
    Path dir;

    /** Holds articles that say "slow" until released; counts how many are inside at once. */
    private static final class Gate implements Annotator {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostInside = new AtomicInteger();
        final CountDownLatch entered;

        Gate(int expectedInside) {
            entered = new CountDownLatch(expectedInside);
        }

        @Override
        public AnnotatedArticle annotate(org.evident.model.Article article) {
            if (article.body().contains("slow")) {
                mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inside.decrementAndGet();
                }
            }
            return new AnnotatedArticle(article, List.of());
        }
    }

    private TestServer server(int lanes, Annotator annotator, Duration budget) {
        Pipeline pipeline = Pipelines.with(() -> annotator, Geocoder::none).get().withBudget(budget);
        return new TestServer(StoreLocation.parse(dir.resolve("evident").toString(), null),
                ServerConfig.local(0, TestServer.TOKEN).withRateLimit(0).withIngestLanes(lanes), pipeline);
    }

    private static CompletableFuture<HttpResponse<String>> postLater(TestServer t, String text) {
        return CompletableFuture.supplyAsync(() -> t.post("/api/articles", "text/plain", text, TestServer.TOKEN));
    }

    @Test
    void aRepostOfAStoredArticleAnswersWhileTheOnlyLaneIsBusy() throws Exception {
        Gate gate = new Gate(1);
        try (TestServer t = server(1, gate, Duration.ZERO)) {
            assertThat(t.post("/api/articles", "text/plain", QUICK, TestServer.TOKEN).statusCode()).isEqualTo(201);
            CompletableFuture<HttpResponse<String>> slow = postLater(t, "A slow article about the harbour.");
            assertThat(gate.entered.await(10, TimeUnit.SECONDS)).isTrue();

            long start = System.nanoTime();
            HttpResponse<String> again = t.post("/api/articles", "text/plain", QUICK, TestServer.TOKEN);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(TestServer.json(again).get("stored").asBoolean()).isFalse();
            assertThat(millis).isLessThan(5_000);
            assertThat(slow).isNotDone();
            gate.release.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        }
    }

    @Test
    void twoLanesExtractTwoArticlesAtOnce() throws Exception {
        Gate gate = new Gate(2);
        try (TestServer t = server(2, gate, Duration.ZERO)) {
            CompletableFuture<HttpResponse<String>> first = postLater(t, "The first slow article.");
            CompletableFuture<HttpResponse<String>> second = postLater(t, "The second slow article.");

            assertThat(gate.entered.await(10, TimeUnit.SECONDS)).as("both articles inside the pipeline").isTrue();
            gate.release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            assertThat(second.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            assertThat(gate.mostInside.get()).isEqualTo(2);
        }
    }

    @Test
    void oneLaneExtractsOneArticleAtATime() throws Exception {
        Gate gate = new Gate(1);
        try (TestServer t = server(1, gate, Duration.ZERO)) {
            CompletableFuture<HttpResponse<String>> first = postLater(t, "The first slow article.");
            assertThat(gate.entered.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<HttpResponse<String>> second = postLater(t, "The second slow article.");
            Thread.sleep(300);

            assertThat(gate.mostInside.get()).isEqualTo(1);
            gate.release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            assertThat(second.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            assertThat(gate.mostInside.get()).isEqualTo(1);
        }
    }

    @Test
    void anArticleOverTheTimeBudgetIsRefusedByNameAndLoggedInOneLine() {
        Gate gate = new Gate(1);
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (TestServer t = server(1, gate, Duration.ofMillis(300))) {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            HttpResponse<String> r = t.post("/api/articles?url=https://example.org/stuck", "text/plain",
                    "A slow article that never ends.", TestServer.TOKEN);
            System.setErr(err);

            assertThat(r.statusCode()).isEqualTo(422);
            String message = TestServer.json(r).get("error").get("message").asText();
            assertThat(message).contains("https://example.org/stuck", "time budget of 300 ms",
                    Pipeline.BUDGET_OPTION);
            assertThat(log.toString(StandardCharsets.UTF_8).strip()).startsWith("evident-server: article")
                    .contains("https://example.org/stuck").doesNotContain("\n").doesNotContain("\tat ");
            assertThat(t.store.stats().articles()).isZero();
            gate.release.countDown();
            assertThat(t.post("/api/articles", "text/plain", QUICK, TestServer.TOKEN).statusCode()).isEqualTo(201);
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void pastTheCapOfAbandonedWorkTheServerAnswers503UntilThatWorkEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Annotator deafOnStuck = article -> {
            while (article.body().contains("stuck") && release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // deaf to the interrupt, as CoreNLP's tokenizer is
                }
            }
            return new AnnotatedArticle(article, List.of());
        };
        Pipeline pipeline = Pipelines.with(() -> deafOnStuck, Geocoder::none).get()
                .withBudget(TimeBudget.of(Duration.ofMillis(200), 1));
        try (TestServer t = new TestServer(StoreLocation.parse(dir.resolve("evident").toString(), null),
                ServerConfig.local(0, TestServer.TOKEN).withRateLimit(0).withIngestLanes(2), pipeline)) {
            HttpResponse<String> stuck = t.post("/api/articles", "text/plain", "An article stuck in the tokenizer.",
                    TestServer.TOKEN);
            assertThat(stuck.statusCode()).isEqualTo(422);

            HttpResponse<String> refused = t.post("/api/articles", "text/plain", QUICK, TestServer.TOKEN);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(TestServer.json(refused).get("error").get("message").asText()).contains("1 article's work ran past the time budget", "restart the process");

            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (pipeline.overdueWork() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(t.post("/api/articles", "text/plain", QUICK, TestServer.TOKEN).statusCode()).isEqualTo(201);
        } finally {
            release.countDown();
        }
    }
}
