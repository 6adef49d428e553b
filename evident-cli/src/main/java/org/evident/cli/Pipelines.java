package org.evident.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.evident.extract.Codebook;
import org.evident.extract.EventExtractor;
import org.evident.geo.Geocoder;
import org.evident.nlp.Annotator;
import org.evident.nlp.CoreNlpAnnotator;
import org.evident.nlp.SentenceFocus;
import org.evident.pipeline.Pipeline;

/**
 * Builds pipelines on first use and keeps them: CoreNLP's models load once per process, however many files or
 * commands use them. One pipeline per codebook folder; they share the annotator and the geocoder.
 */
public final class Pipelines {

    private final Supplier<Annotator> annotatorFactory;
    private final Supplier<Geocoder> geocoderFactory;
    private Annotator annotator;
    private Geocoder geocoder;
    private final Map<Path, Pipeline> pipelines = new HashMap<>();

    /** The system property choosing which sentences NER and the parse run on (full, selective-parse, selective). */
    public static final String SCOPE_PROPERTY = "evident.annotation";
    /** The scope when the property is not set: the gold scores are the same as with FULL (docs/PERFORMANCE.md). */
    public static final CoreNlpAnnotator.Scope DEFAULT_SCOPE = CoreNlpAnnotator.Scope.SELECTIVE;

    /** Every codebook in use: a sentence is worth the full analysis when it is a key sentence for any of them. */
    private final List<SentenceFocus> focuses = new CopyOnWriteArrayList<>();

    public Pipelines() {
        this.annotatorFactory = () -> new CoreNlpAnnotator(properties(),
                Codebook.bundled().acronyms(), true,
                CoreNlpAnnotator.Scope.parse(System.getProperty(SCOPE_PROPERTY), DEFAULT_SCOPE),
                new SentenceFocus(sentence -> focuses.stream().anyMatch(f -> f.key().test(sentence)),
                        lemma -> focuses.stream().anyMatch(f -> f.followUp().test(lemma))));
        this.geocoderFactory = DefaultGeocoder::load;
    }

    /**
     * CoreNLP's settings: the defaults, with the annotators of -Devident.annotators (e.g. without depparse) and
     * SUTime off with -Devident.sutime=false; both only to measure what each annotator adds (docs/PERFORMANCE.md).
     */
    private static Properties properties() {
        Properties properties = CoreNlpAnnotator.defaultProperties();
        String annotators = System.getProperty("evident.annotators");
        if (annotators != null && !annotators.isBlank()) {
            properties.setProperty("annotators", annotators);
        }
        if ("false".equals(System.getProperty("evident.sutime"))) {
            properties.setProperty("ner.useSUTime", "false");
        }
        return properties;
    }

    public Pipelines(Supplier<Annotator> annotatorFactory, Supplier<Geocoder> geocoderFactory) {
        this.annotatorFactory = Objects.requireNonNull(annotatorFactory, "annotatorFactory");
        this.geocoderFactory = Objects.requireNonNull(geocoderFactory, "geocoderFactory");
    }

    /** The pipeline with the bundled codebooks, or with those of {@code codebooks} replacing them. */
    public synchronized Pipeline get(Path codebooks) {
        Path key = codebooks == null ? Path.of("") : codebooks.toAbsolutePath().normalize();
        Pipeline pipeline = pipelines.get(key);
        if (pipeline == null) {
            Codebook codebook = codebooks == null ? Codebook.bundled() : Codebook.load(codebooks, "en");
            focuses.add(codebook.focus());
            pipeline = new Pipeline(annotator(), new EventExtractor(codebook, geocoder()));
            pipelines.put(key, pipeline);
        }
        return pipeline;
    }

    public synchronized Annotator annotator() {
        if (annotator == null) {
            annotator = annotatorFactory.get();
        }
        return annotator;
    }

    public synchronized Geocoder geocoder() {
        if (geocoder == null) {
            geocoder = geocoderFactory.get();
        }
        return geocoder;
    }
}
