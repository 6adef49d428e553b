package org.evident.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.evident.model.Article;
import org.evident.model.Json;

/** A gold file together with the article it annotates, located and read. */
public record GoldCase(Path goldFile, Gold gold, Article article) {

    /**
     * Reads a gold file and its article. The article path is relative to the folder that holds gold/ and corpus/,
     * wherever the gold file sits, so the folders above the gold file are tried nearest first.
     *
     * @throws IOException naming the file when either cannot be read
     */
    public static GoldCase load(Path goldFile) throws IOException {
        Gold gold;
        try {
            gold = Json.mapper().readValue(goldFile.toFile(), Gold.class);
        } catch (IOException e) {
            throw new IOException(goldFile + ": not a gold file: " + e.getMessage(), e);
        }
        if (gold.article() == null) {
            throw new IOException(goldFile + ": gold file names no \"article\"");
        }
        Path articlePath = locate(goldFile.toAbsolutePath().getParent(), gold.article());
        if (articlePath == null) {
            throw new IOException(goldFile + ": article " + gold.article() + " not found above " + goldFile.getParent());
        }
        String content = Files.readString(articlePath, StandardCharsets.UTF_8);
        String body = content;
        String title = null;
        if (articlePath.toString().endsWith(".json")) {
            JsonNode node = Json.mapper().readTree(content);
            String field = gold.textField() != null ? gold.textField() : node.has("maintext") ? "maintext" : "text";
            body = node.path(field).asText();
            title = node.path("title").isTextual() ? node.path("title").asText() : null;
        }
        if (title == null) {
            title = org.evident.read.ArticleReader.headline(body);
        }
        LocalDate published = gold.published() == null ? null : LocalDate.parse(gold.published());
        Article article = new Article(null, articlePath.toString(), title, body, published, null, null, null, null);
        return new GoldCase(goldFile, gold, article);
    }

    private static Path locate(Path from, String relative) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
