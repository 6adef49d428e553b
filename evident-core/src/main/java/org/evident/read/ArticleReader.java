package org.evident.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads one input of any supported kind into articles: plain text (with optional front matter), HTML pages,
 * RSS and Atom feeds, news-please JSON, JSON arrays and JSON Lines, and WARC web archives; any of them gzipped.
 * The format is told from the content, not the file name. Every problem becomes a {@link ReadOutcome.Rejected}
 * naming the input, the record's position in it and the reason; nothing here throws for bad input.
 *
 * <p>{@link #open} streams: only the record being read is in memory. The {@code read} methods collect everything
 * into a list for small inputs. For directories, globs and standard input, see {@link Readers}.
 */
public final class ArticleReader {

    private final ReadOptions options;
    private final Finish finish;

    public ArticleReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.finish = new Finish(options);
    }

    public ReadOptions options() {
        return options;
    }

    /** Reads one file. */
    public List<ReadOutcome> read(Path path) {
        return collect(open(path));
    }

    /** Reads a stream to its end, e.g. standard input. */
    public List<ReadOutcome> read(String origin, InputStream in) {
        return collect(open(origin, in));
    }

    /** Reads the bytes of one input. */
    public List<ReadOutcome> read(String origin, byte[] bytes) {
        return collect(open(origin, new ByteArrayInputStream(bytes)));
    }

    /** Opens one file for reading record by record; the caller closes the outcomes (or reads them to the end). */
    public Outcomes open(Path path) {
        String origin = path.toString();
        if (Files.isDirectory(path)) {
            return Outcomes.of(new ReadOutcome.Rejected(origin, "is a directory, not an article file"));
        }
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (IOException | RuntimeException e) {
            return Outcomes.of(new ReadOutcome.Rejected(origin, Failures.describe(e)));
        }
        return open(origin, in, path);
    }

    /**
     * A fetched feed parsed once, its items' articles read on demand (for a watcher, which asks for few of them).
     *
     * @throws IllegalArgumentException with a one-line reason when the bytes are no readable RSS or Atom feed
     */
    public FeedItems feedItems(String origin, byte[] bytes) {
        return FeedItems.parse(origin, Texts.decodeMarkup(bytes, null, options.charset()).text(), finish);
    }

    /** Opens a stream for reading record by record; the outcomes own the stream and close it. */
    public Outcomes open(String origin, InputStream in) {
        return open(origin, in, null);
    }

    /** {@code file} is where the stream comes from, or null: a WARC file can be searched past a damaged record. */
    private Outcomes open(String origin, InputStream in, Path file) {
        Input input;
        try {
            input = Input.open(origin, in);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            return Outcomes.of(new ReadOutcome.Rejected(origin, Failures.describe(e)));
        }
        try {
            return new RecordLimit(dispatch(input, file), origin, options.maxRecordsPerFile());
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            closeQuietly(input);
            return Outcomes.of(new ReadOutcome.Rejected(origin, Failures.describe(e)));
        }
    }

    private Outcomes dispatch(Input input, Path file) throws IOException {
        String origin = input.origin();
        Format format = Format.sniff(input.head(), origin);
        switch (format) {
            case WARC:
                if (file != null && Files.isRegularFile(file)) {
                    closeQuietly(input);
                    return WarcArticles.read(origin, file, finish);
                }
                return WarcArticles.read(origin, input.raw(), finish);
            case JSONL:
                return JsonArticles.lines(origin, input.content(), finish, input);
            case EMPTY:
                return rejectAndClose(input, input.gzip() ? "empty file (gzip holding nothing)" : "empty file");
            case BINARY:
                return rejectAndClose(input, "binary content, not text (NUL or control bytes)");
            default:
                break;
        }
        byte[] bytes = input.readAll(options.maxRecordBytes());
        closeQuietly(input);
        if (bytes == null) {
            return Outcomes.of(new ReadOutcome.Rejected(origin, "input is over " + options.maxRecordBytes()
                    + " bytes, the limit for one document; not read (--max-record-bytes raises it)"));
        }
        return document(origin, format, bytes);
    }

    private Outcomes document(String origin, Format format, byte[] bytes) {
        try {
            switch (format) {
                case HTML:
                    return Outcomes.of(htmlOutcome(origin, bytes, null, null, finish));
                case FEED:
                    return FeedArticles.read(origin, Texts.decodeMarkup(bytes, null, options.charset()).text(), finish);
                case XML:
                    return Outcomes.of(new ReadOutcome.Rejected(origin, "XML, but neither an RSS nor an Atom feed"));
                default:
                    break;
            }
            String text = decodeText(bytes, options);
            if (text.isBlank()) {
                return Outcomes.of(new ReadOutcome.Rejected(origin, "no text (only white space)"));
            }
            if (format == Format.JSON) {
                return JsonArticles.document(origin, text, finish);
            }
            return Outcomes.of(finish.outcome(origin, PlainText.draft(text)));
        } catch (Texts.InvalidUtf8Exception e) {
            String hint = options.charset() == null ? "; give the charset if it is another one" : "";
            return Outcomes.of(new ReadOutcome.Rejected(origin, e.getMessage() + hint));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcomes.of(new ReadOutcome.Rejected(origin, Failures.describe(e)));
        }
    }

    /** One HTML page; {@code transportCharset} and {@code baseUri} come from HTTP when the page was crawled. */
    static ReadOutcome htmlOutcome(String origin, byte[] bytes, String transportCharset, String baseUri, Finish finish) {
        Deadline deadline = Deadline.start(finish.options().maxMillisPerArticle());
        try {
            if (Texts.looksBinary(bytes)) {
                return new ReadOutcome.Rejected(origin, "binary content, not an HTML page");
            }
            String html = Texts.decodeMarkup(bytes, transportCharset, finish.options().charset()).text();
            Draft draft = HtmlArticles.draft(html, baseUri, deadline);
            deadline.check();
            return finish.outcome(origin, draft);
        } catch (RuntimeException | StackOverflowError e) {
            return new ReadOutcome.Rejected(origin, Failures.describe(e));
        }
    }

    /** Plain text and JSON are UTF-8 unless the user names another charset. */
    static String decodeText(byte[] bytes, ReadOptions options) throws Texts.InvalidUtf8Exception {
        if (options.charset() == null) {
            return Texts.decodeUtf8(bytes);
        }
        return Texts.decodeMarkup(bytes, options.charset().name(), null).text();
    }

    /** The first line, when it stands alone above a blank line and is short enough to be a headline. */
    public static String headline(String text) {
        String stripped = text.stripLeading();
        int newline = stripped.indexOf('\n');
        if (newline <= 0 || newline > 200) {
            return null;
        }
        String rest = stripped.substring(newline + 1);
        boolean blankFollows = rest.startsWith("\n") || rest.startsWith("\r\n") || rest.isBlank();
        String line = stripped.substring(0, newline).strip();
        return blankFollows && !line.isEmpty() ? line : null;
    }

    private static Outcomes rejectAndClose(Input input, String reason) {
        closeQuietly(input);
        return Outcomes.of(new ReadOutcome.Rejected(input.origin(), reason));
    }

    private static List<ReadOutcome> collect(Outcomes outcomes) {
        List<ReadOutcome> list = new ArrayList<>();
        try (outcomes) {
            outcomes.forEachRemaining(list::add);
        }
        return list;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // nothing more to read from it anyway
        }
    }
}
