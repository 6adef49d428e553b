package org.evident.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.evident.model.Article;
import org.evident.model.Json;

/**
 * Reads plain-text articles and news-please JSON articles ({@code .json}: one object; {@code .jsonl}: one per
 * line). The format is told from the content: text that starts with '{' is JSON. Every problem becomes a
 * {@link ReadOutcome.Rejected} naming the input and the reason; nothing here throws for bad input.
 */
public final class ArticleReader {

    private final ReadOptions options;

    public ArticleReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Reads one file. */
    public List<ReadOutcome> read(Path path) {
        String origin = path.toString();
        if (Files.isDirectory(path)) {
            return List.of(new ReadOutcome.Rejected(origin, "is a directory, not an article file"));
        }
        try {
            return read(origin, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return List.of(new ReadOutcome.Rejected(origin, "no such file"));
        } catch (AccessDeniedException e) {
            return List.of(new ReadOutcome.Rejected(origin, "permission denied"));
        } catch (IOException | OutOfMemoryError e) {
            return List.of(new ReadOutcome.Rejected(origin, "cannot be read: " + e.getMessage()));
        }
    }

    /** Reads a stream to its end, e.g. standard input. */
    public List<ReadOutcome> read(String origin, InputStream in) {
        try {
            return read(origin, in.readAllBytes());
        } catch (IOException e) {
            return List.of(new ReadOutcome.Rejected(origin, "cannot be read: " + e.getMessage()));
        }
    }

    /** Reads the bytes of one input. */
    public List<ReadOutcome> read(String origin, byte[] bytes) {
        if (bytes.length == 0) {
            return reject(origin, "empty file");
        }
        if (Texts.looksBinary(bytes)) {
            return reject(origin, "binary content, not text (NUL or control bytes)");
        }
        String text;
        try {
            text = Texts.decodeUtf8(bytes);
        } catch (Texts.InvalidUtf8Exception e) {
            return reject(origin, e.getMessage());
        }
        if (text.isBlank()) {
            return reject(origin, "no text (only white space)");
        }
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            return origin.toLowerCase(Locale.ROOT).endsWith(".jsonl") || !isSingleJsonObject(text)
                    ? readJsonLines(origin, text)
                    : List.of(readJsonArticle(origin, text));
        }
        return List.of(checked(plainText(origin, text)));
    }

    private Article plainText(String origin, String text) {
        String title = options.title() != null ? options.title() : headline(text);
        return new Article(null, origin, title, text, options.published(), null, null, null, null);
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

    private static boolean isSingleJsonObject(String text) {
        try {
            Json.mapper().readTree(text);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private List<ReadOutcome> readJsonLines(String origin, String text) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                outcomes.add(readJsonArticle(origin + ":" + (i + 1), lines[i]));
            }
        }
        return outcomes;
    }

    private ReadOutcome readJsonArticle(String origin, String json) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return new ReadOutcome.Rejected(origin, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new ReadOutcome.Rejected(origin, "JSON is not an object");
        }
        String body = firstText(node, "maintext", "text");
        if (body == null) {
            return new ReadOutcome.Rejected(origin, "no article text: neither \"maintext\" nor \"text\" holds a string");
        }
        if (body.isBlank()) {
            return new ReadOutcome.Rejected(origin, "article text is empty");
        }
        LocalDate published = parseDate(firstText(node, "date_publish", "published", "date"));
        if (published == null) {
            published = options.published();
        }
        String title = firstText(node, "title");
        if (title == null) {
            title = options.title();
        }
        Article article = new Article(null, origin, title, body, published, firstText(node, "url"),
                firstText(node, "source_domain", "source"), firstText(node, "language"), firstText(node, "section"));
        return checked(article);
    }

    private ReadOutcome checked(Article article) {
        if (article.body().length() > options.maxArticleChars()) {
            return new ReadOutcome.Rejected(article.origin(), "article is " + article.body().length()
                    + " characters, over the limit of " + options.maxArticleChars());
        }
        return new ReadOutcome.Read(article);
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }

    /** news-please writes "2017-01-06 10:22:00"; others write ISO dates or date-times. */
    static LocalDate parseDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<ReadOutcome> reject(String origin, String reason) {
        return List.of(new ReadOutcome.Rejected(origin, reason));
    }
}
