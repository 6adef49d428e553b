package org.evident.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.spark.input.PortableDataStream;
import org.evident.exchange.ArticleEvents;
import org.evident.exchange.ArticleEventsJson;
import org.evident.ingest.ArticleReader;
import org.evident.ingest.ReadOptions;
import org.evident.ingest.ReadOutcome;
import org.evident.model.Article;

/**
 * Turns one input file into work items: WARC files ({@code .warc}, {@code .warc.gz}) record by record, anything
 * else through evident-core's {@link ArticleReader} (plain text, news-please JSON, JSON Lines; {@code .gz}
 * decompressed first). Nothing here throws for bad input: a file or record that cannot be read becomes a reject.
 */
final class InputFile {

    private static final ArticleReader READER = new ArticleReader(ReadOptions.defaults());

    private InputFile() {}

    static Iterator<WorkItem> read(String uri, PortableDataStream stream) {
        String origin = origin(uri);
        String name = origin.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
                return WarcArticles.read(origin, stream.open());
            }
            if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
                InputStream in = stream.open();
                return jsonLines(name.endsWith(".gz") ? origin.substring(0, origin.length() - 3) : origin,
                        name.endsWith(".gz") ? new GZIPInputStream(in) : in);
            }
            if (name.endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(stream.open())) {
                    return read(origin.substring(0, origin.length() - 3), in.readAllBytes()).iterator();
                }
            }
            return read(origin, stream.toArray()).iterator();
        } catch (IOException | RuntimeException e) {
            return List.of(WorkItem.rejected(origin, "cannot be read: " + e)).iterator();
        }
    }

    /**
     * A JSON Lines file line by line, so that a dump of any size streams through a task: each line is read by
     * evident-core's reader as "file:line", the origin {@code evident extract} gives it.
     */
    static Iterator<WorkItem> jsonLines(String origin, InputStream in) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new LookAhead<>() {
            private int number;
            private boolean broken;

            @Override
            protected WorkItem compute() {
                if (broken) {
                    return null;
                }
                try {
                    for (String line; (line = lines.readLine()) != null; ) {
                        number++;
                        if (!line.isBlank()) {
                            return line(origin + ":" + number, line.getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    lines.close();
                    return null;
                } catch (IOException e) {
                    broken = true; // a stream that failed mid-way cannot be resynchronised
                    return WorkItem.rejected(origin + ":" + (number + 1), "cannot be read further: " + e.getMessage());
                }
            }
        };
    }

    /** One JSON line; a reject keeps the line's own origin. */
    private static WorkItem line(String origin, byte[] bytes) {
        List<ReadOutcome> outcomes = READER.read(origin, bytes);
        if (outcomes.size() == 1 && outcomes.get(0) instanceof ReadOutcome.Read read) {
            return item(read.article());
        }
        String reason = outcomes.stream().filter(o -> o instanceof ReadOutcome.Rejected)
                .map(o -> ((ReadOutcome.Rejected) o).reason()).findFirst().orElse("not one JSON article");
        return WorkItem.rejected(origin, reason);
    }

    /** What evident-core's reader makes of the bytes of one file, as work items. */
    static List<WorkItem> read(String origin, byte[] bytes) {
        return READER.read(origin, bytes).stream().map(InputFile::item).toList();
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
