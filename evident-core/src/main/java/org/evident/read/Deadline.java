package org.evident.read;

/** The time one record may take to become an article; long loops check it and give up with a reject. */
final class Deadline {

    private final long limitMillis;
    private final long startNanos;

    private Deadline(long limitMillis) {
        this.limitMillis = limitMillis;
        this.startNanos = System.nanoTime();
    }

    static Deadline start(long limitMillis) {
        return new Deadline(limitMillis);
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    boolean passed() {
        return elapsedMillis() > limitMillis;
    }

    /** @throws Failures.LimitExceeded once the time is up */
    void check() {
        if (passed()) {
            throw new Failures.LimitExceeded("reading took over " + limitMillis
                    + " ms, the limit per article (--max-ms-per-article raises it)");
        }
    }
}
