package org.evident.watch;

/** A fetch that did not give a page, with the reason in one line a user can act on. */
public final class FetchException extends Exception {

    private final boolean retryable;

    FetchException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    /** Whether trying again later may help (a network error, a 5xx, a 429) rather than not (a 404, robots.txt). */
    public boolean retryable() {
        return retryable;
    }
}
