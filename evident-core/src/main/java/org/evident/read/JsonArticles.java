package org.evident.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.evident.model.Json;

/**
 * JSON articles: one object per file (news-please's output), an array of objects, or JSON Lines (one object per
 * line, read as a stream). Which fields hold what is a {@link FieldMapping}.
 */
final class JsonArticles {

    private JsonArticles() {}

    /** A file holding one JSON value: an article object, or an array of them ("file[3]" names the fourth). */
    static Outcomes document(String origin, String json, Finish finish) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return Outcomes.of(new ReadOutcome.Rejected(origin, "invalid JSON: " + e.getOriginalMessage()));
        }
        if (node != null && node.isArray()) {
            return new Cursor(origin, null) {
                private int index;

                @Override
                ReadOutcome computeNext() {
                    if (index >= node.size()) {
                        return null;
                    }
                    String itemOrigin = origin + "[" + index + "]";
                    return article(itemOrigin, node.get(index++), finish);
                }
            };
        }
        return Outcomes.of(article(origin, node, finish));
    }

    /** JSON Lines from a stream, one outcome per non-blank line ("file:12" names line 12). */
    static Outcomes lines(String origin, InputStream in, Finish finish, Closeable resource) {
        ReadOptions options = finish.options();
        LineReader reader = new LineReader(in, (int) Math.min(options.maxRecordBytes(), Integer.MAX_VALUE - 16));
        return new Cursor(origin, resource) {
            private long lastLine;

            @Override
            ReadOutcome computeNext() throws IOException {
                LineReader.Line line;
                do {
                    line = reader.next();
                    if (line == null) {
                        return null;
                    }
                    lastLine = line.number();
                } while (!line.tooLong() && isBlank(line.bytes()));
                String lineOrigin = origin + ":" + line.number();
                if (line.tooLong()) {
                    return new ReadOutcome.Rejected(lineOrigin, "line is over " + options.maxRecordBytes()
                            + " bytes, the limit per record; skipped (--max-record-bytes raises it)");
                }
                try {
                    String text = ArticleReader.decodeText(line.bytes(), options);
                    return parseLine(lineOrigin, text, finish);
                } catch (Texts.InvalidUtf8Exception e) {
                    return new ReadOutcome.Rejected(lineOrigin, e.getMessage());
                }
            }

            @Override
            String position() {
                return origin + ":" + (lastLine + 1);
            }
        };
    }

    private static ReadOutcome parseLine(String origin, String text, Finish finish) {
        try {
            return article(origin, Json.mapper().readTree(text), finish);
        } catch (JsonProcessingException e) {
            return new ReadOutcome.Rejected(origin, "invalid JSON: " + e.getOriginalMessage());
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    static ReadOutcome article(String origin, JsonNode node, Finish finish) {
        if (node == null || !node.isObject()) {
            return new ReadOutcome.Rejected(origin, "JSON is not an object");
        }
        FieldMapping fields = finish.options().jsonFields();
        String body = firstText(node, fields.body());
        if (body == null) {
            return new ReadOutcome.Rejected(origin, "no article text: " + describe(fields.body()) + " holds a string");
        }
        if (body.isBlank()) {
            return new ReadOutcome.Rejected(origin, "article text is empty");
        }
        Draft draft = new Draft(firstText(node, fields.title()), body,
                Dates.parse(firstText(node, fields.published())), firstText(node, fields.url()),
                firstText(node, fields.source()), firstText(node, fields.language()), firstText(node, fields.section()));
        return finish.outcome(origin, draft);
    }

    private static String describe(List<String> names) {
        if (names.size() == 1) {
            return "\"" + names.get(0) + "\" never";
        }
        return "neither " + String.join(" nor ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    /** The first of the fields (dotted names reach into objects) that holds a string; numbers count as text. */
    private static String firstText(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode value = node;
            for (String part : name.split("\\.")) {
                value = value.path(part);
            }
            if (value.isTextual() || value.isNumber()) {
                return value.asText();
            }
        }
        return null;
    }
}
