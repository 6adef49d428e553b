package org.evident.read;

import java.util.Objects;
import org.evident.model.Article;

/** What reading one input record gave: an article, or a reject that names the input and the reason. */
public sealed interface ReadOutcome {

    /**
     * Where the record came from: the input's name, with the record's position when the input holds several:
     * "dump.jsonl:12" (line), "dump.json[3]" (array element), "feed.xml#item-3" (feed item), "crawl.warc.gz@40961"
     * (WARC record offset), "&lt;stdin&gt;" for standard input.
     */
    String origin();

    /** An article that was read. */
    record Read(Article article) implements ReadOutcome {
        public Read {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    /** An input that could not be read, and why, in words a user can act on; always one line. */
    record Rejected(String origin, String reason) implements ReadOutcome {
        public Rejected {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
            origin = origin.replaceAll("[\\r\\n]+", " ");
            reason = reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        }

        /** One line for the terminal: "origin: reason". */
        public String message() {
            return origin + ": " + reason;
        }
    }
}
