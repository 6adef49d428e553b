package org.evident.watch;

import java.time.Duration;

/**
 * How a watch fetches: who it says it is, how long it waits, how politely and how persistently.
 *
 * @param userAgent       the User-Agent header; its first word (before '/') is the token robots.txt groups name
 * @param timeout         the most one request may take, from connecting to the last byte
 * @param hostDelay       the least time between the starts of two requests to one host
 * @param hostConcurrency the most requests in flight to one host
 * @param maxRedirects    redirects followed for one request before giving up
 * @param retries         further attempts after a network error, a 5xx or a 429
 * @param backoff         the wait before the first retry; each further one waits twice as long
 * @param maxBytes        the largest body accepted, after gzip is undone
 */
public record FetchSettings(String userAgent, Duration timeout, Duration hostDelay, int hostConcurrency,
                            int maxRedirects, int retries, Duration backoff, long maxBytes) {

    /** The token robots.txt groups are matched against: the User-Agent's product name. */
    public String robotsToken() {
        String first = userAgent.strip().split("[/\\s]", 2)[0];
        return first.isEmpty() ? "evident" : first;
    }
}
