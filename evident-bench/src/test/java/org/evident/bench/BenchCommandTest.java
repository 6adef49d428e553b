package org.evident.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evident.cli.Environment;
import org.evident.cli.Main;
import org.evident.geo.Geocoder;
import org.evident.model.Json;
import org.evident.pipeline.Pipelines;
import org.evident.testkit.SharedAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evident bench on a tiny corpus: the JSON report's keys and sane values (no timing is asserted). The command line
 * is the evident command's own, which finds bench on this module's class path.
 */
class BenchCommandTest {

    private static final String[] ARTICLES = {
        "Police arrested twelve protesters in Valparaiso on Monday after a march against fuel prices turned violent, "
            + "the regional governor said.\n\nThe governor said more marches were planned for Friday.",
        "Floods killed at least nine people in northern Malawi on Sunday, officials said. Hundreds of families "
            + "were moved to schools and churches.",
        "The two governments signed a trade agreement in Tallinn on Wednesday. The deal cuts tariffs on timber "
            + "and fish, the ministry said in a statement."};

    static Path corpus(Path dir) throws Exception {
        for (int i = 0; i < ARTICLES.length; i++) {
            Files.writeString(dir.resolve("article-" + i + ".txt"),
                    "---\npublished: 2021-03-0" + (i + 1) + "\n---\n" + ARTICLES[i]);
        }
        return dir;
    }

    @Test
    void jsonReportHasTheAgreedKeysWithPositiveRates(@TempDir Path dir) throws Exception {
        Run run = run(coreNlp(), "bench", "--corpus", corpus(dir).toString(),
                "--threads", "2", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = Json.mapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        report.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsSubsequence("articles", "tokens", "articles_per_s", "baseline_articles_per_s",
                "speedup_vs_baseline", "own_stage_fraction", "peak_heap_mb", "load_s", "scaling_2_vs_1");
        assertThat(report.get("articles").asInt()).isEqualTo(3);
        assertThat(report.get("tokens").asLong()).isGreaterThan(60);
        for (String rate : List.of("articles_per_s", "baseline_articles_per_s", "speedup_vs_baseline",
                "peak_heap_mb", "scaling_2_vs_1")) {
            assertThat(report.get(rate).asDouble()).as(rate).isPositive();
        }
        assertThat(report.get("own_stage_fraction").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.get("load_s").asDouble()).isNotNegative();
        assertThat(report.get("stage_fraction").get("depparse").asDouble()).isPositive();
        assertThat(run.out().lines()).hasSize(1);
    }

    @Test
    void oneThreadReportsNoScaling(@TempDir Path dir) throws Exception {
        Run run = run(coreNlp(), "bench", "--corpus", corpus(dir).toString(),
                "--threads", "1", "--limit", "2", "--json", "--no-baseline");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = Json.mapper().readTree(run.out());
        assertThat(report.get("articles").asInt()).isEqualTo(2);
        assertThat(report.has("scaling_2_vs_1")).isFalse();
        assertThat(report.get("baseline_articles_per_s").isNull()).isTrue();
    }

    @Test
    void corpusWithNothingReadableIsOneLineAndExitCodeTwo(@TempDir Path dir) {
        Run run = run(Pipelines.with(() -> {
            throw new AssertionError("models must not load when nothing can be read");
        }, Geocoder::none), "bench", "--corpus", dir.resolve("missing").toString());
        assertThat(run.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(run.err().lines().toList()).last().asString().endsWith("no article could be read");
    }

    /** The builder's CoreNLP (shared with the test kit), which the benchmark times against bare CoreNLP. */
    private static Pipelines coreNlp() {
        return SharedAnnotator.fullScope().geocoder(Geocoder::none).build();
    }

    /** What one run of the command line gave. */
    private record Run(int exit, String out, String err) {}

    /** Runs the evident command line in-process on these pipelines, with nothing on standard input. */
    private static Run run(Pipelines pipelines, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment env = new Environment(pipelines, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = Main.commandLine(env).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
