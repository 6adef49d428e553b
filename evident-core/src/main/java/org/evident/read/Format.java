package org.evident.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evident.model.Json;

/** The kinds of input Evident reads, told from the first bytes of the content, with the file name as a tie-breaker. */
enum Format {
    EMPTY, BINARY, TEXT, HTML, FEED, XML, JSON, JSONL, WARC;

    private static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z][\\w:.-]*)");
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf:rdf", "rdf");
    private static final Set<String> HTML_TAGS = Set.of("html", "head", "body", "meta", "title", "div", "p", "article",
            "main", "section", "span", "h1", "h2", "h3", "table", "link", "script", "style", "header", "nav", "br",
            "a", "img", "ul", "ol", "li", "b", "i", "em", "strong", "font", "center", "form", "base", "noscript");

    /** The format of content whose first bytes are {@code head} (up to its length); {@code name} may be null. */
    static Format sniff(byte[] head, String name) {
        if (head.length == 0) {
            return EMPTY;
        }
        String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        Charset bom = Texts.bomCharset(head);
        String start = (bom == null ? new String(head, StandardCharsets.ISO_8859_1) : new String(head, bom))
                .replaceFirst("^[\\uFEFF\\u00EF\\u00BB\\u00BF]+", "").stripLeading();
        if (start.startsWith("WARC/")) {
            return WARC;
        }
        if (Texts.looksBinary(head)) {
            return BINARY;
        }
        if (start.isEmpty()) {
            return TEXT; // white space only: the text reader says so
        }
        return switch (start.charAt(0)) {
            case '<' -> markup(start);
            case '{' -> lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson") || isJsonLines(start)
                    ? JSONL : JSON;
            case '[' -> JSON;
            default -> lowerName.endsWith(".html") || lowerName.endsWith(".htm") ? HTML : TEXT;
        };
    }

    private static Format markup(String start) {
        String lower = start.substring(0, Math.min(start.length(), 4096)).toLowerCase(Locale.ROOT);
        Matcher element = FIRST_ELEMENT.matcher(lower);
        String root = element.find() ? element.group(1) : "";
        if (FEED_ROOTS.contains(root)) {
            return FEED;
        }
        if (lower.startsWith("<!doctype html") || HTML_TAGS.contains(root)) {
            return HTML;
        }
        return lower.startsWith("<?xml") ? XML : HTML;
    }

    /** True when the first line is a whole JSON object and more follows it. */
    private static boolean isJsonLines(String start) {
        int newline = start.indexOf('\n');
        if (newline < 0 || start.substring(newline + 1).isBlank()) {
            return false;
        }
        try {
            JsonNode first = Json.mapper().readTree(start.substring(0, newline));
            return first != null && first.isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
