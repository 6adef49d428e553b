package org.evident.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Web archives (WARC, plain or gzip per record, as Common Crawl's CC-NEWS files are) through jwarc: one article per
 * HTTP response record holding an HTML page. Request, metadata and warcinfo records, redirects, errors and non-HTML
 * responses are not articles and pass silently. A record is named by the file and its offset: "crawl.warc.gz@4096".
 *
 * <p>In a file, a damaged record costs only itself: reading resumes at the next record found after it (the next
 * gzip member, or the next "WARC/1." line). From a stream, which cannot be searched, the rest is rejected.
 */
final class WarcArticles {

    private static final byte[] GZIP_MEMBER = {0x1F, (byte) 0x8B, 0x08};
    private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

    private WarcArticles() {}

    /** A WARC stream, read to its end or to its first damaged record. */
    static Outcomes read(String origin, InputStream raw, Finish finish) throws IOException {
        WarcReader reader = new WarcReader(raw);
        reader.onWarning(warning -> { }); // recoverable oddities; the records still read
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
                    ReadOutcome outcome = outcome(origin + "@" + lastPosition, next.get(), finish);
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

    /** A WARC file, in which reading resumes after a damaged record. */
    static Outcomes read(String origin, Path file, Finish finish) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        return new Cursor(origin, channel) {
            private WarcReader reader = open(channel, 0);
            private final boolean gzip = reader.compression() == WarcCompression.GZIP;
            private long lastPosition;
            /** Where the search for the next record starts after damage: always past the last one found. */
            private long searchFrom;
            private boolean resumedWithoutRecord;

            @Override
            ReadOutcome computeNext() throws IOException {
                while (reader != null) {
                    try {
                        Optional<WarcRecord> next = reader.next();
                        if (next.isEmpty()) {
                            return null;
                        }
                        lastPosition = reader.position();
                        resumedWithoutRecord = false;
                        ReadOutcome outcome = outcome(origin + "@" + lastPosition, next.get(), finish);
                        if (outcome != null) {
                            return outcome;
                        }
                    } catch (IOException | RuntimeException e) {
                        ReadOutcome reject = resume(e);
                        if (reject != null) {
                            return reject;
                        }
                    }
                }
                return null;
            }

            /** Moves past damage to the next record; a reject unless this damage was already reported. */
            private ReadOutcome resume(Exception damage) throws IOException {
                boolean reported = resumedWithoutRecord;
                searchFrom = Math.max(searchFrom, lastPosition) + 1;
                long next = find(channel, searchFrom, gzip ? GZIP_MEMBER : WARC_LINE);
                long start = next < 0 || gzip ? next : next + 1; // a WARC line starts after its newline
                String at = origin + " after offset " + lastPosition;
                reader = null; // not closed: closing a reader closes the file it shares with the next one
                if (start >= 0) {
                    searchFrom = start;
                    reader = open(channel, start);
                    resumedWithoutRecord = true;
                }
                if (reported) {
                    return null;
                }
                String where = start >= 0 ? "; reading resumes at offset " + start : "; no later record found, the rest of this input is not read";
                return new ReadOutcome.Rejected(at, "damaged WARC data (" + Failures.describe(damage) + ")" + where);
            }

            @Override
            String position() {
                return origin + " after offset " + lastPosition;
            }
        };
    }

    private static WarcReader open(FileChannel channel, long position) throws IOException {
        channel.position(position);
        WarcReader reader = new WarcReader(channel);
        reader.onWarning(warning -> { });
        return reader;
    }

    /** The offset of the next occurrence of {@code pattern} at or after {@code from}, or -1. */
    static long find(FileChannel channel, long from, byte[] pattern) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long base = from;
        while (base < channel.size()) {
            buffer.clear();
            int n = channel.read(buffer, base);
            if (n <= 0) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i + pattern.length <= n; i++) {
                if (matches(bytes, i, pattern)) {
                    return base + i;
                }
            }
            if (n < pattern.length) {
                return -1;
            }
            base += n - pattern.length + 1;
        }
        return -1;
    }

    private static boolean matches(byte[] bytes, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (bytes[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    /** The outcome of one record, or null for a record that is no article. */
    private static ReadOutcome outcome(String origin, WarcRecord record, Finish finish) throws IOException {
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
        long limit = finish.options().maxRecordBytes();
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
        }
        if (body.length > limit) {
            return new ReadOutcome.Rejected(origin, "page " + target + " is over " + limit + " bytes, the limit per record");
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
