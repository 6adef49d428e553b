package org.evident.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.nlp.AnnotatedArticle;
import org.evident.pipeline.Extractor;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evident's own share of extraction, without CoreNLP: codebook matching, reading each trigger, merging and
 * writing records, on articles annotated once in the setup — with the bundled gazetteer, and with no geocoder
 * (matching alone). Compare with the NLP time per article that {@code evident bench} reports.
 *
 * <pre>
 * mvn -B -q -pl evident-bench -am package -DskipTests
 * java -Xmx3g -cp "evident-bench/target/evident-bench.jar:evident-bench/target/lib/*" org.openjdk.jmh.Main Extraction
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExtractionBenchmark {

    private List<AnnotatedArticle> annotated;
    private Extractor withGazetteer;
    private Extractor withoutGeocoder;
    private int next;

    @Setup
    public void setUp() throws IOException {
        Pipeline pipeline = Pipelines.builder().geocoding(Pipelines.Geocoding.BUNDLED).build().get();
        annotated = new ArrayList<>();
        for (Article article : NewsCorpus.generate(24, 11)) {
            annotated.add(pipeline.annotator().annotate(article));
        }
        withGazetteer = pipeline.extractor();
        withoutGeocoder = Pipelines.builder().geocoding(Pipelines.Geocoding.NONE).build().get().extractor();
    }

    /** One pre-annotated article to records, place names resolved with the bundled gazetteer. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<EventRecord> extract() {
        return withGazetteer.extract(annotated.get(next++ % annotated.size()));
    }

    /** The same without a geocoder: codebook matching, reading and merging only. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<EventRecord> extractWithoutGeocoding() {
        return withoutGeocoder.extract(annotated.get(next++ % annotated.size()));
    }
}
