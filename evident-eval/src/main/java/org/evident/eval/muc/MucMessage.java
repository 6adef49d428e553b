package org.evident.eval.muc;

import java.time.LocalDate;
import java.util.Objects;
import org.evident.model.Article;

/**
 * One MUC message as read from a text file.
 *
 * @param id        the message id ("DEV-MUC3-0001")
 * @param origin    file and message id, for messages
 * @param dateline  the place of the dateline ("SAN SALVADOR"), or null
 * @param published the date of the dateline, or null when it has none
 * @param body      the message text after its id line, as in the file
 */
public record MucMessage(String id, String origin, String dateline, LocalDate published, String body) {

    public MucMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(body, "body");
    }

    /** The message as an article: its body, dated by its dateline. */
    public Article article() {
        return new Article(null, origin, null, body, published, null, null, "en", "news");
    }
}
