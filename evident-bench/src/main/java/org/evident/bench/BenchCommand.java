package org.evident.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evident.cli.Environment;
import org.evident.cli.LogOptions;
import org.evident.cli.Main;
import org.evident.model.Json;
import org.evident.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * evident bench: throughput on a corpus, against bare CoreNLP on the same articles. It lives beside the harness it
 * runs ({@link Throughput}) and joins the evident command through {@link BenchCommands}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Measures extraction throughput on a corpus: articles/s, tokens/s, peak heap, model load time and",
            "where the time goes per stage; then, in the same run and on the same articles, bare CoreNLP with",
            "the same annotators on whole documents (the floor Evident is measured against). With --threads 2",
            "or more it also measures one and two threads and reports the scaling.",
            "Ratios (speedup, scaling, stage shares) hold on a busy machine; absolute rates do not.",
            "The annotation scope is set with -Devident.annotation=full|selective-parse|selective",
            "(EVIDENT_JAVA_OPTS for bin/evident)."})
final class BenchCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    LogOptions log = new LogOptions();

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "Folder (read recursively), file or quoted glob of articles in any format evident reads.")
    String corpus;

    @Option(names = "--limit", paramLabel = "N", description = "Use at most the first N articles (default: all).")
    int limit;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--no-baseline", description = "Skip the bare CoreNLP run.")
    boolean noBaseline;

    @Option(names = "--codebooks", paramLabel = "DIR",
            description = "Folder of codebook files: NAME.tsv replaces a bundled one, NAME.add.tsv adds rows to it.")
    Path codebooks;

    BenchCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            env.err().println("evident: --threads must be at least 1, was " + threads);
            return Main.NOTHING_READ;
        }
        Throughput.Corpus articles = Throughput.read(corpus, limit, env.in(),
                message -> env.err().println("evident: " + message));
        if (articles.articles().isEmpty()) {
            env.err().println("evident: " + corpus + ": no article could be read");
            return Main.NOTHING_READ;
        }
        env.err().println("bench: " + articles.articles().size() + " articles read; loading models…");
        long start = System.nanoTime();
        Pipeline pipeline = env.pipelines().get(codebooks);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        Throughput.Report report = new Throughput(pipeline, env.pipelines().coreNlp(), env.err()::println)
                .measure(articles, threads, loadSeconds, !noBaseline);
        if (json) {
            env.out().println(Json.mapper().writeValueAsString(report.toJson()));
        } else {
            env.out().print(report.toText());
        }
        env.out().flush();
        return report.failed() > 0 ? Main.PARTIAL : 0;
    }
}
