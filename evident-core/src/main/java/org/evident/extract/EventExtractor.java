package org.evident.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evident.geo.Geocoder;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.model.Version;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;

/** From an annotated article to the event records it reports. Immutable and thread-safe. */
public final class EventExtractor {

    /** Written to cite_info.coder. */
    public static final String CODER = "evident " + Version.current();

    private final Codebook codebook;
    private final Geocoder geocoder;
    private final TriggerFinder triggers;

    public EventExtractor(Codebook codebook, Geocoder geocoder) {
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.geocoder = Objects.requireNonNull(geocoder, "geocoder");
        this.triggers = new TriggerFinder(codebook);
    }

    public List<EventRecord> extract(AnnotatedArticle annotated) {
        Article article = annotated.article();
        List<EventRecord> records = new ArrayList<>();
        for (TriggerMatch match : triggers.find(annotated)) {
            Sentence sentence = match.sentence();
            String id = "evd-" + article.id() + "-" + String.format("%04d", records.size() + 1);
            EventRecord.Mention mention = new EventRecord.Mention(sentence.index(), match.begin(), match.end(),
                    annotated.text(match.begin(), match.end()));
            records.add(new EventRecord(id, article.id(), null, null, null, List.of(match.category()),
                    match.entry().modes(), match.entry().contexts(), List.of(), List.of(), null,
                    EventRecord.Size.NONE, EventRecord.SizeInfo.NONE,
                    List.of(annotated.text(sentence.begin(), sentence.end())),
                    new EventRecord.TextInfo(sentence.index(), sentence.begin(), sentence.end()),
                    new EventRecord.CiteInfo(article.title(), article.url(), article.source(), article.language(),
                            "news", CODER),
                    Status.ASSERTED, null, List.of(), null, List.of(), List.of(mention), 0.5));
        }
        return records;
    }
}
