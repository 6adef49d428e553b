package org.evident.store;

/**
 * What saving one article did.
 *
 * @param articleId the article's content hash
 * @param stored    false when the article was already in the store, so nothing changed
 * @param records   records stored
 * @param newEvents events the records started
 * @param merged    records that joined an event already in the store
 */
public record Saved(String articleId, boolean stored, int records, int newEvents, int merged) {

    static Saved skipped(String articleId) {
        return new Saved(articleId, false, 0, 0, 0);
    }
}
