package org.evident.testkit;

import java.time.LocalDate;
import java.util.List;
import org.evident.extract.Codebook;
import org.evident.extract.EventExtractor;
import org.evident.geo.Geocoder;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.pipeline.Pipeline;

/** Runs the real pipeline (shared CoreNLP, bundled codebooks) on short texts written in tests. */
public final class Extraction {

    private static Pipeline pipeline;

    private Extraction() {}

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(SharedAnnotator.get(), new EventExtractor(Codebook.bundled(), Geocoder.none()));
        }
        return pipeline;
    }

    /** The records of a text published on the given day. */
    public static List<EventRecord> extract(String text, String published) {
        Article article = Article.of("test", text, LocalDate.parse(published));
        var outcome = pipeline().process(article);
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
