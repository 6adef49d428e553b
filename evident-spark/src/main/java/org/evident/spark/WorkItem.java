package org.evident.spark;

import java.io.Serializable;

/**
 * What the read stage hands to extraction: an article (as interchange JSON, so that it crosses Spark's shuffle
 * with plain Java serialization) or the reason an input could not be read.
 *
 * @param origin      the input (file, file:line, WARC record URI)
 * @param articleJson the article as {@code ArticleEventsJson.articleNode}, or null for a reject
 * @param reason      why the input was rejected, or null for an article
 */
record WorkItem(String origin, String articleJson, String reason) implements Serializable {

    static WorkItem article(String origin, String articleJson) {
        return new WorkItem(origin, articleJson, null);
    }

    static WorkItem rejected(String origin, String reason) {
        return new WorkItem(origin, null, reason);
    }

    boolean isRejected() {
        return reason != null;
    }
}
