package org.evident.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Web archives (WARC, plain or gzip per record, as Common Crawl's CC-NEWS files are) through jwarc: one article per
 * HTTP response record holding an HTML page. Request, metadata and warcinfo records, redirects, errors and other
 * responses are not articles and pass silently. A record is named by the file and its offset: "crawl.warc.gz@4096".
 * RSS and Atom feeds in the archive give their items at the end, except items whose page the archive holds too:
 * those are read from the page, which has the whole text.
 *
 * <p>In a file, a damaged record costs only itself: reading resumes at the next record found after it (the next
 * gzip member, or the next "WARC/1." line). From a stream, which cannot be searched, the rest is rejected.
 */
final class WarcArticles {

    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml", "application/xml", "text/xml");
    private static final byte[] GZIP_MEMBER = {0x1F, (byte) 0x8B, 0x08};
    private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

    private WarcArticles() {}

    /** A WARC stream, read to its end or to its first damaged record. */
    static Outcomes read(String origin, InputStream raw, Finish finish) throws IOException {
        WarcReader reader = new WarcReader(raw);
        reader.onWarning(warning -> { }); // recoverable oddities; the records still read
        HeldItems held = new HeldItems(finish.options().maxRecordsPerFile());
        return new Cursor(origin, reader) {
            private long lastPosition;
            private boolean ended;

            @Override
            ReadOutcome computeNext() {
                while (!ended) {
                    try {
                        Optional<WarcRecord> next = reader.next();
                        if (next.isEmpty()) {
                            ended = true;
                            break;
                        }
                        lastPosition = reader.position();
                        ReadOutcome outcome = outcome(origin + "@" + lastPosition, next.get(), finish, held);
                        if (outcome != null) {
                            return outcome;
                        }
                    } catch (IOException | RuntimeException e) {
                        ended = true;
                        return new ReadOutcome.Rejected(position(), Failures.describe(e)
                                + "; the rest of this input is not read");
                    }
                }
                return held.next(origin);
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
        HeldItems held = new HeldItems(finish.options().maxRecordsPerFile());
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
                            reader = null;
                            break;
                        }
                        lastPosition = reader.position();
                        resumedWithoutRecord = false;
                        ReadOutcome outcome = outcome(origin + "@" + lastPosition, next.get(), finish, held);
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
                return held.next(origin);
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

    /** The outcome of one record, or null for a record that is no article (or a feed, whose items wait). */
    private static ReadOutcome outcome(String origin, WarcRecord record, Finish finish, HeldItems held)
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
        String type = baseType(contentType);
        boolean html = type.equals("text/html") || type.equals("application/xhtml+xml");
        if (http.status() != 200 || !html && !FEED_TYPES.contains(type)) {
            return null;
        }
        String target = response.target();
        if (html) {
            held.page(target);
        }
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
        if (!html) {
            if (Format.sniff(body, null) == Format.FEED) {
                String xml = Texts.decodeMarkup(body, Texts.charsetParameter(contentType), null).text();
                held.add(FeedArticles.items(origin, xml, finish));
            }
            return null;
        }
        ReadOutcome outcome = ArticleReader.htmlOutcome(origin, body, Texts.charsetParameter(contentType), target, finish);
        if (outcome instanceof ReadOutcome.Read read) {
            held.page(read.article().url());
        }
        return outcome;
    }

    /** "text/html" from "text/HTML; charset=utf-8"; empty for nothing usable. */
    private static String baseType(String contentType) {
        if (contentType.isBlank()) {
            return "";
        }
        MediaType type = MediaType.parseLeniently(contentType).base();
        return (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    }

    /**
     * Feed items met in an archive, held back to its end: an item whose page the archive also holds is that page's
     * article already, so only the others are read from the feed. At most the record limit of items is held.
     */
    private static final class HeldItems {
        private final Set<String> pages = new HashSet<>();
        private final List<FeedArticles.Item> items = new ArrayList<>();
        private final int limit;
        private int dropped;
        private int next;

        HeldItems(int limit) {
            this.limit = limit;
        }

        void page(String url) {
            if (url != null) {
                pages.add(key(url));
            }
        }

        void add(List<FeedArticles.Item> more) {
            for (FeedArticles.Item item : more) {
                if (items.size() < limit) {
                    items.add(item);
                } else {
                    dropped++;
                }
            }
        }

        /** The next item whose page was not in the archive, then one reject for items over the limit, then null. */
        ReadOutcome next(String origin) {
            while (next < items.size()) {
                FeedArticles.Item item = items.get(next++);
                if (item.link() == null || !pages.contains(key(item.link()))) {
                    return item.outcome();
                }
            }
            if (dropped > 0) {
                int count = dropped;
                dropped = 0;
                return new ReadOutcome.Rejected(origin, count + " feed items over the limit of " + limit
                        + " records per file were not read (--max-records raises it)");
            }
            return null;
        }

        /** The same page whatever the scheme, fragment or trailing slash. */
        private static String key(String url) {
            String key = url.strip().replaceFirst("^https?://", "").replaceFirst("#.*$", "");
            return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
        }
    }
}
