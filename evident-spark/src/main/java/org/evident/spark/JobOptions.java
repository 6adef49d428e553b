package org.evident.spark;

import picocli.CommandLine.Option;

/** The options every job command has: where its input is, where its output goes, which Spark master runs it. */
final class JobOptions {

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "Input: a Hadoop path (file:, hdfs:, s3a:, …), folder (read recursively), glob or comma-separated list.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder; must not exist.")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2]; default: spark-submit's, else local[*].")
    String master;
}
