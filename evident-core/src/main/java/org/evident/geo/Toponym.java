package org.evident.geo;

import java.util.Objects;

/**
 * A place name as it stands in an article.
 *
 * @param name  the words, as written ("al-Mukalla", "northern Yemen")
 * @param begin character offset into the article body
 * @param end   character offset, exclusive
 */
public record Toponym(String name, int begin, int end) {

    public Toponym {
        Objects.requireNonNull(name, "name");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad toponym span [" + begin + ", " + end + ") for " + name);
        }
    }
}
