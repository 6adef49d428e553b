package org.evident.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpora and gold files (the folder {@code shared/} beside the repository). Tests that need them call
 * {@link #require()}, which skips the test with a clear message where the folder is absent.
 */
public final class SharedData {

    private SharedData() {}

    /** The shared folder, found above the working directory, or null. */
    public static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("gold")) && Files.isDirectory(candidate.resolve("corpus"))) {
                return candidate;
            }
        }
        return null;
    }

    /** The shared folder; skips the calling test when it is absent. */
    public static Path require() {
        Path shared = find();
        Assumptions.assumeTrue(shared != null,
                "skipped: the shared/ folder with corpora and gold files is not beside this checkout");
        return shared;
    }
}
