package org.evident.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * One open input: its first bytes for sniffing, gzip undone transparently, and bounded reading so that no single
 * document is read into memory past the limit.
 */
final class Input implements Closeable {

    static final int HEAD_BYTES = 64 * 1024;
    /** How far back the raw stream can be rewound after a look at the decompressed head. */
    private static final int REWIND_LIMIT = 4 << 20;

    private final String origin;
    private final BufferedInputStream raw;
    private final boolean gzip;
    private final byte[] head;
    private InputStream content;

    private Input(String origin, BufferedInputStream raw, boolean gzip, byte[] head) {
        this.origin = origin;
        this.raw = raw;
        this.gzip = gzip;
        this.head = head;
    }

    /** Opens a stream positioned at its start; the stream is owned by the input from now on. */
    static Input open(String origin, InputStream in) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(in, 64 * 1024);
        raw.mark(REWIND_LIMIT);
        byte[] magic = raw.readNBytes(2);
        raw.reset();
        boolean gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        byte[] head;
        raw.mark(REWIND_LIMIT);
        if (gzip) {
            head = gunzippedHead(raw);
        } else {
            head = raw.readNBytes(HEAD_BYTES);
        }
        raw.reset();
        return new Input(origin, raw, gzip, head);
    }

    private static byte[] gunzippedHead(InputStream raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream unzipped = new GZIPInputStream(new Unclosable(raw), 512)) {
            int n;
            while (out.size() < HEAD_BYTES && (n = unzipped.read(buffer, 0, Math.min(buffer.length, HEAD_BYTES - out.size()))) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (out.size() == 0) {
                throw e; // not even the start decompresses
            }
        }
        return out.toByteArray();
    }

    String origin() {
        return origin;
    }

    byte[] head() {
        return head;
    }

    boolean gzip() {
        return gzip;
    }

    /** The stream as stored, gzip and all, from its start (for WARC, whose reader handles per-record gzip). */
    InputStream raw() {
        return raw;
    }

    /** The content from its start, gzip undone. */
    InputStream content() throws IOException {
        if (content == null) {
            content = gzip ? new GZIPInputStream(raw, 64 * 1024) : raw;
        }
        return content;
    }

    /**
     * The whole content, or null when it is longer than {@code maxBytes}: reading stops just past the limit, so a
     * huge input costs no more memory than the limit.
     */
    byte[] readAll(long maxBytes) throws IOException {
        int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
        byte[] bytes = content().readNBytes(cap);
        return bytes.length > maxBytes ? null : bytes;
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }

    /** Keeps a decompressor from closing the stream it reads. */
    private static final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the raw stream stays open
        }
    }
}
