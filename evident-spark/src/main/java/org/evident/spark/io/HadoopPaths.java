package org.evident.spark.io;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Checks on a job's input and output paths, made before any work, so that a wrong path is one clear line. */
public final class HadoopPaths {

    private HadoopPaths() {}

    /**
     * Every comma-separated part of {@code input} (a path or glob) must match something.
     *
     * @throws IllegalArgumentException naming the first part that matches nothing
     */
    public static void requireInput(Configuration hadoop, String input) throws IOException {
        for (String part : input.split(",")) {
            Path path = new Path(part.strip());
            FileStatus[] matches = path.getFileSystem(hadoop).globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new IllegalArgumentException("input " + part.strip() + " matches no file or folder");
            }
        }
    }

    /**
     * The output folder must not exist, unless {@code overwrite}, when it is deleted.
     *
     * @throws IllegalArgumentException when it exists and may not be replaced
     */
    public static void prepareOutput(Configuration hadoop, String output, boolean overwrite) throws IOException {
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(hadoop);
        if (fs.exists(out)) {
            if (!overwrite) {
                throw new IllegalArgumentException("output " + output
                        + " already exists; choose a new folder or pass --overwrite");
            }
            fs.delete(out, true);
        }
    }
}
