package org.evident.ingest;

import java.time.LocalDate;

/**
 * What the user tells the readers about articles that do not say it themselves.
 *
 * @param published     publication date for articles without their own date, or null
 * @param title         title for articles without their own, or null
 * @param maxArticleChars longest body accepted, in characters
 */
public record ReadOptions(LocalDate published, String title, int maxArticleChars) {

    public static final int DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;

    public static ReadOptions defaults() {
        return new ReadOptions(null, null, DEFAULT_MAX_ARTICLE_CHARS);
    }

    public ReadOptions {
        if (maxArticleChars <= 0) {
            throw new IllegalArgumentException("maxArticleChars must be positive, was " + maxArticleChars);
        }
    }
}
