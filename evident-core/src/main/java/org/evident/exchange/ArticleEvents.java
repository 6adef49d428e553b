package org.evident.exchange;

import java.util.List;
import java.util.Objects;
import org.evident.model.Article;
import org.evident.model.EventRecord;

/**
 * One article and the event records extracted from it: the unit a batch job writes and a store imports, so that
 * an article and its records always travel (and are stored) together.
 */
public record ArticleEvents(Article article, List<EventRecord> events) {

    public ArticleEvents {
        Objects.requireNonNull(article, "article");
        events = List.copyOf(events);
    }
}
