package org.evident.testkit;

import java.time.LocalDate;
import java.util.List;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;

/** Runs the real pipeline (shared CoreNLP, bundled codebooks) on short texts written in tests. */
public final class Extraction {

    private static Pipeline pipeline;
    private static Pipeline placing;

    private Extraction() {}

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = SharedAnnotator.fullScope().geocoding(Pipelines.Geocoding.NONE).build().get();
        }
        return pipeline;
    }

    /** The pipeline with the bundled gazetteer, for rules that need places resolved. */
    public static synchronized Pipeline placingPipeline() {
        if (placing == null) {
            placing = SharedAnnotator.fullScope().geocoding(Pipelines.Geocoding.BUNDLED).build().get();
        }
        return placing;
    }

    /** The records of a text published on the given day. */
    public static List<EventRecord> extract(String text, String published) {
        return extract(pipeline(), text, published);
    }

    /** The records of a text published on the given day, its places resolved with the bundled gazetteer. */
    public static List<EventRecord> extractPlaced(String text, String published) {
        return extract(placingPipeline(), text, published);
    }

    /** The records of a headlined story: the text opens with the headline and a blank line, as news-please gives it. */
    public static List<EventRecord> extractHeadlined(String headline, String story, String published) {
        Article article = new Article(null, "test", headline, headline + "\n\n" + story, LocalDate.parse(published),
                null, null, null, null);
        return process(placingPipeline(), article);
    }

    private static List<EventRecord> extract(Pipeline pipeline, String text, String published) {
        return process(pipeline, Article.of("test", text, LocalDate.parse(published)));
    }

    private static List<EventRecord> process(Pipeline pipeline, Article article) {
        var outcome = pipeline.process(article);
        if (outcome.failed()) {
            throw new AssertionError("extraction failed: " + outcome.error());
        }
        return outcome.records();
    }

    /** The first record with a mention whose text is {@code trigger}. */
    public static EventRecord recordWithMention(List<EventRecord> records, String trigger) {
        return records.stream().filter(r -> r.mentions().stream().anyMatch(m -> m.text().equals(trigger)))
                .findFirst().orElseThrow(() -> new AssertionError("no record mentions '" + trigger + "' in "
                        + records.stream().map(r -> r.mentions().toString()).toList()));
    }
}
