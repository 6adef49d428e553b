package org.evident.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads {@link ArticleEvents} lines from a file or from every data file under a folder, as the Spark job writes
 * them ({@code part-*} files, optionally gzip-compressed; Spark's {@code _SUCCESS}, {@code .crc} and other hidden
 * files are skipped). Streams one article at a time, so an archive of any size can be imported article by article.
 * A bad line is reported to the problem handler as "file:line: reason" and reading goes on.
 */
public final class ArticleEventsReader {

    private final Consumer<String> problems;

    /** @param problems receives one message per line that cannot be read */
    public ArticleEventsReader(Consumer<String> problems) {
        this.problems = problems;
    }

    /** Calls {@code sink} for every article under {@code path}; returns how many were read. */
    public long read(Path path, Consumer<ArticleEvents> sink) throws IOException {
        long count = 0;
        for (Path file : dataFiles(path)) {
            count += readFile(file, sink);
        }
        return count;
    }

    /** The files that hold data: {@code path} itself, or the visible files under it in name order. */
    public static List<Path> dataFiles(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException(path + ": no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(Files::isRegularFile).filter(ArticleEventsReader::isData).sorted().forEach(files::add);
        }
        return files;
    }

    private static boolean isData(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("_") && !name.startsWith(".") && !name.endsWith(".crc");
    }

    private long readFile(Path file, Consumer<ArticleEvents> sink) throws IOException {
        long count = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            for (int number = 1; (line = lines.readLine()) != null; number++) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.accept(ArticleEventsJson.read(line));
                    count++;
                } catch (IllegalArgumentException e) {
                    problems.accept(file + ":" + number + ": " + e.getMessage());
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count;
    }
}
