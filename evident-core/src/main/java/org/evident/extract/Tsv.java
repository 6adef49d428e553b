package org.evident.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Evident's codebook files: tab-separated rows, '#' comment lines, '-' for an empty cell. A user folder
 * (--codebooks DIR) changes a bundled codebook in one of two ways: a file of the same name ({@code triggers.tsv})
 * replaces it whole; a file named with {@code .add.tsv} ({@code triggers.add.tsv}) adds its rows after the
 * bundled ones (or after the replacing file's). Every row error names its file and line.
 */
final class Tsv {

    /** The suffix of a user file whose rows are added to the codebook of the same base name. */
    static final String ADD_SUFFIX = ".add.tsv";

    private Tsv() {}

    /** One data row; cells are trimmed, '-' becomes "". */
    record Row(String source, int line, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        List<String> list(int column, String separator) {
            String value = cell(column);
            return value.isEmpty() ? List.of() : Arrays.stream(value.split(separator)).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
        }

        /** An error about this row: "file:line: reason". */
        IllegalArgumentException error(String reason) {
            return new IllegalArgumentException(source + ":" + line + ": " + reason);
        }

        /** The cell as a constant of an enum, or an error naming the row and the allowed values. */
        <E extends Enum<E>> E constant(int column, Class<E> type, String what) {
            String value = cell(column);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            throw error("unknown " + what + " '" + value + "', expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }

    /**
     * Reads a codebook by name: the user folder's file of that name when there is one, else the bundled one; then
     * the rows of the user folder's {@code <name>.add.tsv}, when there is one.
     *
     * @throws IllegalArgumentException naming the file and line when a row has fewer than {@code minColumns}
     */
    static List<Row> read(Path userDir, String language, String name, int minColumns) {
        List<Row> rows = new ArrayList<>();
        Path replacing = userDir == null ? null : userDir.resolve(name);
        if (replacing != null && Files.isRegularFile(replacing)) {
            rows.addAll(readFile(replacing, minColumns));
        } else {
            String resource = bundledResource(language, name);
            try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no bundled codebook " + resource);
                }
                rows.addAll(parse(resource, in, minColumns));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read codebook " + resource, e);
            }
        }
        Path adding = userDir == null ? null : userDir.resolve(addName(name));
        if (adding != null && Files.isRegularFile(adding)) {
            rows.addAll(readFile(adding, minColumns));
        }
        return rows;
    }

    /**
     * Fails on a file of the user folder that changes no bundled codebook (a misspelt name would otherwise be
     * ignored without a word).
     *
     * @throws IllegalArgumentException naming the file
     */
    static void checkUserDir(Path userDir, String language) {
        if (userDir == null) {
            return;
        }
        if (!Files.isDirectory(userDir)) {
            throw new IllegalArgumentException("codebook folder " + userDir + " is not a directory");
        }
        try (var files = Files.list(userDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.endsWith(ADD_SUFFIX)
                        ? fileName.substring(0, fileName.length() - ADD_SUFFIX.length()) + ".tsv" : fileName;
                if (Tsv.class.getResource(bundledResource(language, name)) == null) {
                    throw new IllegalArgumentException(file + ": no bundled codebook " + name + " to "
                            + (fileName.endsWith(ADD_SUFFIX) ? "add to" : "replace"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list codebook folder " + userDir, e);
        }
    }

    /** "triggers.tsv" → "triggers.add.tsv". */
    static String addName(String name) {
        return name.substring(0, name.length() - ".tsv".length()) + ADD_SUFFIX;
    }

    private static String bundledResource(String language, String name) {
        return "/org/evident/codebooks/" + language + "/" + name;
    }

    private static List<Row> readFile(Path file, int minColumns) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in, minColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read codebook " + file, e);
        }
    }

    private static List<Row> parse(String source, InputStream in, int minColumns) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t", -1))
                    .map(String::trim).map(c -> c.equals("-") ? "" : c).toList();
            if (cells.size() < minColumns || cells.get(0).isEmpty()) {
                throw new IllegalArgumentException(source + ":" + number + ": expected " + minColumns
                        + " tab-separated columns, found " + cells.size());
            }
            rows.add(new Row(source, number, cells));
        }
        return rows;
    }
}
