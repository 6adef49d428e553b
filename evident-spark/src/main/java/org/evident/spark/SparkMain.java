package org.evident.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code evident spark …}: the Spark jobs from the command line, on one machine ({@code --master local[N]}) or,
 * under {@code spark-submit}, on the cluster spark-submit names. A separate entry point from evident-cli, so that
 * Spark's dependencies stay out of the CLI's class path.
 */
@Command(name = "evident spark", mixinStandardHelpOptions = true,
        description = "Runs Evident's Spark jobs: on this machine with --master local[N], or on a cluster under "
                + "spark-submit, which sets the master (see docs/SPARK.md).",
        subcommands = {ExtractCommand.class, ResolveCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success; 1 some inputs or articles failed (see the errors folder);",
            "2 the job could not run (bad command line, missing input, existing output)."})
public final class SparkMain implements Runnable {

    /** Exit code when some inputs or articles failed. */
    static final int PARTIAL = 1;
    /** Exit code when the job could not run. */
    static final int FAILED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("evident spark: " + message(e));
            return FAILED;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A session on {@code master}, or on spark-submit's master, or on all local cores when neither is given. */
    static SparkSession session(String appName, String master) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        if (master != null && master.startsWith("local") || !new SparkConf().contains("spark.master")) {
            // One machine: no web UI to bind a port for, and no shuffle partitions beyond what its cores can use.
            builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8");
        }
        return builder.getOrCreate();
    }

    /** The innermost cause's message: Spark wraps task failures several levels deep. */
    static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.toString() : root.getMessage();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
