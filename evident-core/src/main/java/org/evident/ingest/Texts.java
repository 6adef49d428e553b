package org.evident.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decoding and sanity checks shared by the readers. */
final class Texts {

    private Texts() {}

    /** Thrown for bytes that are not UTF-8, with the offset of the first bad byte. */
    static final class InvalidUtf8Exception extends Exception {
        private final int offset;

        InvalidUtf8Exception(int offset) {
            super("not valid UTF-8 (first bad byte at offset " + offset + ")");
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    /** Decodes strict UTF-8; a leading byte-order mark is dropped. */
    static String decodeUtf8(byte[] bytes) throws InvalidUtf8Exception {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidUtf8Exception(in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** True when the bytes look like a binary file rather than text: NUL bytes or many control characters. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }
}
