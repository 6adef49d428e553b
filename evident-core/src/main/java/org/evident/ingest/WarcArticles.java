package org.evident.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Web archives (WARC, plain or gzip per record, as Common Crawl's CC-NEWS files are) through jwarc: one article per
 * HTTP response record holding an HTML page. Request, metadata and warcinfo records, redirects, errors and non-HTML
 * responses are not articles and pass silently. A record is named by the file and its offset: "crawl.warc.gz@4096".
 */
final class WarcArticles {

    private WarcArticles() {}

    static Outcomes read(String origin, InputStream raw, Finish finish) throws IOException {
        WarcReader reader = new WarcReader(raw);
        reader.onWarning(warning -> { }); // recoverable oddities; the records still read
        ReadOptions options = finish.options();
        return new Cursor(origin, reader) {
            private long lastPosition;

            @Override
            ReadOutcome computeNext() throws IOException {
                while (true) {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        return null;
                    }
                    lastPosition = reader.position();
                    ReadOutcome outcome = outcome(origin + "@" + lastPosition, next.get(), finish, options);
                    if (outcome != null) {
                        return outcome;
                    }
                }
            }

            @Override
            String position() {
                return origin + " after offset " + lastPosition;
            }
        };
    }

    /** The outcome of one record, or null for a record that is no article. */
    private static ReadOutcome outcome(String origin, WarcRecord record, Finish finish, ReadOptions options)
            throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return null;
        }
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException e) {
            return new ReadOutcome.Rejected(origin, "malformed HTTP response in WARC record: " + e.getMessage());
        }
        String contentType = http.headers().first("Content-Type").orElse("");
        if (http.status() != 200 || !isHtml(contentType)) {
            return null;
        }
        String target = response.target();
        if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            return new ReadOutcome.Rejected(origin, "page " + target + " was truncated by the crawler ("
                    + response.truncated().name().toLowerCase(Locale.ROOT) + ")");
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(options.maxRecordBytes() + 1, Integer.MAX_VALUE - 16));
        }
        if (body.length > options.maxRecordBytes()) {
            return new ReadOutcome.Rejected(origin, "page " + target + " is over " + options.maxRecordBytes()
                    + " bytes, the limit per record");
        }
        return ArticleReader.htmlOutcome(origin, body, Texts.charsetParameter(contentType), target, finish);
    }

    private static boolean isHtml(String contentType) {
        if (contentType.isBlank()) {
            return false;
        }
        MediaType type = MediaType.parseLeniently(contentType).base();
        String name = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return name.equals("text/html") || name.equals("application/xhtml+xml");
    }
}
