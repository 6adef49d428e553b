package org.evident.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Json;

/**
 * The JSON line of one {@link ArticleEvents}: {@code {"article": {id, origin, title, published, url, source,
 * language, section, text}, "events": [record, …]}} — the shape {@code evident extract --format json} prints per
 * article, on one line. {@code text} is the body that every record's offsets index.
 */
public final class ArticleEventsJson {

    private static final TypeReference<List<EventRecord>> RECORDS = new TypeReference<>() {};

    private ArticleEventsJson() {}

    /** One line of JSON, without the line break. */
    public static String write(ArticleEvents item) {
        ObjectNode document = Json.mapper().createObjectNode();
        document.set("article", articleNode(item.article()));
        document.set("events", Json.mapper().valueToTree(item.events()));
        try {
            return Json.mapper().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article " + item.article().id() + " cannot be written as JSON", e);
        }
    }

    /** The article's fields as the interchange format names them (the body as "text"). */
    public static ObjectNode articleNode(Article article) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", article.id());
        node.put("origin", article.origin());
        node.put("title", article.title());
        node.put("published", article.published() == null ? null : article.published().toString());
        node.put("url", article.url());
        node.put("source", article.source());
        node.put("language", article.language());
        node.put("section", article.section());
        node.put("text", article.body());
        return node;
    }

    /**
     * Reads one line back.
     *
     * @throws IllegalArgumentException naming what is wrong with the line, when it is not such a document
     */
    public static ArticleEvents read(String line) {
        JsonNode document;
        try {
            document = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
        }
        if (document == null || !document.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode article = document.get("article");
        if (article == null || !article.isObject()) {
            throw new IllegalArgumentException("no \"article\" object");
        }
        JsonNode events = document.get("events");
        if (events == null || !events.isArray()) {
            throw new IllegalArgumentException("no \"events\" array");
        }
        Article read = article(article);
        try {
            return new ArticleEvents(read, Json.mapper().convertValue(events, RECORDS));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an event record cannot be read: " + rootMessage(e));
        }
    }

    private static Article article(JsonNode node) {
        String text = text(node, "text");
        String origin = text(node, "origin");
        if (text == null) {
            throw new IllegalArgumentException("the article has no \"text\"");
        }
        return new Article(text(node, "id"), origin == null ? "<unknown origin>" : origin, text(node, "title"), text,
                date(text(node, "published")), text(node, "url"), text(node, "source"), text(node, "language"),
                text(node, "section"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the article's \"published\" is not a YYYY-MM-DD date: " + value);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
