package org.evident.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A bundled word list: one word a line (or the first tab-separated column), '#' starting a comment line; or, read
 * by {@link #rows}, a table of tab-separated columns.
 */
public final class WordList {

    private WordList() {}

    /** The words of the resource at {@code path} (absolute, as for {@link Class#getResourceAsStream}). */
    public static Set<String> read(String path) {
        return rows(path).stream().map(row -> row[0].strip()).collect(Collectors.toUnmodifiableSet());
    }

    /** The rows of the resource at {@code path}, each split at tabs, comment and blank lines left out. */
    public static List<String[]> rows(String path) {
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
