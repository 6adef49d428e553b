package org.evident.read;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small web archives with jwarc, shaped like CC-NEWS files: a request and a response record per page. */
final class Warcs implements AutoCloseable {

    private final FileChannel channel;
    private final WarcWriter writer;
    private long lastResponseAt;

    Warcs(Path file, boolean gzip) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** A fetched page: the request record, then the response record. */
    Warcs page(String url, int status, String contentType, byte[] body) throws IOException {
        URI uri = URI.create(url);
        HttpRequest request = new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost()).build();
        writer.write(new WarcRequest.Builder(uri).date(Instant.parse("2024-03-15T00:00:00Z")).body(request).build());
        lastResponseAt = writer.position();
        HttpResponse response = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body).build();
        writer.write(new WarcResponse.Builder(uri).date(Instant.parse("2024-03-15T00:00:00Z")).body(response).build());
        return this;
    }

    Warcs html(String url, String html, Charset charset) throws IOException {
        return page(url, 200, "text/html; charset=" + charset.name(), html.getBytes(charset));
    }

    Warcs html(String url, String html) throws IOException {
        return html(url, html, StandardCharsets.UTF_8);
    }

    /** Where the last response record starts. */
    long lastResponseAt() {
        return lastResponseAt;
    }

    @Override
    public void close() throws IOException {
        writer.close();
        channel.close();
    }

    /** A page whose story is the paragraph given. */
    static String page(String title, String paragraph) {
        return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"2024-03-14\">"
                + "</head><body><nav><a href=\"/\">Home</a></nav><article><p>" + paragraph + "</p></article></body></html>";
    }
}
