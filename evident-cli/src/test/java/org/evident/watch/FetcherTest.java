package org.evident.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a site on 127.0.0.1: validators, gzip, redirects, retries, robots.txt, limits, politeness. */
class FetcherTest {

    private TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static Fetcher fetcher(int retries, Duration timeout, Duration hostDelay, long maxBytes) {
        return new Fetcher(new FetchSettings("evident-test/1 (tests)", timeout, hostDelay, 1, 3, retries,
                Duration.ofMillis(20), maxBytes));
    }

    private static Fetcher fetcher() {
        return fetcher(2, Duration.ofSeconds(5), Duration.ZERO, 1 << 20);
    }

    private URI uri(String path) {
        return URI.create(site.url(path));
    }

    @Test
    void sendsItsUserAgentAsksForGzipAndUndoesIt() throws Exception {
        site.page("/feed.xml", "application/rss+xml", "<rss>" + "x".repeat(5000) + "</rss>");
        Fetcher.Response response = fetcher().get(uri("/feed.xml"), null, null);

        assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("<rss>xxx").endsWith("</rss>");
        assertThat(response.etag()).isNotNull();
        TestSite.Request request = site.requests("/feed.xml").get(0);
        assertThat(request.header("User-Agent")).isEqualTo("evident-test/1 (tests)");
        assertThat(request.header("Accept-Encoding")).contains("gzip");
    }

    @Test
    void aCopyStillCurrentIsNotSentAgain() throws Exception {
        site.page("/feed.xml", "application/rss+xml", "<rss/>");
        Fetcher fetcher = fetcher();
        Fetcher.Response first = fetcher.get(uri("/feed.xml"), null, null);
        Fetcher.Response second = fetcher.get(uri("/feed.xml"), first.etag(), "Sun, 06 Dec 2026 10:00:00 GMT");

        assertThat(first.notModified()).isFalse();
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(site.requests("/feed.xml").get(1).header("If-None-Match")).isEqualTo(first.etag());
        assertThat(site.requests("/feed.xml").get(1).header("If-Modified-Since")).isEqualTo("Sun, 06 Dec 2026 10:00:00 GMT");
    }

    @Test
    void robotsTxtIsReadOnceAndObeyedAlsoAfterARedirect() throws Exception {
        site.page("/public.html", "text/html", "<p>hi</p>");
        site.page("/private/page.html", "text/html", "<p>secret</p>");
        site.redirect("/moved.html", 302, "/private/page.html");
        Fetcher fetcher = fetcher();

        fetcher.get(uri("/public.html"), null, null);
        assertThatThrownBy(() -> fetcher.get(uri("/private/page.html"), null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("robots.txt").hasMessageContaining("/private/page.html");
        assertThatThrownBy(() -> fetcher.get(uri("/moved.html"), null, null)).hasMessageContaining("disallows");
        assertThat(site.requests("/private/page.html")).isEmpty();
        assertThat(site.requests("/robots.txt")).hasSize(1);
    }

    @Test
    void aRedirectedRobotsTxtIsFollowedAndObeyed() throws Exception {
        site.redirect("/robots.txt", 301, "/rules/robots.txt");
        site.page("/rules/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/public.html", "text/html", "<p>hi</p>");
        Fetcher fetcher = fetcher();

        assertThat(fetcher.get(uri("/public.html"), null, null).status()).isEqualTo(200);
        assertThatThrownBy(() -> fetcher.get(uri("/private/page.html"), null, null)).hasMessageContaining("disallows");
        assertThat(site.requests("/rules/robots.txt")).hasSize(1);
    }

    @Test
    void redirectsAreFollowedAFewTimesButNotForever() throws Exception {
        site.page("/final.xml", "text/xml", "<rss/>");
        site.redirect("/a", 301, "/b");
        site.redirect("/b", 308, site.url("/final.xml"));
        site.redirect("/loop", 302, "/loop");

        Fetcher.Response response = fetcher().get(uri("/a"), null, null);
        assertThat(response.uri().getPath()).isEqualTo("/final.xml");
        assertThatThrownBy(() -> fetcher().get(uri("/loop"), null, null)).hasMessageContaining("more than 3 redirects");
        assertThat(site.requests("/loop")).hasSize(4);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffAndClientErrorsAreNot() throws Exception {
        site.failingFirst("/flaky.xml", 2, 503, "text/xml", "<rss/>");
        site.status("/down.xml", 500);
        site.status("/gone.xml", 404);

        assertThat(fetcher().get(uri("/flaky.xml"), null, null).status()).isEqualTo(200);
        assertThat(site.requests("/flaky.xml")).hasSize(3);
        assertThatThrownBy(() -> fetcher().get(uri("/down.xml"), null, null)).isInstanceOf(FetchException.class)
                .hasMessage("HTTP 500 (3 attempts)").matches(e -> ((FetchException) e).retryable());
        assertThatThrownBy(() -> fetcher().get(uri("/gone.xml"), null, null)).hasMessage("HTTP 404")
                .matches(e -> !((FetchException) e).retryable());
        assertThat(site.requests("/gone.xml")).hasSize(1);
    }

    @Test
    void aStalledBodyTimesOutAndAHugeOneIsCutOff() throws Exception {
        site.answer("/stall.xml", (exchange, body) -> {
            exchange.sendResponseHeaders(200, 100);
            exchange.getResponseBody().write("<rss>".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        site.page("/huge.xml", "text/xml", "<rss>" + "y".repeat(200_000) + "</rss>");

        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher(0, Duration.ofMillis(400), Duration.ZERO, 1 << 20).get(uri("/stall.xml"), null, null))
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThatThrownBy(() -> fetcher(0, Duration.ofSeconds(5), Duration.ZERO, 10_000).get(uri("/huge.xml"), null, null))
                .hasMessageContaining("over 10000 bytes");
    }

    @Test
    void requestsToOneHostAreSpacedByTheDelay() throws Exception {
        site.page("/a.html", "text/html", "a");
        Fetcher fetcher = fetcher(0, Duration.ofSeconds(5), Duration.ofMillis(300), 1 << 20);
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            fetcher.get(uri("/a.html"), null, null);
        }
        // robots.txt and three pages: three gaps of at least the delay
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void noMoreRequestsToOneHostAreInFlightThanItsConcurrencyAllows() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        site.answer("/slow.html", (exchange, body) -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            TestSite.send(exchange, 200, "text/html", "slow".getBytes(StandardCharsets.UTF_8), null);
        });
        for (int concurrency : new int[] {1, 2}) {
            Fetcher fetcher = new Fetcher(new FetchSettings("evident-test/1 (tests)", Duration.ofSeconds(10),
                    Duration.ZERO, concurrency, 3, 0, Duration.ofMillis(20), 1 << 20));
            most.set(0);
            ExecutorService callers = Executors.newFixedThreadPool(4);
            try {
                List<Future<Fetcher.Response>> calls = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    calls.add(callers.submit(() -> fetcher.get(uri("/slow.html"), null, null)));
                }
                for (Future<Fetcher.Response> call : calls) {
                    assertThat(call.get().status()).isEqualTo(200);
                }
            } finally {
                callers.shutdownNow();
            }
            assertThat(most.get()).as("requests in flight at once, %d allowed", concurrency).isBetween(1, concurrency);
        }
    }

    @Test
    void anUnreadableRobotsTxtKeepsTheSiteAlone() {
        site.status("/robots.txt", 503);
        site.page("/a.html", "text/html", "a");
        assertThatThrownBy(() -> fetcher(0, Duration.ofSeconds(5), Duration.ZERO, 1 << 20).get(uri("/a.html"), null, null))
                .hasMessageContaining("robots.txt").hasMessageContaining("503");
        assertThat(site.requests("/a.html")).isEmpty();
    }
}
