package org.evident.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.evident.geo.Gazetteer;
import org.evident.geo.GazetteerGeocoder;
import org.evident.geo.build.GazetteerLoader;
import org.evident.geo.Toponym;
import org.evident.model.EventRecord.Location;
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
 * The gazetteer's speed: name lookups per second (a mix of exact, alternate, transliterated, misspelt and
 * unknown names), whole-article resolution per second, and the time to load the bundled index.
 *
 * <pre>
 * mvn -B -q -pl evident-bench -am package -DskipTests
 * java -Xmx2g -cp "evident-bench/target/evident-bench.jar:evident-bench/target/lib/*" org.openjdk.jmh.Main Geocoder
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
public class GeocoderBenchmark {

    private static final String[] NAMES = {"London", "Springfield", "Tripoli", "Mazar-i-Sharif", "Kandahar",
        "Benghazee", "ar-Ramadi", "Sao Paulo", "New York", "Qwxzzyv", "Lagos", "Ouagadougou", "Hamburg", "Kiev",
        "Kyiv", "Dnipropetrovsk", "Saint Petersburg", "Hama", "Misratah", "Gaziantep"};
    private static final String ARTICLE = "KABUL, Afghanistan - Fighting spread from Kandahar to Helmand province"
            + " on Tuesday, officials in Kabul said, while Pakistani troops closed the border near Quetta.";
    private static final String[] ARTICLE_PLACES = {"KABUL", "Afghanistan", "Kandahar", "Helmand province",
        "Kabul", "Quetta"};

    private Gazetteer gazetteer;
    private GazetteerGeocoder geocoder;
    private List<Toponym> toponyms;
    private int next;

    @Setup
    public void setUp() throws IOException {
        // Built here, not by the pipeline builder: the gazetteer and its geocoder are what this benchmark measures.
        gazetteer = GazetteerLoader.loadBundled();
        geocoder = new GazetteerGeocoder(gazetteer);
        toponyms = new ArrayList<>();
        int from = 0;
        for (String place : ARTICLE_PLACES) {
            int at = ARTICLE.indexOf(place, from);
            toponyms.add(new Toponym(place, at, at + place.length()));
            from = at + place.length();
        }
    }

    /** One name looked up in the index (all match kinds, edit distance included where nothing else matched). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int lookup() {
        String name = NAMES[next++ % NAMES.length];
        return gazetteer.lookup(name).size();
    }

    /** One short article's six toponyms resolved together, with context. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Optional<Location>> resolveArticle() {
        return geocoder.resolve(ARTICLE, toponyms);
    }

    /** Loading the bundled index from the jar, as a process does once. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Gazetteer load() throws IOException {
        return GazetteerLoader.loadBundled();
    }
}
