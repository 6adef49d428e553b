package org.evident.spark;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.evident.pipeline.Pipelines;
import org.evident.spark.resolve.ResolveJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** evident spark resolve: the resolve job. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolves event records across articles (blocks by country, category and days, then merges "
                + "the records of one real event as the store does); writes events with their member records under "
                + "DIR/events.")
final class ResolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobOptions job;

    @Option(names = "--block-days", paramLabel = "N", defaultValue = "30",
            description = "Days per block (default ${DEFAULT-VALUE}); merges across a block's edge are not made.")
    int blockDays;

    @Override
    public Integer call() throws Exception {
        ResolveJob.Options options = new ResolveJob.Options(job.input, job.output, blockDays);
        try (SparkSession spark = SparkMain.session("evident resolve", job.master)) {
            ResolveJob.Summary summary = ResolveJob.run(spark, options, Pipelines.resolver().rule());
            spec.commandLine().getErr().printf("evident spark: %d records resolved into %d events, %d bad lines; output in %s%n",
                    summary.records(), summary.events(), summary.errors(), job.output);
            return summary.errors() > 0 ? SparkMain.PARTIAL : 0;
        }
    }
}
