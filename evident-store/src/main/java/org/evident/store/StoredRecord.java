package org.evident.store;

import java.time.LocalDate;
import org.evident.model.EventRecord;

/**
 * One stored record with its event and the facts of its article that exports need.
 *
 * @param eventId     the real event the record belongs to
 * @param title       the article's title, or null
 * @param url         the article's URL, or null
 * @param publication the article's publication or domain, or null
 * @param published   the article's publication date, or null
 */
public record StoredRecord(EventRecord record, long eventId, String title, String url, String publication,
                           LocalDate published) {}
