package org.evident.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.evident.model.EventRecord;
import org.evident.spark.io.HadoopPaths;

/**
 * The extract job: input files (any Hadoop path, glob or comma-separated list; folders are read recursively) →
 * articles → the evident-core pipeline, once per partition → four outputs under the output folder:
 * <ul>
 *   <li>{@code records/day=YYYY-MM-DD/part-*.txt}: PLOVER event records, one JSON per line;</li>
 *   <li>{@code parquet/day=YYYY-MM-DD/part-*.parquet}: the same records as columns;</li>
 *   <li>{@code articles/part-*.txt}: one line per article with its records, what {@code evident import-records}
 *       reads;</li>
 *   <li>{@code errors/part-*.txt}: one line per input or article that failed: origin, stage, reason;</li>
 * </ul>
 * and {@code _evident-summary.json} with the counts. The day is the record's event date, else the article's
 * publication date, else "unknown". One bad file, record or article becomes an error line; the job goes on.
 */
public final class ExtractJob {

    /** The summary's file name under the output folder. */
    public static final String SUMMARY = "_evident-summary.json";

    /**
     * @param input       Hadoop path(s) of the input files
     * @param output      Hadoop path of the output folder; must not exist unless {@code overwrite}
     * @param partitions  how many extraction tasks; 0 for three per core of the cluster
     * @param compression text output codec: none, gzip, bzip2, …
     */
    public record Options(String input, String output, int partitions, boolean overwrite, String compression) {
        public Options {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(output, "output");
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must not be negative, was " + partitions);
            }
            compression = compression == null ? "none" : compression;
        }
    }

    /** What a run did: articles extracted, records written, inputs or articles that failed. */
    public record Summary(long articles, long records, long errors) {
        String json() {
            return "{\"articles\": " + articles + ", \"records\": " + records + ", \"errors\": " + errors + "}\n";
        }
    }

    private ExtractJob() {}

    /** Runs the job on the session's cluster and returns the counts. */
    public static Summary run(SparkSession spark, Options options) throws IOException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        HadoopPaths.requireInput(hadoop, options.input());
        HadoopPaths.prepareOutput(hadoop, options.output(), options.overwrite());
        int partitions = options.partitions() > 0 ? options.partitions() : 3 * context.defaultParallelism();

        JavaRDD<WorkItem> items = context.binaryFiles(options.input())
                .flatMap(file -> InputFile.read(file._1(), file._2()))
                .repartition(partitions);
        JavaRDD<Row> rows = items
                .mapPartitions(partition -> new Extraction(partition, ExecutorPipeline::get))
                .map(OutputRow::toRow);
        Dataset<Row> output = spark.createDataFrame(rows, OutputRow.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            write(output, options);
            Summary summary = summary(output);
            writeSummary(spark, options.output(), summary);
            return summary;
        } finally {
            output.unpersist();
        }
    }

    private static void write(Dataset<Row> output, Options options) throws IOException {
        String out = options.output();
        Dataset<Row> records = output.filter(col("kind").equalTo(OutputRow.Kind.RECORD.name()));
        records.select(col("day"), col("json")).write().mode(SaveMode.ErrorIfExists)
                .option("compression", options.compression()).partitionBy("day").text(out + "/records");
        records.select(col("day"), from_json(col("json"), RecordSchema.of(EventRecord.class)).as("r"))
                .select(col("day"), col("r.*")).write().mode(SaveMode.ErrorIfExists)
                .partitionBy("day").parquet(out + "/parquet");
        text(output, OutputRow.Kind.ARTICLE, options, "/articles");
        text(output, OutputRow.Kind.ERROR, options, "/errors");
    }

    private static void text(Dataset<Row> output, OutputRow.Kind kind, Options options, String folder) {
        output.filter(col("kind").equalTo(kind.name())).select(col("json")).write().mode(SaveMode.ErrorIfExists)
                .option("compression", options.compression()).text(options.output() + folder);
    }

    private static Summary summary(Dataset<Row> output) {
        long articles = 0;
        long records = 0;
        long errors = 0;
        for (Row row : output.groupBy("kind").count().collectAsList()) {
            long count = row.getLong(1);
            switch (OutputRow.Kind.valueOf(row.getString(0))) {
                case ARTICLE -> articles = count;
                case RECORD -> records = count;
                case ERROR -> errors = count;
            }
        }
        return new Summary(articles, records, errors);
    }

    /** Writes the summary next to the outputs, so a finished run can be told from a crashed one. */
    private static void writeSummary(SparkSession spark, String output, Summary summary) throws IOException {
        Path file = new Path(output, SUMMARY);
        FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (OutputStream out = fs.create(file, true)) {
            out.write(summary.json().getBytes(StandardCharsets.UTF_8));
        }
    }
}
