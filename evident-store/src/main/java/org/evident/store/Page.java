package org.evident.store;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param total  how many items match in all
 * @param offset how many matching items come before this page
 * @param limit  the most items a page holds
 * @param items  this page's items
 */
public record Page<T>(long total, int offset, int limit, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Checks paging values from a user.
     *
     * @throws IllegalArgumentException naming the value that is out of range
     */
    public static void check(int offset, int limit, int maxLimit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
        }
        if (limit < 1 || limit > maxLimit) {
            throw new IllegalArgumentException("limit must be between 1 and " + maxLimit + ", was " + limit);
        }
    }
}
