package org.evident.spark;

import java.io.IOException;
import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.evident.io.ScratchFolder;
import org.evident.read.ArticleReader;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * evident spark bench: throughput of the extract job on one machine. Processes the first N article files of a
 * folder once directly (one thread, no Spark: the per-article cost) and then with the extract job on each master
 * given, and prints articles per second and the scaling ratio against the first master. Models load once, before
 * any timing; each Spark figure is the job alone, without session start-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures extraction throughput directly and with the extract job on local[1], local[2], ….")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "A local folder of article files.")
    Path input;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "40", description = "Files to use (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--masters", paramLabel = "M", split = ",", defaultValue = "local[1],local[2]",
            description = "Masters to compare (default ${DEFAULT-VALUE}).")
    List<String> masters;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (ScratchFolder scratch = ScratchFolder.create("evident-bench-")) {
            Path sample = scratch.path();
            List<Article> articles = copySample(sample);
            out.printf("sample: %d articles from %d files of %s%n", articles.size(), limit, input);
            long loadStart = System.nanoTime();
            Pipeline pipeline = ExecutorPipeline.get();
            out.printf("model load: %.1f s; load average before the runs: %.1f on %d cores%n", seconds(loadStart),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            direct(pipeline, articles, out);
            double first = 0;
            for (String master : masters) {
                double rate = sparkRate(master, sample, articles.size());
                first = first == 0 ? rate : first;
                out.printf("%-10s %6.2f articles/s  scaling x%.2f%n", master, rate, rate / first);
            }
            return 0;
        }
    }

    private List<Article> copySample(Path sample) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(input)) {
            files = list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted().limit(limit).toList();
        }
        ArticleReader reader = Pipelines.reader(ReadOptions.defaults());
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            Files.copy(file, sample.resolve(file.getFileName()));
            for (ReadOutcome outcome : reader.read(file)) {
                if (outcome instanceof ReadOutcome.Read read) {
                    articles.add(read.article());
                }
            }
        }
        return articles;
    }

    /**
     * One thread, no Spark. CPU time is printed beside wall time: on a shared machine the wall clock also counts
     * other processes' turns, CPU time counts only this work, and it is what a cluster's cores would spend.
     */
    private void direct(Pipeline pipeline, List<Article> articles, PrintWriter out) {
        pipeline.process(articles.get(0)); // warms the JIT; not counted
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long tokens = 0;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (Article article : articles) {
            Outcome outcome = pipeline.process(article);
            tokens += outcome.tokens();
        }
        double seconds = seconds(start);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        out.printf("direct, 1 thread: %.0f ms/article wall, %.0f ms/article CPU, %.0f tokens/article, "
                        + "%.0f tokens per CPU-second%n", 1000 * seconds / articles.size(),
                1000 * cpu / articles.size(), (double) tokens / articles.size(), tokens / cpu);
    }

    /** Articles per wall-clock second of the job; prints the CPU the process spent, and so the cores it used. */
    private double sparkRate(String master, Path sample, int articles) throws IOException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (ScratchFolder scratch = ScratchFolder.create("evident-bench-out-");
             SparkSession spark = SparkMain.session("evident bench", master)) {
            Path output = scratch.path().resolve("records"); // the job makes its output folder itself
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            ExtractJob.run(spark, new ExtractJob.Options(sample.toUri().toString(), output.toUri().toString(), 0,
                    false, "none"));
            double seconds = seconds(start);
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            spec.commandLine().getOut().printf("%-10s %.1f s wall, %.1f s CPU (%.2f cores busy), %.0f ms CPU/article%n",
                    master, seconds, cpu, cpu / seconds, 1000 * cpu / articles);
            return articles / seconds;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
