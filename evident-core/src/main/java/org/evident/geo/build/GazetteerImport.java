package org.evident.geo.build;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evident.geo.Names;
import org.evident.geo.Place;

/**
 * Imports GeoNames dump files into a user gazetteer folder, where {@link GazetteerLoader} reads them after the
 * bundled data. Place tables keep administrative and populated entries (classes A and P) and the other
 * entries that have alternate names (notable rivers, islands, regions, parks); alternate-name files keep the
 * Latin-script names in real languages (no links, postal or airport codes); code tables are copied whole.
 * Each file is checked before anything is written, and written under a temporary name first.
 */
public final class GazetteerImport {

    private static final Set<String> SKIPPED_LANGUAGES = Set.of("link", "post", "iata", "icao", "faac", "wkdt",
            "unlc", "fr_1793", "tcid", "phon", "piny", "abbr");

    /** What one file gave. */
    public record Imported(Path source, GeoNamesFiles.Kind kind, Path target, long rowsRead, long rowsKept) {}

    private GazetteerImport() {}

    /** Imports each file into the folder (created if missing); a file of the same kind and name is replaced. */
    public static List<Imported> importFiles(List<Path> files, Path dir) throws IOException {
        List<GeoNamesFiles.Kind> kinds = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + ": no such file");
            }
            kinds.add(GeoNamesFiles.kindOf(file));
        }
        Files.createDirectories(dir);
        List<Imported> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            out.add(importFile(files.get(i), kinds.get(i), dir));
        }
        return out;
    }

    private static Imported importFile(Path file, GeoNamesFiles.Kind kind, Path dir) throws IOException {
        String base = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.txt$", "");
        String prefix = switch (kind) {
            case PLACES -> "places-";
            case ALTERNATE_NAMES -> "zz-alternatenames-";
            case ADMIN1 -> "admin1codes-";
            case ADMIN2 -> "admin2codes-";
            case COUNTRY_INFO -> "countryinfo-";
        };
        Path target = dir.resolve(prefix + base + ".txt");
        Path temp = dir.resolve(target.getFileName() + ".part");
        long read = 0;
        long kept = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                read++;
                if (keep(kind, line.split("\t", -1))) {
                    w.write(line);
                    w.newLine();
                    kept++;
                }
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Imported(file, kind, target, read, kept);
    }

    static boolean keep(GeoNamesFiles.Kind kind, String[] cols) {
        return switch (kind) {
            case PLACES -> cols.length >= 15 && ("A".equals(cols[6]) || "P".equals(cols[6]) || !cols[3].isEmpty());
            case ALTERNATE_NAMES -> cols.length >= 4 && !SKIPPED_LANGUAGES.contains(cols[2])
                    && !Names.hasNonLatinLetters(cols[3]) && !(cols.length > 7 && "1".equals(cols[7]));
            default -> true;
        };
    }
}
