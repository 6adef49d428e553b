package org.evident.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Plain-text articles. The text is the body unchanged, so offsets index the file. An optional front-matter block
 * at the very start gives title, date, source, URL, language and section:
 * <pre>
 * ---
 * title: Storm hits coast
 * date: 2024-03-01
 * ---
 * </pre>
 * and then the body is the text after the closing line, unchanged.
 */
final class PlainText {

    private static final int MAX_FRONT_MATTER_LINES = 40;

    private PlainText() {}

    static Draft draft(String text) {
        FrontMatter front = FrontMatter.of(text);
        String body = text.substring(front.bodyStart());
        Map<String, String> fields = front.fields();
        String title = fields.get("title");
        return new Draft(title != null ? title : ArticleReader.headline(body), body,
                Dates.parse(fields.getOrDefault("date", fields.get("published"))), fields.get("url"),
                fields.get("source"), fields.getOrDefault("language", fields.get("lang")), fields.get("section"));
    }

    /** "key: value" lines between two "---" lines, and where the body starts. */
    record FrontMatter(Map<String, String> fields, int bodyStart) {

        static FrontMatter of(String text) {
            int start = text.startsWith("\uFEFF") ? 1 : 0;
            if (!text.startsWith("---\n", start) && !text.startsWith("---\r\n", start)) {
                return new FrontMatter(Map.of(), 0);
            }
            Map<String, String> fields = new HashMap<>();
            int position = text.indexOf('\n', start) + 1;
            for (int line = 0; line < MAX_FRONT_MATTER_LINES && position < text.length(); line++) {
                int end = text.indexOf('\n', position);
                int next = end < 0 ? text.length() : end + 1;
                String content = text.substring(position, end < 0 ? text.length() : end).strip();
                if (content.equals("---")) {
                    return new FrontMatter(Map.copyOf(fields), next);
                }
                int colon = content.indexOf(':');
                if (colon <= 0) {
                    return new FrontMatter(Map.of(), 0); // not front matter after all: the text starts with a rule
                }
                fields.put(content.substring(0, colon).strip().toLowerCase(Locale.ROOT), unquote(content.substring(colon + 1)));
                position = next;
            }
            return new FrontMatter(Map.of(), 0);
        }

        private static String unquote(String value) {
            String stripped = value.strip();
            if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
                    || stripped.startsWith("'") && stripped.endsWith("'"))) {
                return stripped.substring(1, stripped.length() - 1);
            }
            return stripped;
        }
    }
}
