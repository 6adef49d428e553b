package org.evident.watch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches pages as a good citizen of the web: robots.txt is read once per host and obeyed, requests to one host are
 * spaced and limited ({@link HostGate}), each carries a clear User-Agent and asks for gzip, each has a deadline for
 * the whole exchange, redirects are followed a bounded number of times (each hop checked against robots.txt), and
 * network errors, 5xx and 429 answers are retried with exponential backoff. Thread-safe.
 */
public final class Fetcher {

    /** What a fetch gave: a page (status 200), or "not modified" (304) with no body. */
    public record Response(URI uri, int status, byte[] body, String contentType, String etag, String lastModified) {
        public boolean notModified() {
            return status == 304;
        }
    }

    /** How long a site's robots.txt is trusted before it is read again. */
    private static final Duration ROBOTS_TTL = Duration.ofHours(1);
    /** How long a robots.txt that could not be had (network error, 5xx) keeps the site closed. */
    private static final Duration ROBOTS_ERROR_TTL = Duration.ofMinutes(5);
    /** The longest Crawl-delay honoured: a site asking for more is fetched this often. */
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);
    /** The longest Retry-After honoured within one fetch; a longer one fails the fetch, to be tried next round. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private record RobotsEntry(Robots robots, String error, long expiresNanos) {}

    private final FetchSettings settings;
    private final HttpClient client;
    private final HostGate gate;
    private final Map<String, RobotsEntry> robots = new ConcurrentHashMap<>();

    public Fetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.timeout()).build();
        this.gate = new HostGate(settings.hostConcurrency());
    }

    /**
     * Fetches a URL, sending the validators of the copy already held (either may be null).
     *
     * @throws FetchException with the reason when no page and no "not modified" came of it
     */
    public Response get(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            checkScheme(current);
            Robots rules = robots(current);
            if (!rules.allows(pathAndQuery(current))) {
                throw new FetchException("robots.txt of " + current.getHost() + " disallows " + pathAndQuery(current), false);
            }
            // the validators go with every hop: a source that redirects is still the same document
            HttpResponse<byte[]> response = withRetries(current, etag, lastModified, crawlDelay(rules));
            int status = response.statusCode();
            if (isRedirect(status)) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchException("HTTP " + status + " without a Location", false);
                }
                if (hop >= settings.maxRedirects()) {
                    throw new FetchException("more than " + settings.maxRedirects() + " redirects (last to " + location + ")", false);
                }
                current = current.resolve(location.strip());
                continue;
            }
            if (status == 304) {
                return new Response(current, 304, new byte[0], null, etag, lastModified);
            }
            if (status != 200) {
                throw new FetchException("HTTP " + status, false);
            }
            byte[] body = decoded(response);
            return new Response(current, 200, body, response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    private static boolean isRedirect(int status) {
        return status >= 300 && status < 400 && status != 304;
    }

    private static void checkScheme(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new FetchException("not an http(s) URL: " + uri, false);
        }
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private Duration crawlDelay(Robots rules) {
        Duration asked = rules.crawlDelay();
        if (asked == null) {
            return settings.hostDelay();
        }
        Duration capped = asked.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : asked;
        return capped.compareTo(settings.hostDelay()) > 0 ? capped : settings.hostDelay();
    }

    /** The host's robots.txt rules, read on first use and again after {@link #ROBOTS_TTL}. */
    private Robots robots(URI uri) throws FetchException, InterruptedException {
        String key = hostKey(uri);
        RobotsEntry entry = robots.get(key);
        if (entry == null || System.nanoTime() - entry.expiresNanos() > 0) {
            entry = readRobots(uri);
            robots.put(key, entry);
        }
        if (entry.error() != null) {
            throw new FetchException(entry.error(), true);
        }
        return entry.robots();
    }

    private RobotsEntry readRobots(URI uri) throws InterruptedException {
        URI location = uri.resolve("/robots.txt");
        long now = System.nanoTime();
        try {
            HttpResponse<byte[]> response = withRetries(location, null, null, settings.hostDelay());
            // a site that moved to https or to www. redirects its robots.txt too: follow it, or the site stays closed
            for (int hop = 0; isRedirect(response.statusCode()) && hop < settings.maxRedirects(); hop++) {
                String next = response.headers().firstValue("Location").orElse(null);
                if (next == null) {
                    break;
                }
                location = location.resolve(next.strip());
                checkScheme(location);
                response = withRetries(location, null, null, settings.hostDelay());
            }
            int status = response.statusCode();
            if (status == 200) {
                String text = new String(decoded(response), StandardCharsets.UTF_8);
                return new RobotsEntry(Robots.parse(text, settings.robotsToken()), null, now + ROBOTS_TTL.toNanos());
            }
            if (status >= 400 && status < 500) { // no robots.txt (or none for us to read): everything is allowed
                return new RobotsEntry(Robots.ALLOW_ALL, null, now + ROBOTS_TTL.toNanos());
            }
            return new RobotsEntry(null, "robots.txt of " + uri.getHost() + " answers HTTP " + status
                    + "; the site is left alone until it can be read", now + ROBOTS_ERROR_TTL.toNanos());
        } catch (FetchException e) {
            return new RobotsEntry(null, "robots.txt of " + uri.getHost() + " cannot be read (" + e.getMessage()
                    + "); the site is left alone until it can be", now + ROBOTS_ERROR_TTL.toNanos());
        }
    }

    private static String hostKey(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }

    /** One request, attempted again after network errors, 5xx and 429 with a doubling wait. */
    private HttpResponse<byte[]> withRetries(URI uri, String etag, String lastModified, Duration delay)
            throws FetchException, InterruptedException {
        String failure = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            Duration wait = settings.backoff().multipliedBy(1L << Math.min(attempt, 20));
            try {
                HttpResponse<byte[]> response = once(uri, etag, lastModified, delay);
                int status = response.statusCode();
                if (status < 500 && status != 429) {
                    return response;
                }
                failure = "HTTP " + status;
                Duration retryAfter = retryAfter(response);
                if (retryAfter != null) {
                    if (retryAfter.compareTo(MAX_RETRY_AFTER) > 0) {
                        throw new FetchException(failure + ", retry after " + retryAfter.toSeconds() + " s", true);
                    }
                    wait = retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
                }
            } catch (HttpTimeoutException | TimeoutException e) {
                failure = "timed out after " + Durations.format(settings.timeout());
            } catch (TooLarge e) {
                throw new FetchException("body over " + settings.maxBytes() + " bytes", false);
            } catch (IOException e) {
                failure = "network error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            if (attempt < settings.retries()) {
                Thread.sleep(wait.toMillis());
            }
        }
        throw new FetchException(failure + (settings.retries() > 0 ? " (" + (settings.retries() + 1) + " attempts)" : ""), true);
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").strip();
        return value.matches("\\d{1,6}") ? Duration.ofSeconds(Long.parseLong(value)) : null;
    }

    private HttpResponse<byte[]> once(URI uri, String etag, String lastModified, Duration delay)
            throws IOException, TimeoutException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
                .header("User-Agent", settings.userAgent()).header("Accept-Encoding", "gzip")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        String host = hostKey(uri);
        gate.acquire(host, delay);
        CompletableFuture<HttpResponse<byte[]>> pending = null;
        try {
            pending = client.sendAsync(request.build(), info -> new LimitedBody(settings.maxBytes()));
            // the deadline covers the body too: a server that sends headers and then stalls cannot hold a thread
            return pending.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge tooLarge) {
                throw tooLarge;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        } catch (TimeoutException | InterruptedException e) {
            pending.cancel(true); // a stopping watch must not leave the exchange holding a connection
            throw e;
        } finally {
            gate.release(host);
        }
    }

    /** The body with gzip undone, checked against the size limit once more (a small gzip can hold a lot). */
    private byte[] decoded(HttpResponse<byte[]> response) throws FetchException {
        byte[] body = response.body();
        String encoding = response.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] plain = in.readNBytes((int) Math.min(settings.maxBytes() + 1, Integer.MAX_VALUE - 16));
            if (plain.length > settings.maxBytes()) {
                throw new FetchException("body over " + settings.maxBytes() + " bytes once gzip is undone", false);
            }
            return plain;
        } catch (IOException e) {
            throw new FetchException("broken gzip body: " + e.getMessage(), true);
        }
    }

    /** A body that is over the limit: the exchange is cut off when it passes it. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("body over the size limit");
        }
    }

    /** Collects a body up to a limit, cancelling the exchange past it. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(long max) {
            this.max = max;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                if (out.size() + (long) item.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        @Override
        public CompletableFuture<byte[]> getBody() {
            return result;
        }
    }
}
