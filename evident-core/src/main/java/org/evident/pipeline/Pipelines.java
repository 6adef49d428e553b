package org.evident.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.evident.extract.Codebook;
import org.evident.geo.GazetteerGeocoder;
import org.evident.geo.build.GazetteerLoader;
import org.evident.geo.Geocoder;
import org.evident.nlp.Annotator;
import org.evident.nlp.CoreNlpAnnotator;
import org.evident.nlp.SentenceFocus;
import org.evident.read.ArticleReader;
import org.evident.read.Outcomes;
import org.evident.read.ReadOptions;
import org.evident.read.Readers;
import org.evident.resolve.MergeRule;
import org.evident.resolve.Resolver;

/**
 * The one place where Evident's working pipeline is composed: reading ({@link #read}, {@link #reader}), then
 * CoreNLP with the codebook acronyms, the selective annotation scope and the sentence focus of every codebook in
 * use, then the extractor with its codebook and the geocoder ({@link #get}), then cross-article resolution
 * ({@link #resolver}), which a store runs as it saves. The CLI, the server, the Spark job and the benchmarks read,
 * extract and resolve with what they take from here, so they give the same records for the same input.
 *
 * <p>Pipelines are built on first use and kept: one per codebook folder, all sharing the annotator and the
 * geocoder. CoreNLP's models take ~1.5 GB and tens of seconds to load, so an annotator of a given configuration is
 * built once per JVM and shared by every {@code Pipelines} that asks for it (the CLI's, the Spark executor's and a
 * test's alike); so are the loaded gazetteers.
 */
public final class Pipelines {

    /** The system property choosing which sentences NER and the parse run on (full, selective-parse, selective). */
    public static final String SCOPE_PROPERTY = "evident.annotation";
    /** The scope when the property is not set: the gold scores are the same as with FULL (docs/PERFORMANCE.md). */
    public static final CoreNlpAnnotator.Scope DEFAULT_SCOPE = CoreNlpAnnotator.Scope.SELECTIVE;

    /** Which gazetteer places are resolved with. */
    public enum Geocoding {
        /** The bundled gazetteer plus the user's ({@code evident gazetteer import}): the CLI and the server. */
        BUNDLED_AND_USER,
        /**
         * The bundled gazetteer alone, the same on every machine: the Spark job, whose nodes do not have the user
         * gazetteer of the machine it was started from.
         */
        BUNDLED,
        /** No geocoding: records keep place names without coordinates. */
        NONE
    }

    private final Supplier<Annotator> annotatorFactory;
    /** The same annotator seen as CoreNLP, for its timings and settings; null when another annotator was given. */
    private final Supplier<CoreNlpAnnotator> coreNlpFactory;
    private final Supplier<Geocoder> geocoderFactory;
    /**
     * The focus of each codebook folder in use ("" for the bundled one), which the annotator consults: a sentence is
     * worth the full analysis when it is a key sentence for any of them.
     */
    private final Map<Path, SentenceFocus> focuses;
    private Annotator annotator;
    private Geocoder geocoder;
    private final Map<Path, Pipeline> pipelines = new HashMap<>();

    private Pipelines(Supplier<Annotator> annotatorFactory, Supplier<CoreNlpAnnotator> coreNlpFactory,
                      Supplier<Geocoder> geocoderFactory, Map<Path, SentenceFocus> focuses) {
        this.annotatorFactory = annotatorFactory;
        this.coreNlpFactory = coreNlpFactory;
        this.geocoderFactory = geocoderFactory;
        this.focuses = focuses;
    }

    /** The pipelines of the CLI and the server: selective CoreNLP, bundled and user gazetteer. */
    public static Pipelines standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Pipelines on the annotator and geocoder given: for tests of commands that must not, or need not, load models. */
    public static Pipelines with(Supplier<Annotator> annotator, Supplier<Geocoder> geocoder) {
        return builder().annotator(annotator).geocoder(geocoder).build();
    }

    /**
     * The reading stage over what a user names: a file, a folder (recursively), a glob pattern or "-" for {@code
     * stdin}, each told apart by its content ({@link Readers}). Reading needs no models and no codebook, so it is
     * offered before any pipeline is built: an input that only holds rejects loads nothing.
     */
    public static Outcomes read(String input, ReadOptions options, InputStream stdin) {
        return Readers.read(input, options, stdin);
    }

    /** The reading stage over one file or folder. */
    public static Outcomes read(Path input, ReadOptions options) {
        return Readers.read(input, options);
    }

    /**
     * The reading stage for one input at a time, for an entry point that holds the input itself: a request's body,
     * a fetched page or feed, a stream a Spark task opened.
     */
    public static ArticleReader reader(ReadOptions options) {
        return new ArticleReader(options);
    }

    /**
     * The resolution stage: which event each of an article's records joins among those earlier articles made, by
     * the standard merge rule. A store runs it in each article's transaction, since its input is what the store
     * holds ({@code Store.open(location, Pipelines.resolver())}).
     */
    public static Resolver resolver() {
        return new Resolver(MergeRule.standard());
    }

    /** The pipeline with the bundled codebooks. */
    public Pipeline get() {
        return get(null);
    }

    /** The pipeline with the bundled codebooks, or with those of {@code codebooks} replacing them. */
    public synchronized Pipeline get(Path codebooks) {
        Path key = codebooks == null ? Path.of("") : codebooks.toAbsolutePath().normalize();
        Pipeline pipeline = pipelines.get(key);
        if (pipeline == null) {
            Codebook codebook = codebooks == null ? Codebook.bundled() : Codebook.load(codebooks, "en");
            focuses.putIfAbsent(key, codebook.focus());
            pipeline = new Pipeline(annotator(), new Extractor(codebook, geocoder()));
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

    /**
     * The annotator as CoreNLP, when it is: for the throughput harness, which reads its stage times and sentence
     * counts and runs bare CoreNLP with its settings. Empty when the pipelines were built on another annotator.
     */
    public Optional<CoreNlpAnnotator> coreNlp() {
        return coreNlpFactory == null ? Optional.empty() : Optional.of(coreNlpFactory.get());
    }

    public synchronized Geocoder geocoder() {
        if (geocoder == null) {
            geocoder = geocoderFactory.get();
        }
        return geocoder;
    }

    /** How the pipelines are made; every setting has the default the CLI runs with. */
    public static final class Builder {

        private CoreNlpAnnotator.Scope scope;
        private Geocoding geocoding = Geocoding.BUNDLED_AND_USER;
        private Supplier<Annotator> annotator;
        private Supplier<Geocoder> geocoder;

        private Builder() {}

        /** Which sentences NER and the parse run on; by default -Devident.annotation, else {@link #DEFAULT_SCOPE}. */
        public Builder scope(CoreNlpAnnotator.Scope scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        public Builder geocoding(Geocoding geocoding) {
            this.geocoding = Objects.requireNonNull(geocoding, "geocoding");
            return this;
        }

        /** Another annotator instead of CoreNLP: for tests of the commands that need no language analysis. */
        public Builder annotator(Supplier<Annotator> annotator) {
            this.annotator = Objects.requireNonNull(annotator, "annotator");
            return this;
        }

        /** Another geocoder instead of a gazetteer: for tests. */
        public Builder geocoder(Supplier<Geocoder> geocoder) {
            this.geocoder = Objects.requireNonNull(geocoder, "geocoder");
            return this;
        }

        public Pipelines build() {
            Supplier<Geocoder> geocoders = geocoder != null ? geocoder : () -> sharedGeocoder(geocoding);
            if (annotator != null) {
                return new Pipelines(annotator, null, geocoders, new ConcurrentHashMap<>());
            }
            CoreNlpAnnotator.Scope chosen = scope != null ? scope
                    : CoreNlpAnnotator.Scope.parse(System.getProperty(SCOPE_PROPERTY), DEFAULT_SCOPE);
            SharedCoreNlp shared = SharedCoreNlp.of(chosen, coreNlpProperties());
            return new Pipelines(shared::annotator, shared::annotator, geocoders, shared.focuses);
        }
    }

    /**
     * CoreNLP's settings: the defaults, with the annotators of -Devident.annotators (e.g. without depparse) and
     * SUTime off with -Devident.sutime=false; both only to measure what each annotator adds (docs/PERFORMANCE.md).
     */
    private static Properties coreNlpProperties() {
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

    /** One CoreNLP annotator of a configuration per JVM, with the focus list its sentence choice consults. */
    private static final class SharedCoreNlp {

        private static final Map<String, SharedCoreNlp> BY_CONFIGURATION = new HashMap<>();

        private final CoreNlpAnnotator.Scope scope;
        private final Properties properties;
        private final Map<Path, SentenceFocus> focuses = new ConcurrentHashMap<>();
        private CoreNlpAnnotator annotator;

        private SharedCoreNlp(CoreNlpAnnotator.Scope scope, Properties properties) {
            this.scope = scope;
            this.properties = properties;
        }

        static synchronized SharedCoreNlp of(CoreNlpAnnotator.Scope scope, Properties properties) {
            String key = scope + " " + new TreeMap<>(properties);
            return BY_CONFIGURATION.computeIfAbsent(key, k -> new SharedCoreNlp(scope, properties));
        }

        /** Loads the models on first use: a command that never annotates never pays for them. */
        synchronized CoreNlpAnnotator annotator() {
            if (annotator == null) {
                SentenceFocus focus = scope == CoreNlpAnnotator.Scope.FULL ? null
                        : new SentenceFocus(sentence -> focuses.values().stream().anyMatch(f -> f.key().test(sentence)),
                                lemma -> focuses.values().stream().anyMatch(f -> f.followUp().test(lemma)));
                // The bundled acronyms whatever the codebooks: they decide tags, before any codebook is consulted.
                annotator = new CoreNlpAnnotator(properties, Codebook.bundled().acronyms(), true, scope, focus);
            }
            return annotator;
        }
    }

    private static final Map<Geocoding, Geocoder> GEOCODERS = new EnumMap<>(Geocoding.class);

    /** The geocoder of a choice, its gazetteer loaded once per JVM. */
    private static synchronized Geocoder sharedGeocoder(Geocoding geocoding) {
        Geocoder geocoder = GEOCODERS.get(geocoding);
        if (geocoder == null) {
            try {
                geocoder = switch (geocoding) {
                    case BUNDLED_AND_USER -> new GazetteerGeocoder(GazetteerLoader.loadDefault());
                    case BUNDLED -> new GazetteerGeocoder(GazetteerLoader.loadBundled());
                    case NONE -> Geocoder.none();
                };
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the gazetteer: " + e.getMessage(), e);
            }
            GEOCODERS.put(geocoding, geocoder);
        }
        return geocoder;
    }
}
