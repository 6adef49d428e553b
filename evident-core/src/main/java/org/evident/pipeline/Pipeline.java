package org.evident.pipeline;

import java.util.List;
import java.util.Objects;
import org.evident.extract.EventExtractor;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Annotator;

/** Article → annotation → event records. Thread-safe; one instance serves a whole batch. */
public final class Pipeline {

    private final Annotator annotator;
    private final EventExtractor extractor;

    public Pipeline(Annotator annotator, EventExtractor extractor) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Processes one article; any failure inside becomes a FAILED outcome naming the article. */
    public Outcome process(Article article) {
        try {
            AnnotatedArticle annotated = annotator.annotate(article);
            List<EventRecord> records = extractor.extract(annotated);
            return Outcome.extracted(article, records, annotated.tokenCount());
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(article, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    public Annotator annotator() {
        return annotator;
    }

    public EventExtractor extractor() {
        return extractor;
    }
}
