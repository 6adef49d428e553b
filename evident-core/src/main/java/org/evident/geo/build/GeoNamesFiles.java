package org.evident.geo.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Readers for the GeoNames dump files, each into a {@link GazetteerBuilder}: the place tables
 * ({@code allCountries.txt}, {@code cities500.txt}, a country's {@code XX.txt}; 19 columns),
 * {@code alternateNamesV2.txt}, {@code admin1CodesASCII.txt} and {@code countryInfo.txt}.
 */
public final class GeoNamesFiles {

    /** The kinds of dump file, told apart by name and, failing that, by their columns. */
    public enum Kind { PLACES, ALTERNATE_NAMES, ADMIN1, ADMIN2, COUNTRY_INFO }

    /** Alternate-name "languages" that are codes, links or spellings no text uses. */
    private static final Set<String> SKIPPED_LANGUAGES = Set.of("link", "post", "iata", "icao", "faac", "wkdt",
            "unlc", "fr_1793", "tcid", "phon", "piny", "abbr");

    private GeoNamesFiles() {}

    /** Which dump file this is, from its name or its first data line. */
    public static Kind kindOf(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceFirst("^zz-", "");
        if (name.startsWith("alternatenames")) {
            return Kind.ALTERNATE_NAMES;
        }
        if (name.startsWith("admin1codes")) {
            return Kind.ADMIN1;
        }
        if (name.startsWith("admin2codes")) {
            return Kind.ADMIN2;
        }
        if (name.startsWith("countryinfo")) {
            return Kind.COUNTRY_INFO;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int columns = line.split("\t", -1).length;
                if (columns >= 18) {
                    return Kind.PLACES;
                }
                if (columns >= 4 && columns <= 10 && line.split("\t", -1)[1].matches("\\d+")) {
                    return Kind.ALTERNATE_NAMES;
                }
                break;
            }
        }
        throw new IOException(file + ": not a GeoNames dump file (expected allCountries/cities, alternateNamesV2,"
                + " admin1CodesASCII, admin2Codes or countryInfo columns)");
    }

    /** Reads one dump file of the given kind; returns the number of rows taken. */
    public static int read(Kind kind, InputStream stream, String origin, GazetteerBuilder builder)
            throws IOException {
        int rows = 0;
        int lineNo = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                try {
                    if (take(kind, cols, builder)) {
                        rows++;
                    }
                } catch (RuntimeException e) {
                    throw new IOException(origin + ":" + lineNo + ": bad " + kind + " row: " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }

    private static boolean take(Kind kind, String[] cols, GazetteerBuilder builder) {
        switch (kind) {
            case PLACES -> builder.addGeoNamesRow(cols);
            case ALTERNATE_NAMES -> {
                if (cols.length < 4 || SKIPPED_LANGUAGES.contains(cols[2])
                        || (cols.length > 7 && "1".equals(cols[7]))) {
                    return false;
                }
                return builder.addAlternateName(Long.parseLong(cols[1]), cols[3]);
            }
            case ADMIN1 -> builder.addAdmin1(cols[0], cols[1], cols.length > 3 ? Long.parseLong(cols[3]) : 0);
            case ADMIN2 -> builder.addAdmin2(cols[0], cols[1]);
            case COUNTRY_INFO -> {
                builder.addCountry(cols[0], cols[1], cols[4], Double.NaN, Double.NaN,
                        cols.length > 16 && !cols[16].isEmpty() ? Long.parseLong(cols[16]) : 0);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        return true;
    }
}
