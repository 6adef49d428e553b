package org.evident.store;

/**
 * A stored article as a list of articles shows it.
 *
 * @param article     what identifies it
 * @param recordCount how many event records it gave
 */
public record ArticleListing(ArticleRef article, int recordCount) {}
