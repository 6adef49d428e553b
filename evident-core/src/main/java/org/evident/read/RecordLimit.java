package org.evident.read;

import java.util.NoSuchElementException;

/** Stops reading a file after the most records one file may give, with one reject that says so. */
final class RecordLimit implements Outcomes {

    private final Outcomes inner;
    private final String origin;
    private final int limit;
    private int count;
    private boolean reported;

    RecordLimit(Outcomes inner, String origin, int limit) {
        this.inner = inner;
        this.origin = origin;
        this.limit = limit;
    }

    @Override
    public boolean hasNext() {
        return count < limit ? inner.hasNext() : !reported && inner.hasNext();
    }

    @Override
    public ReadOutcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (count < limit) {
            count++;
            return inner.next();
        }
        reported = true;
        inner.close();
        return new ReadOutcome.Rejected(origin, "more than " + limit
                + " records in one file, the limit per file; the rest of the file is not read");
    }

    @Override
    public void close() {
        inner.close();
    }
}
