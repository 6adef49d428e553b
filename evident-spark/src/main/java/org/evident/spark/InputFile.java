package org.evident.spark;

import java.io.InputStream;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.input.PortableDataStream;
import org.evident.exchange.ArticleEvents;
import org.evident.exchange.ArticleEventsJson;
import org.evident.read.ArticleReader;
import org.evident.read.Outcomes;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;
import org.evident.pipeline.Pipelines;

/**
 * Turns one input file into work items with evident-core's {@link ArticleReader}, the reader {@code evident
 * extract} uses: plain text, HTML, feeds, news-please JSON and JSON Lines, WARC archives, any of them gzipped,
 * told from the content. The file is streamed record by record, so a crawl file of any size passes through a task
 * with only one record in memory. Nothing here throws for bad input: what cannot be read becomes a reject.
 */
final class InputFile {

    private static final ArticleReader READER = Pipelines.reader(ReadOptions.defaults());

    private InputFile() {}

    static Iterator<WorkItem> read(String uri, PortableDataStream stream) {
        String origin = origin(uri);
        try {
            return read(origin, stream.open());
        } catch (RuntimeException e) {
            return List.of(WorkItem.rejected(origin, "cannot be opened: " + e)).iterator();
        }
    }

    /** The work items of one stream, read as it is consumed; the stream is closed at its end. */
    static Iterator<WorkItem> read(String origin, InputStream in) {
        Outcomes outcomes = READER.open(origin, in);
        return new LookAhead<>() {
            @Override
            protected WorkItem compute() {
                if (outcomes.hasNext()) {
                    return item(outcomes.next());
                }
                outcomes.close();
                return null;
            }
        };
    }

    static WorkItem item(ReadOutcome outcome) {
        if (outcome instanceof ReadOutcome.Read read) {
            return item(read.article());
        }
        ReadOutcome.Rejected rejected = (ReadOutcome.Rejected) outcome;
        return WorkItem.rejected(rejected.origin(), rejected.reason());
    }

    static WorkItem item(Article article) {
        return WorkItem.article(article.origin(), ArticleEventsJson.write(new ArticleEvents(article, List.of())));
    }

    /** Local files are named by their path, as {@code evident extract} names them; other file systems by URI. */
    static String origin(String uri) {
        if (uri.startsWith("file:")) {
            try {
                return URI.create(uri).getPath();
            } catch (IllegalArgumentException e) {
                return uri.substring("file:".length());
            }
        }
        return uri;
    }
}
