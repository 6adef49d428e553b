package org.evident.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary folder that is deleted with everything in it when closed, so benchmarks and evaluations that need
 * a store or a corpus on disk leave nothing behind in the system's temporary directory, also when they fail.
 *
 * <pre>{@code
 * try (ScratchFolder scratch = ScratchFolder.create("evident-bench-")) {
 *     Store.open(StoreLocation.parse(scratch.path().resolve("db").toString(), scratch.path().resolve("index")));
 * }
 * }</pre>
 */
public final class ScratchFolder implements AutoCloseable {
    private final Path path;

    private ScratchFolder(Path path) {
        this.path = path;
    }

    /** A new, empty folder in the system's temporary directory whose name starts with {@code prefix}. */
    public static ScratchFolder create(String prefix) throws IOException {
        return new ScratchFolder(Files.createTempDirectory(prefix));
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder and all it holds; a folder already gone is no error. */
    @Override
    public void close() throws IOException {
        deleteTree(path);
    }

    /** Deletes {@code root} and everything below it, deepest first; does nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> deepestFirst;
        try (Stream<Path> tree = Files.walk(root)) {
            deepestFirst = tree.sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path path : deepestFirst) {
            try {
                Files.deleteIfExists(path);
            } catch (NoSuchFileException gone) {
                // removed meanwhile by whoever wrote it (an index merging its segments): what we wanted
            }
        }
    }
}
