package org.evident.spark;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** evident spark extract: the extract job. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts event records from text, HTML, feed, news-please JSON/JSONL and WARC files; writes records "
                + "(JSONL and Parquet, by day), articles with their records (for evident import-records) and errors "
                + "under DIR.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobOptions job;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Extraction tasks; default three per core.")
    int partitions;

    @Option(names = "--overwrite", description = "Replace DIR when it exists.")
    boolean overwrite;

    @Option(names = "--compression", paramLabel = "CODEC", defaultValue = "none",
            description = "Codec of the text outputs: none (default), gzip, bzip2.")
    String compression;

    @Override
    public Integer call() throws Exception {
        ExtractJob.Options options = new ExtractJob.Options(job.input, job.output, partitions, overwrite, compression);
        long start = System.nanoTime();
        try (SparkSession spark = SparkMain.session("evident extract", job.master)) {
            ExtractJob.Summary summary = ExtractJob.run(spark, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getErr().printf("evident spark: %d articles, %d records, %d errors in %.1f s; output in %s%n",
                    summary.articles(), summary.records(), summary.errors(), seconds, job.output);
            return summary.errors() > 0 ? SparkMain.PARTIAL : 0;
        }
    }
}
