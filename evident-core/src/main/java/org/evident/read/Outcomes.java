package org.evident.read;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Outcomes read one at a time from inputs that stay open until the end is reached or {@link #close()} is called.
 * Only the record being read is held in memory, so a crawl of any size streams through.
 */
public interface Outcomes extends Iterator<ReadOutcome>, AutoCloseable {

    /** Releases the open input; safe to call twice. */
    @Override
    void close();

    /** A sequential stream over the outcomes that closes the input when the stream is closed. */
    default Stream<ReadOutcome> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /** Outcomes already in memory. */
    static Outcomes of(List<ReadOutcome> outcomes) {
        Iterator<ReadOutcome> iterator = List.copyOf(outcomes).iterator();
        return new Outcomes() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public ReadOutcome next() {
                if (!iterator.hasNext()) {
                    throw new NoSuchElementException();
                }
                return iterator.next();
            }

            @Override
            public void close() {
                // nothing open
            }
        };
    }

    /** One outcome. */
    static Outcomes of(ReadOutcome outcome) {
        return of(List.of(outcome));
    }
}
