package org.evident.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The base of the streaming readers: subclasses compute the next outcome or null at the end. Whatever a subclass
 * throws becomes one reject naming the input, and ends the input; the resource is closed at the end either way.
 */
abstract class Cursor implements Outcomes {

    private final String origin;
    private final Closeable resource;
    private ReadOutcome next;
    private boolean done;

    Cursor(String origin, Closeable resource) {
        this.origin = origin;
        this.resource = resource;
    }

    /** The next outcome, or null when the input is used up. */
    abstract ReadOutcome computeNext() throws IOException;

    /** Where the reader is, for a reject that ends the input: "file:12", "file@4096". */
    String position() {
        return origin;
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = safeNext();
            if (next == null) {
                close();
            }
        }
        return next != null;
    }

    @Override
    public final ReadOutcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadOutcome result = next;
        next = null;
        return result;
    }

    private ReadOutcome safeNext() {
        try {
            return computeNext();
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            done = true;
            return new ReadOutcome.Rejected(position(), Failures.describe(e) + "; the rest of this input is not read");
        }
    }

    @Override
    public final void close() {
        if (done && resource == null) {
            return;
        }
        done = true;
        next = null;
        if (resource != null) {
            try {
                resource.close();
            } catch (IOException | RuntimeException e) {
                // closing a half-read input can fail; nothing is lost by ignoring it
            }
        }
    }
}
