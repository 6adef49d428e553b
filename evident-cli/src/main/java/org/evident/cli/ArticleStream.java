package org.evident.cli;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.evident.read.Outcomes;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;

/** The articles of an input, read only as they are asked for, so that a long input is never held whole. */
final class ArticleStream implements Iterator<Article> {

    private final Outcomes outcomes;
    private final Consumer<ReadOutcome.Rejected> rejected;
    private Article next;
    private int read;

    /** @param rejected told of every record that could not be read, as it is met */
    ArticleStream(Outcomes outcomes, Consumer<ReadOutcome.Rejected> rejected) {
        this.outcomes = outcomes;
        this.rejected = rejected;
    }

    /** Articles read so far. */
    int read() {
        return read;
    }

    @Override
    public boolean hasNext() {
        while (next == null && outcomes.hasNext()) {
            ReadOutcome outcome = outcomes.next();
            if (outcome instanceof ReadOutcome.Read r) {
                next = r.article();
                read++;
            } else if (outcome instanceof ReadOutcome.Rejected r) {
                rejected.accept(r);
            }
        }
        return next != null;
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Article article = next;
        next = null;
        return article;
    }
}
