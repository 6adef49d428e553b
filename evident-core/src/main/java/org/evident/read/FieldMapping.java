package org.evident.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which fields of a JSON article hold what. Each article field has a list of JSON fields tried in order; a dotted
 * name ("meta.title") reaches into nested objects. The default reads news-please's output.
 *
 * @param body      fields holding the article text
 * @param title     fields holding the headline
 * @param published fields holding the publication date or date-time
 * @param url       fields holding the URL
 * @param source    fields holding the publication or domain
 * @param language  fields holding the language code
 * @param section   fields holding the section or genre
 */
public record FieldMapping(List<String> body, List<String> title, List<String> published, List<String> url,
                           List<String> source, List<String> language, List<String> section) {

    /** news-please: "maintext" (else "text"), "title", "date_publish", "url", "source_domain", "language". */
    public static final FieldMapping NEWS_PLEASE = new FieldMapping(List.of("maintext", "text"), List.of("title"),
            List.of("date_publish", "published", "date"), List.of("url"), List.of("source_domain", "source"),
            List.of("language"), List.of("section"));

    public FieldMapping {
        body = List.copyOf(body);
        title = List.copyOf(title);
        published = List.copyOf(published);
        url = List.copyOf(url);
        source = List.copyOf(source);
        language = List.copyOf(language);
        section = List.copyOf(section);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("the body must come from at least one JSON field");
        }
    }

    /**
     * The default mapping with some article fields taken from other JSON fields, written as
     * "body=content,title=headline|name,published=meta.pubDate": '|' separates alternatives tried in order.
     *
     * @throws IllegalArgumentException for an unknown article field or a malformed entry, naming it
     */
    public static FieldMapping parse(String spec) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("body", NEWS_PLEASE.body);
        fields.put("title", NEWS_PLEASE.title);
        fields.put("published", NEWS_PLEASE.published);
        fields.put("url", NEWS_PLEASE.url);
        fields.put("source", NEWS_PLEASE.source);
        fields.put("language", NEWS_PLEASE.language);
        fields.put("section", NEWS_PLEASE.section);
        for (String entry : Objects.requireNonNull(spec, "spec").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String name = equals < 0 ? entry.strip() : entry.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (equals < 0 || !fields.containsKey(name)) {
                throw new IllegalArgumentException("JSON field mapping entry '" + entry.strip()
                        + "' is not FIELD=JSON_FIELD with FIELD one of " + String.join(", ", fields.keySet()));
            }
            List<String> sources = new ArrayList<>();
            for (String source : entry.substring(equals + 1).split("\\|")) {
                if (!source.isBlank()) {
                    sources.add(source.strip());
                }
            }
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("JSON field mapping entry '" + entry.strip() + "' names no JSON field");
            }
            fields.put(name, sources);
        }
        return new FieldMapping(fields.get("body"), fields.get("title"), fields.get("published"), fields.get("url"),
                fields.get("source"), fields.get("language"), fields.get("section"));
    }
}
