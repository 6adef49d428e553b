package org.evident.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.evident.model.Article;
import org.evident.model.Json;
import org.evident.pipeline.Pipelines;
import org.evident.read.FieldMapping;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;

/** A gold file together with the article it annotates, located and read. */
public record GoldCase(Path goldFile, Gold gold, Article article) {

    /**
     * Reads a gold file and its article. The article path is relative to the folder that holds gold/ and corpus/,
     * wherever the gold file sits, so the folders above the gold file are tried nearest first. The article is read
     * by the reader {@code evident extract} uses (plain text, news-please JSON, …), its JSON text from the gold's
     * "text_field" when it names one. The gold's "published" date, when it gives one, is the article's: it is the
     * date the gold was annotated against.
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
        Article read = readArticle(articlePath, gold.textField(), goldFile);
        LocalDate published = gold.published() == null ? read.published() : LocalDate.parse(gold.published());
        Article article = new Article(read.id(), read.origin(), read.title(), read.body(), published, read.url(),
                read.source(), read.language(), read.section());
        return new GoldCase(goldFile, gold, article);
    }

    /** The one article of the file, read as {@code evident extract} reads it, with the body from {@code textField}. */
    private static Article readArticle(Path articlePath, String textField, Path goldFile) throws IOException {
        ReadOptions options = ReadOptions.defaults();
        if (textField != null) {
            options = options.withJsonFields(FieldMapping.parse("body=" + textField));
        }
        List<ReadOutcome> outcomes = Pipelines.reader(options).read(articlePath);
        if (outcomes.size() != 1 || !(outcomes.get(0) instanceof ReadOutcome.Read read)) {
            String why = outcomes.isEmpty() ? "no article" : outcomes.size() > 1 ? outcomes.size() + " articles"
                    : ((ReadOutcome.Rejected) outcomes.get(0)).message();
            throw new IOException(goldFile + ": article " + articlePath + " does not read as one article: " + why);
        }
        return read.article();
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
