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

/** Reads Evident's codebook files: tab-separated rows, '#' comment lines, '-' for an empty cell. */
final class Tsv {

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
    }

    /**
     * Reads a codebook by name: from {@code userDir} when it holds a file of that name, else the bundled one.
     *
     * @throws IllegalArgumentException naming the file and line when a row has fewer than {@code minColumns}
     */
    static List<Row> read(Path userDir, String language, String name, int minColumns) {
        if (userDir != null) {
            Path user = userDir.resolve(name);
            if (Files.isRegularFile(user)) {
                try (InputStream in = Files.newInputStream(user)) {
                    return parse(user.toString(), in, minColumns);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read codebook " + user, e);
                }
            }
        }
        String resource = "/org/evident/codebooks/" + language + "/" + name;
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled codebook " + resource);
            }
            return parse(resource, in, minColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read codebook " + resource, e);
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
