package org.evident.read;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the user tells the readers: defaults for articles that do not say it themselves, and the limits that keep
 * one bad input from stalling a batch.
 *
 * @param published          publication date for articles without their own date, or null
 * @param title              title for articles without their own, or null
 * @param maxArticleChars    longest body accepted, in characters
 * @param maxRecordBytes     largest document or record held in memory (a page, a feed, a JSON line, a WARC
 *                           payload), in bytes; a larger one is skipped without being read in full
 * @param maxRecordsPerFile  most records read from one file (feed items, JSON lines, WARC records); the rest of the
 *                           file is rejected with one line
 * @param maxMillisPerArticle longest time turning one record into an article may take
 * @param jsonFields         which JSON fields hold the body, title, date and the rest
 * @param languages          ISO 639-1 codes of the languages accepted; articles in others are rejected. The
 *                           first is the reading language: a text that does not clearly show another language
 *                           (a short one, a close call) is read in it
 * @param charset            charset of plain text and JSON that is not UTF-8, or null to require UTF-8
 */
public record ReadOptions(LocalDate published, String title, int maxArticleChars, long maxRecordBytes,
                          int maxRecordsPerFile, long maxMillisPerArticle, FieldMapping jsonFields,
                          Set<String> languages, Charset charset) {

    public static final int DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;
    public static final long DEFAULT_MAX_RECORD_BYTES = 32L << 20;
    public static final int DEFAULT_MAX_RECORDS_PER_FILE = 1_000_000;
    public static final long DEFAULT_MAX_MILLIS_PER_ARTICLE = 10_000;

    public ReadOptions {
        requirePositive("maxArticleChars", maxArticleChars);
        requirePositive("maxRecordBytes", maxRecordBytes);
        requirePositive("maxRecordsPerFile", maxRecordsPerFile);
        requirePositive("maxMillisPerArticle", maxMillisPerArticle);
        Objects.requireNonNull(jsonFields, "jsonFields");
        languages = Collections.unmodifiableSet(new LinkedHashSet<>(languages));
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("languages must name at least one language");
        }
    }

    /** Defaults for date and title, a body limit, and the default limits for everything else. */
    public ReadOptions(LocalDate published, String title, int maxArticleChars) {
        this(published, title, maxArticleChars, DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_RECORDS_PER_FILE,
                DEFAULT_MAX_MILLIS_PER_ARTICLE, FieldMapping.NEWS_PLEASE, Set.of("en"), null);
    }

    /** The language a text is read in unless it clearly shows another: the first accepted one. */
    public String readingLanguage() {
        return languages.iterator().next();
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, null, DEFAULT_MAX_ARTICLE_CHARS);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    public ReadOptions withMaxRecordBytes(long bytes) {
        return new ReadOptions(published, title, maxArticleChars, bytes, maxRecordsPerFile, maxMillisPerArticle,
                jsonFields, languages, charset);
    }

    public ReadOptions withMaxRecordsPerFile(int records) {
        return new ReadOptions(published, title, maxArticleChars, maxRecordBytes, records, maxMillisPerArticle,
                jsonFields, languages, charset);
    }

    public ReadOptions withMaxMillisPerArticle(long millis) {
        return new ReadOptions(published, title, maxArticleChars, maxRecordBytes, maxRecordsPerFile, millis,
                jsonFields, languages, charset);
    }

    public ReadOptions withJsonFields(FieldMapping mapping) {
        return new ReadOptions(published, title, maxArticleChars, maxRecordBytes, maxRecordsPerFile,
                maxMillisPerArticle, mapping, languages, charset);
    }

    public ReadOptions withLanguages(Set<String> codes) {
        return new ReadOptions(published, title, maxArticleChars, maxRecordBytes, maxRecordsPerFile,
                maxMillisPerArticle, jsonFields, codes, charset);
    }

    public ReadOptions withCharset(Charset textCharset) {
        return new ReadOptions(published, title, maxArticleChars, maxRecordBytes, maxRecordsPerFile,
                maxMillisPerArticle, jsonFields, languages, textCharset);
    }
}
