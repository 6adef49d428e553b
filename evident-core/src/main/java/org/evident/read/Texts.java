package org.evident.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decoding and sanity checks shared by the readers: byte-order marks, declared charsets, strict UTF-8. */
final class Texts {

    /** The HTML standard's default for undeclared, non-UTF-8 Western pages (a superset of ISO-8859-1). */
    static final Charset FALLBACK = Charset.forName("windows-1252");

    private static final Pattern CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);

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

    /** Text and the charset it was decoded with, and how that charset was chosen. */
    record Decoded(String text, Charset charset, String how) {}

    /** Decodes strict UTF-8; a leading byte-order mark is dropped. */
    static String decodeUtf8(byte[] bytes) throws InvalidUtf8Exception {
        int skip = hasUtf8Bom(bytes) ? 3 : 0;
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

    /**
     * Decodes markup (HTML, XML) whose charset may be declared. The order is the one browsers follow: a byte-order
     * mark, then the transport's charset (an HTTP header), then the document's own declaration (meta tag or XML
     * prolog) when its bytes really decode with it, then UTF-8 when the bytes are valid UTF-8, else windows-1252.
     */
    static Decoded decodeMarkup(byte[] bytes, String transportCharset, Charset userCharset) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, "byte-order mark");
        }
        Charset declared = charsetNamed(transportCharset);
        if (declared != null) {
            return new Decoded(lenient(bytes, declared), declared, "HTTP header");
        }
        Charset inDocument = charsetNamed(declaredInDocument(bytes));
        if (inDocument != null && decodesCleanly(bytes, inDocument)) {
            return new Decoded(new String(bytes, inDocument), inDocument, "declared in the document");
        }
        if (userCharset != null) {
            return new Decoded(lenient(bytes, userCharset), userCharset, "given by the user");
        }
        try {
            return new Decoded(decodeUtf8(bytes), StandardCharsets.UTF_8, "valid UTF-8");
        } catch (InvalidUtf8Exception e) {
            return new Decoded(new String(bytes, FALLBACK), FALLBACK, "fallback (not valid UTF-8)");
        }
    }

    /** The charset a meta tag or XML prolog in the first 4 KB declares, or null. */
    static String declaredInDocument(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.stripLeading().startsWith("<?xml")) {
            Matcher xml = XML_ENCODING.matcher(head);
            if (xml.find()) {
                return xml.group(1);
            }
        }
        int meta = head.toLowerCase(Locale.ROOT).indexOf("<meta");
        if (meta < 0) {
            return null;
        }
        Matcher charset = CHARSET.matcher(head);
        return charset.find(meta) ? charset.group(1) : null;
    }

    /** The charset parameter of a Content-Type value such as "text/html; charset=ISO-8859-1", or null. */
    static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = CHARSET.matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A charset by name, or null when the name is missing or unknown to this JVM. */
    static Charset charsetNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name.strip());
            // Pages that say ISO-8859-1 or US-ASCII are decoded as windows-1252, as browsers do.
            return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                    ? FALLBACK : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean decodesCleanly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String lenient(byte[] bytes, Charset charset) {
        return new String(bytes, charset);
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** UTF-8 or UTF-16 from a byte-order mark, or null. */
    static Charset bomCharset(byte[] bytes) {
        if (hasUtf8Bom(bytes)) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** True when the bytes look like a binary file rather than text: NUL bytes or many control characters. */
    static boolean looksBinary(byte[] bytes) {
        return looksBinary(bytes, Math.min(bytes.length, 8192));
    }

    /** The same check over the first {@code length} bytes; UTF-16 text with a byte-order mark is not binary. */
    static boolean looksBinary(byte[] bytes, int length) {
        if (bomCharset(bytes) != null && bomCharset(bytes) != StandardCharsets.UTF_8) {
            return false;
        }
        int sample = Math.min(length, 8192);
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
