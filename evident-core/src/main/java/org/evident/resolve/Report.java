package org.evident.resolve;

import java.time.LocalDate;
import java.util.Objects;
import org.evident.model.EventRecord;

/**
 * One record as one article reported it: the record and the facts about its article that resolution needs.
 *
 * @param record      the event record
 * @param publication the publication or domain, or null
 * @param published   the article's publication date, or null
 */
public record Report(EventRecord record, String publication, LocalDate published) {

    public Report {
        Objects.requireNonNull(record, "record");
    }

    public String articleId() {
        return record.articleId();
    }
}
