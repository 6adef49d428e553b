package org.evident.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.evident.pipeline.Pipelines;

/**
 * What commands run against: where pipelines come from and the standard streams. Tests pass their own, so that
 * commands run in-process on a shared pipeline.
 */
public record Environment(Pipelines pipelines, InputStream in, PrintStream out, PrintStream err) {

    public Environment {
        Objects.requireNonNull(pipelines, "pipelines");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** The process's own streams, always UTF-8 whatever the platform's locale. */
    public static Environment system() {
        return new Environment(Pipelines.standard(), System.in,
                new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }
}
