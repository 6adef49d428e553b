package org.evident.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.evident.geo.Geocoder;
import org.evident.pipeline.Pipelines;

/**
 * The evident command line with {@link FakeExtraction} behind ingest, for tests that run it as a child process
 * (and kill it). The first argument is the milliseconds each article's extraction takes.
 */
public final class FakeExtractionMain {

    private FakeExtractionMain() {}

    public static void main(String[] args) {
        Environment env = new Environment(Pipelines.with(() -> {
            throw new IllegalStateException("no annotator in fake extraction runs");
        }, Geocoder::none), System.in,
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        FakeExtraction processor = new FakeExtraction(Long.parseLong(args[0]));
        System.exit(Main.commandLine(env, Cli.factory(env, processor)).execute(rest));
    }
}
