package org.evident.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.evident.geo.Geocoder;
import org.evident.model.Article;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/** Extraction's error paths, with an annotator that fails: no models are loaded. */
class ExtractionTest {

    private final Pipeline failing = Pipelines.with(() -> article -> {
        throw new IllegalStateException("parser gave up");
    }, Geocoder::none).get();

    private List<OutputRow> run(WorkItem... items) {
        List<OutputRow> rows = new ArrayList<>();
        Iterator<OutputRow> extraction = new Extraction(List.of(items).iterator(), () -> failing);
        extraction.forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void turnsAnArticleThePipelineCannotProcessIntoAnErrorLineNamingIt() {
        Article article = Article.of("feed.jsonl:7", "Protesters marched in the capital.", null);

        List<OutputRow> rows = run(InputFile.item(article));

        assertThat(rows).containsExactly(new OutputRow(OutputRow.Kind.ERROR, OutputRow.UNKNOWN_DAY, article.id(),
                "{\"origin\":\"feed.jsonl:7\",\"article_id\":\"" + article.id()
                        + "\",\"stage\":\"extract\",\"reason\":\"IllegalStateException: parser gave up\"}"));
    }

    @Test
    void passesReadRejectsOnAsErrorLinesAndGoesOn() {
        Article article = Article.of("b.txt", "Troops withdrew.", null);

        List<OutputRow> rows = run(WorkItem.rejected("a.txt", "empty file"), WorkItem.article("x", "{oops"),
                InputFile.item(article));

        assertThat(rows).extracting(OutputRow::json).containsExactly(
                "{\"origin\":\"a.txt\",\"article_id\":null,\"stage\":\"read\",\"reason\":\"empty file\"}",
                "{\"origin\":\"x\",\"article_id\":null,\"stage\":\"read\",\"reason\":\"invalid JSON: "
                        + "Unexpected character ('o' (code 111)): was expecting double-quote to start field name\"}",
                "{\"origin\":\"b.txt\",\"article_id\":\"" + article.id()
                        + "\",\"stage\":\"extract\",\"reason\":\"IllegalStateException: parser gave up\"}");
    }
}
