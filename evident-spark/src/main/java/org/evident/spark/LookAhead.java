package org.evident.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator over items computed one at a time as they are asked for, for inputs read as a stream. */
abstract class LookAhead<T> implements Iterator<T> {

    private T next;
    private boolean done;

    /** The next item, or null at the end; never called again after it returned null. */
    protected abstract T compute();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = compute();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = next;
        next = null;
        return item;
    }
}
