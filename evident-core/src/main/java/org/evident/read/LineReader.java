package org.evident.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines of bytes from a stream without ever holding more than the limit: a longer line is counted and
 * skipped, and comes back as too long with its length.
 */
final class LineReader {

    /** One line without its terminator; {@code bytes} is null when the line was longer than the limit. */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long lineNumber;
    private boolean ended;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean tooLong = false;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                if (length == 0) {
                    return null;
                }
                break;
            }
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int count = end - position;
            length += count;
            if (!tooLong && length > maxLineBytes) {
                tooLong = true;
                line = null;
            }
            if (!tooLong) {
                line.write(buffer, position, count);
            }
            position = end;
            if (newline >= 0) {
                position++;
                break;
            }
        }
        lineNumber++;
        if (tooLong) {
            return new Line(lineNumber, null, length);
        }
        byte[] bytes = line.toByteArray();
        int trimmed = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new Line(lineNumber, trimmed == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, trimmed), length);
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
