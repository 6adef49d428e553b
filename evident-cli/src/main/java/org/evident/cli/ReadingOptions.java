package org.evident.cli;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evident.read.FieldMapping;
import org.evident.read.ReadOptions;
import picocli.CommandLine.Option;

/** The options of every command that reads articles: limits, JSON field mapping, charset and languages. */
final class ReadingOptions {

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_ARTICLE_CHARS,
            description = "Longest article body accepted, in characters (default: ${DEFAULT-VALUE}).")
    int maxArticleChars;

    @Option(names = "--max-record-bytes", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_RECORD_BYTES,
            description = "Largest document or record read (a page, a feed, a JSON line, a WARC payload), in bytes;"
                    + " larger ones are skipped unread (default: ${DEFAULT-VALUE}).")
    long maxRecordBytes;

    @Option(names = "--max-records", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_RECORDS_PER_FILE,
            description = "Most records read from one file: feed items, JSON lines, WARC records (default: ${DEFAULT-VALUE}).")
    int maxRecords;

    @Option(names = "--max-ms-per-article", paramLabel = "MS", defaultValue = "" + ReadOptions.DEFAULT_MAX_MILLIS_PER_ARTICLE,
            description = "Longest time reading one record may take, in milliseconds (default: ${DEFAULT-VALUE}).")
    long maxMillis;

    @Option(names = "--json-fields", paramLabel = "MAP",
            description = "Which JSON fields hold what, e.g. body=content,title=headline,published=meta.date"
                    + " ('|' separates alternatives; fields: body, title, published, url, source, language, section)."
                    + " Default: news-please's maintext|text, title, date_publish, url, source_domain.")
    String jsonFields;

    @Option(names = "--charset", paramLabel = "NAME",
            description = "Charset of plain text and JSON that is not UTF-8 (pages and feeds declare their own).")
    Charset charset;

    @Option(names = "--languages", paramLabel = "CODES", split = ",", defaultValue = "en",
            description = "Languages to accept, as ISO 639-1 codes (default: ${DEFAULT-VALUE}); articles in others"
                    + " are reported and skipped. A record's own language field wins; a text too short or too close"
                    + " a call to tell is read in the first language given.")
    List<String> languages;

    /**
     * The read options these flags give, with the command's own defaults for date and title.
     *
     * @throws IllegalArgumentException for a malformed field mapping or a limit that is not positive, saying which
     */
    ReadOptions options(LocalDate published, String title) {
        requirePositive("--max-article-chars", maxArticleChars);
        requirePositive("--max-record-bytes", maxRecordBytes);
        requirePositive("--max-records", maxRecords);
        requirePositive("--max-ms-per-article", maxMillis);
        FieldMapping mapping = jsonFields == null ? FieldMapping.NEWS_PLEASE : FieldMapping.parse(jsonFields);
        return new ReadOptions(published, title, maxArticleChars, maxRecordBytes, maxRecords, maxMillis, mapping,
                    languages.stream().map(code -> code.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new)),
                    charset);
    }

    private static void requirePositive(String option, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be positive, was " + value);
        }
    }
}
