package org.evident.store;

/**
 * What {@link Store#ingest} did with one article: skipped it (already stored), stored it, or found its
 * extraction failed (logged in the ingest log, nothing stored).
 *
 * @param saved   what saving did; for a skipped article {@code stored()} is false; null when extraction failed
 * @param failure why extraction failed, or null
 */
public record Ingested(Saved saved, String failure) {

    public boolean failed() {
        return failure != null;
    }

    public boolean stored() {
        return saved != null && saved.stored();
    }
}
