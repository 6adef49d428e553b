package org.evident.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Optional;
import org.evident.ingest.ReadOptions;
import org.evident.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Articles from a WARC file (CC-NEWS and other crawls), streamed record by record: HTTP 200 HTML responses become
 * articles (title, and the text of the page's paragraphs, dated by the page's published-time meta tag or else the
 * capture date); text/plain resource and conversion records are read as text. Requests, metadata and other records
 * are skipped. A minimal reader until evident-core's own HTML and WARC readers replace it.
 */
final class WarcArticles extends LookAhead<WorkItem> {

    private final String file;
    private final WarcReader reader;
    private boolean finished;

    private WarcArticles(String file, WarcReader reader) {
        this.file = file;
        this.reader = reader;
    }

    static Iterator<WorkItem> read(String file, InputStream in) throws IOException {
        return new WarcArticles(file, new WarcReader(in));
    }

    @Override
    protected WorkItem compute() {
        while (!finished) {
            Optional<WarcRecord> record;
            try {
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                // A broken record boundary cannot be skipped: the rest of the file is lost, and said so.
                close();
                return WorkItem.rejected(file + "@" + reader.position(), "WARC cannot be read further: " + e);
            }
            if (record.isEmpty()) {
                close();
                return null;
            }
            WorkItem item = item(record.get());
            if (item != null) {
                return item;
            }
        }
        return null;
    }

    private WorkItem item(WarcRecord record) {
        if (!(record instanceof WarcResponse || record instanceof WarcResource || record instanceof WarcConversion)) {
            return null;
        }
        WarcTargetRecord target = (WarcTargetRecord) record;
        String origin = file + "#" + target.target();
        try {
            if (record instanceof WarcResponse response) {
                return response(origin, response);
            }
            Optional<MediaType> type = target.payload().map(p -> p.type().base());
            if (type.isPresent() && type.get().equals(MediaType.PLAIN_TEXT)) {
                byte[] bytes = target.payload().get().body().stream().readAllBytes();
                return InputFile.read(origin, bytes).stream().findFirst().orElse(null);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return WorkItem.rejected(origin, "WARC record cannot be read: " + e);
        }
    }

    private static WorkItem response(String origin, WarcResponse response) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP) || response.http().status() != 200) {
            return null;
        }
        MediaType type = response.http().contentType();
        if (!type.base().equals(MediaType.HTML)) {
            return null;
        }
        Charset charset = charset(type);
        String html = new String(response.http().bodyDecoded().stream().readAllBytes(), charset);
        LocalDate captured = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        return article(origin, response.target(), html, captured);
    }

    /** The page's title and paragraphs as an article; a reject when the page has no paragraph text. */
    static WorkItem article(String origin, String url, String html, LocalDate captured) {
        Document page = Jsoup.parse(html, url);
        StringBuilder body = new StringBuilder();
        for (Element paragraph : page.select("p")) {
            String text = paragraph.text().strip();
            if (!text.isEmpty()) {
                body.append(body.isEmpty() ? "" : "\n\n").append(text);
            }
        }
        if (body.isEmpty()) {
            return WorkItem.rejected(origin, "HTML page without paragraph text");
        }
        if (body.length() > ReadOptions.DEFAULT_MAX_ARTICLE_CHARS) {
            return WorkItem.rejected(origin, "article is " + body.length() + " characters, over the limit of "
                    + ReadOptions.DEFAULT_MAX_ARTICLE_CHARS);
        }
        String title = page.title().isBlank() ? null : page.title().strip();
        String host = page.location().isEmpty() ? null : java.net.URI.create(url).getHost();
        Article article = new Article(null, origin, title, body.toString(), published(page, captured), url, host,
                null, null);
        return InputFile.item(article);
    }

    private static LocalDate published(Document page, LocalDate captured) {
        Element meta = page.selectFirst("meta[property=article:published_time], meta[name=date], "
                + "meta[itemprop=datePublished]");
        String value = meta == null ? "" : meta.attr("content");
        if (value.length() >= 10) {
            try {
                return LocalDate.parse(value.substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                return captured;
            }
        }
        return captured;
    }

    private static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private void close() {
        finished = true;
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be closed", e);
        }
    }
}
