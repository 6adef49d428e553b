package org.evident.server;

/** A request the API refuses: the HTTP status and a one-line message for the client. */
final class ApiException extends RuntimeException {

    private final int status;
    private final Long retryAfterSeconds;

    ApiException(int status, String message) {
        this(status, message, null);
    }

    ApiException(int status, String message, Long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    int status() {
        return status;
    }

    /** Seconds a rate-limited client should wait, or null. */
    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
