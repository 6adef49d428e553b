package org.evident.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from its input. Offsets in every record index {@link #body()}.
 *
 * @param id        content hash of the body: the same text always gets the same id
 * @param origin    where it was read from (file name, file name + line), for messages
 * @param title     headline, or null
 * @param body      the text that offsets refer to
 * @param published publication date, or null when unknown
 * @param url       canonical URL, or null
 * @param source    publication or domain, or null
 * @param language  ISO 639-1 code, "en" unless known otherwise
 * @param section   the page's own section or genre label ("opinion", "news"), or null
 */
public record Article(String id, String origin, String title, String body, LocalDate published,
                      String url, String source, String language, String section) {

    public Article {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(origin, "origin");
        if (id == null) {
            id = contentHash(body);
        }
        if (language == null) {
            language = "en";
        }
    }

    /** An article with only a body; the rest unknown. */
    public static Article of(String origin, String body, LocalDate published) {
        return new Article(null, origin, null, body, published, null, null, null, null);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, origin, title, body, date, url, source, language, section);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, origin, newTitle, body, published, url, source, language, section);
    }

    /** The same article (same id) with a body of the same length, as annotation reads it. */
    public Article withBody(String newBody) {
        return new Article(id, origin, title, newBody, published, url, source, language, section);
    }

    /** The first 16 hex digits of the SHA-256 of the text: 64 bits, enough to tell articles apart. */
    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
