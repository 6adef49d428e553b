package org.evident.server;

import java.util.Objects;

/**
 * How the server listens and whom it lets in.
 *
 * @param bind         the address to listen on; 127.0.0.1 keeps the server to this machine
 * @param port         the port, or 0 for any free one
 * @param token        the bearer token writes need (and reads from other hosts, unless openReads)
 * @param openReads    whether clients on other hosts may read without the token
 * @param rateLimit    requests per second allowed to one client address (bursts up to twice that), or 0 for none
 * @param maxBodyBytes the largest request body accepted
 * @param ingestLanes  articles extracted at once from POST /api/articles (CoreNLP keeps a core busy per article)
 * @param bodyTimeoutMillis how long a request body may stop arriving before the request is answered 408
 */
public record ServerConfig(String bind, int port, String token, boolean openReads, int rateLimit, long maxBodyBytes,
                           int ingestLanes, long bodyTimeoutMillis) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_RATE_LIMIT = 50;
    public static final long DEFAULT_MAX_BODY_BYTES = 2L << 20;
    /** The option of evident serve that sets {@link #maxBodyBytes}, named in the 413 that a larger body gets. */
    public static final String MAX_BODY_OPTION = "--max-body-bytes";
    /** One lane per core: more would only share the cores, fewer would leave one idle. */
    public static final int DEFAULT_INGEST_LANES = Runtime.getRuntime().availableProcessors();
    /** Jetty's own idle timeout: long enough for a slow link, short enough not to hold a thread for nothing. */
    public static final long DEFAULT_BODY_TIMEOUT_MILLIS = 30_000;

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (rateLimit < 0) {
            throw new IllegalArgumentException("rate limit must be 0 (none) or more, was " + rateLimit);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException(MAX_BODY_OPTION + " must be at least 1, was " + maxBodyBytes);
        }
        if (ingestLanes < 1) {
            throw new IllegalArgumentException("ingest lanes must be at least 1, was " + ingestLanes);
        }
        if (bodyTimeoutMillis <= 0) {
            throw new IllegalArgumentException("the body timeout must be positive, was " + bodyTimeoutMillis);
        }
    }

    /** With one ingest lane per core and the default body timeout. */
    public ServerConfig(String bind, int port, String token, boolean openReads, int rateLimit, long maxBodyBytes) {
        this(bind, port, token, openReads, rateLimit, maxBodyBytes, DEFAULT_INGEST_LANES, DEFAULT_BODY_TIMEOUT_MILLIS);
    }

    /** Loopback only, on {@code port}, with the default limits. */
    public static ServerConfig local(int port, String token) {
        return new ServerConfig(DEFAULT_BIND, port, token, false, DEFAULT_RATE_LIMIT, DEFAULT_MAX_BODY_BYTES);
    }

    public ServerConfig withRateLimit(int perSecond) {
        return new ServerConfig(bind, port, token, openReads, perSecond, maxBodyBytes, ingestLanes, bodyTimeoutMillis);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(bind, port, token, openReads, rateLimit, bytes, ingestLanes, bodyTimeoutMillis);
    }

    public ServerConfig withOpenReads(boolean open) {
        return new ServerConfig(bind, port, token, open, rateLimit, maxBodyBytes, ingestLanes, bodyTimeoutMillis);
    }

    public ServerConfig withBodyTimeoutMillis(long millis) {
        return new ServerConfig(bind, port, token, openReads, rateLimit, maxBodyBytes, ingestLanes, millis);
    }

    public ServerConfig withIngestLanes(int lanes) {
        return new ServerConfig(bind, port, token, openReads, rateLimit, maxBodyBytes, lanes, bodyTimeoutMillis);
    }

    /** The answer to a body over the limit: the limit and the option that raises it. */
    public static String overTheLimit(long maxBodyBytes) {
        return "the body is over the limit of " + maxBodyBytes + " bytes (evident serve " + MAX_BODY_OPTION
                + " raises it)";
    }

    @Override
    public String toString() {
        return "ServerConfig[bind=" + bind + ", port=" + port + ", token=***, openReads=" + openReads + ", rateLimit="
                + rateLimit + ", maxBodyBytes=" + maxBodyBytes + ", ingestLanes=" + ingestLanes + ", bodyTimeoutMillis="
                + bodyTimeoutMillis + "]";
    }
}
