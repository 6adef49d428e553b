package org.evident.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evident.model.Article;
import org.evident.model.Json;
import org.evident.nlp.CoreNlpAnnotator;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;

/**
 * The corpus throughput harness from evident-bench: the pipeline against bare CoreNLP with the same annotators on
 * the same articles, in one run (see {@link Throughput}; {@code evident bench} runs the same from the CLI).
 *
 * <pre>
 * mvn -B -q -pl evident-bench -am package -DskipTests
 * java -Xms3g -Xmx3g -XX:+UseParallelGC -cp "evident-bench/target/evident-bench.jar:evident-bench/target/lib/*" \
 *     org.evident.bench.CorpusThroughput [--corpus PATH | --synthetic N] [--limit N] [--threads T]
 *     [--scope full|selective-parse|selective] [--json]
 * java -cp … org.evident.bench.CorpusThroughput --write-synthetic FILE.jsonl N   (a corpus for evident extract)
 * </pre>
 *
 * It measures the pipeline evident extract builds (org.evident.pipeline.Pipelines), in the scope --scope names.
 * Without --corpus or --synthetic it reads the Giveme5W1H gold-standard articles from the shared/ folder beside
 * the checkout, and says so and stops when that folder is absent.
 */
public final class CorpusThroughput {

    private static final String DEFAULT_CORPUS = "corpus/giveme5w1h/gold_standard/data";

    private CorpusThroughput() {}

    public static void main(String[] args) throws IOException {
        String corpus = null;
        int synthetic = 0;
        int limit = 0;
        int threads = Runtime.getRuntime().availableProcessors();
        String scope = null; // the pipeline's own: -Devident.annotation, else selective
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = args[++i];
                case "--synthetic" -> synthetic = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--scope" -> scope = args[++i];
                case "--json" -> json = true;
                case "--write-synthetic" -> {
                    writeSynthetic(Path.of(args[i + 1]), Integer.parseInt(args[i + 2]));
                    return;
                }
                default -> {
                    System.err.println("usage: CorpusThroughput [--corpus PATH | --synthetic N] [--limit N] "
                            + "[--threads T] [--scope full|selective-parse|selective] [--json] | --write-synthetic FILE N");
                    System.exit(2);
                }
            }
        }
        Throughput.Corpus articles;
        if (synthetic > 0) {
            long start = System.nanoTime();
            articles = new Throughput.Corpus(NewsCorpus.generate(synthetic, 7), 0, System.nanoTime() - start);
        } else {
            if (corpus == null) {
                Path shared = sharedFolder();
                if (shared == null) {
                    System.err.println("skipped: the shared/ folder with corpora is not beside this checkout; "
                            + "give --corpus PATH or --synthetic N");
                    return;
                }
                corpus = shared.resolve(DEFAULT_CORPUS).toString();
            }
            articles = Throughput.read(corpus, limit, InputStream.nullInputStream(), System.err::println);
        }
        long start = System.nanoTime();
        // The pipeline evident extract runs (bundled gazetteer only, as on Spark); --scope overrides its scope.
        Pipelines.Builder builder = Pipelines.builder().geocoding(Pipelines.Geocoding.BUNDLED);
        if (scope != null) {
            builder.scope(CoreNlpAnnotator.Scope.parse(scope, Pipelines.DEFAULT_SCOPE));
        }
        Pipelines pipelines = builder.build();
        Pipeline pipeline = pipelines.get();
        double load = (System.nanoTime() - start) / 1e9;
        Throughput.Report report = new Throughput(pipeline, pipelines.coreNlp(), System.err::println)
                .measure(articles, threads, load, true);
        System.out.println(json ? Json.mapper().writeValueAsString(report.toJson()) : report.toText());
    }

    /** Writes synthetic articles as JSON Lines ({"title", "text", "published"}), for runs of evident extract. */
    private static void writeSynthetic(Path file, int n) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article article : NewsCorpus.generate(n, 7)) {
                ObjectNode line = Json.mapper().createObjectNode();
                line.put("title", article.title());
                line.put("text", article.body());
                line.put("date_publish", article.published().toString());
                line.put("source_domain", article.source());
                out.write(Json.mapper().writeValueAsString(line));
                out.write('\n');
            }
        }
    }

    /** The shared/ folder above the working directory (as the tests find it), or null. */
    private static Path sharedFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("corpus"))) {
                return candidate;
            }
        }
        return null;
    }
}
