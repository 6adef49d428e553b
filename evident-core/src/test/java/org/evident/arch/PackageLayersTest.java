package org.evident.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime library's packages in layers: each may use only the packages below it, so that runtime geocoding
 * does not reach into gazetteer building, extraction does not reach into the pipeline that composes it, and no two
 * packages need each other. Read from the sources' imports (a same-package use needs none).
 */
class PackageLayersTest {

    private static final Path SOURCES = Path.of("src/main/java/org/evident");

    /** What each package may import from Evident; "pipeline" composes them all and is left out. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("io", Set.of()),
            Map.entry("timing", Set.of()),
            Map.entry("read", Set.of("model")),
            Map.entry("exchange", Set.of("model")),
            Map.entry("nlp", Set.of("io", "model", "timing")),
            Map.entry("geo", Set.of("io", "model")),
            Map.entry("geo.build", Set.of("geo", "io")),
            Map.entry("resolve", Set.of("geo", "io", "model")),
            Map.entry("extract", Set.of("geo", "io", "model", "nlp", "timing")));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.evident\\.([a-z.]+)\\.[A-Z]",
            Pattern.MULTILINE);

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        ALLOWED.forEach((pkg, allowed) -> assertThat(importedPackages(pkg))
                .as("packages org.evident.%s imports", pkg)
                .isSubsetOf(allowed));
    }

    @Test
    void runtimeGeocodingKnowsNothingOfBuildingTheGazetteer() {
        assertThat(importedPackages("geo")).doesNotContain("geo.build");
        assertThat(importedPackages("extract")).doesNotContain("geo.build");
    }

    /**
     * Extraction asks the gazetteer only through {@code PlaceKnowledge} (and the settlement kind it answers with);
     * the rest it takes from {@code geo} are value types and pure functions of names and coordinates. Neither a
     * geocoder nor the gazetteer itself: resolving places is the geocoding stage's work.
     */
    private static final Set<String> GEO_TYPES_EXTRACTION_USES = Set.of("PlaceKnowledge", "Settlement", "Toponym",
            "GeoMath", "Names");

    /** A use of a type of org.evident.geo, imported or written out in full. */
    private static final Pattern GEO_TYPE = Pattern.compile("\\borg\\.evident\\.geo\\.([A-Z*]\\w*)");

    /** A GeoNames feature class or code read (a record accessor, a method reference or the word in code). */
    private static final Pattern FEATURE_FIELD = Pattern.compile("\\bfeature(?:Class|Code)\\b|\\bSettlement\\.of\\(");

    @Test
    void extractionAsksTheGazetteerOnlyThroughPlaceKnowledge() {
        Set<String> used = new TreeSet<>();
        sources("extract").forEach((file, text) -> GEO_TYPE.matcher(text).results().forEach(m -> used.add(m.group(1))));
        assertThat(used).as("org.evident.geo types that org.evident.extract uses").isSubsetOf(GEO_TYPES_EXTRACTION_USES);
    }

    @Test
    void extractionReadsNoGeoNamesFeatureCodes() {
        // What kind of settlement a resolved place is, is the gazetteer's answer (PlaceKnowledge.settlement), so a
        // gazetteer other than GeoNames, or one that knows better, decides it for every rule at once.
        Set<String> reading = new TreeSet<>();
        sources("extract").forEach((file, text) -> FEATURE_FIELD.matcher(text).results()
                .forEach(m -> reading.add(file.getFileName() + ": " + m.group())));
        assertThat(reading).as("org.evident.extract sources that read a GeoNames feature class or code").isEmpty();
    }

    /** The sources of a package's own classes, by file. */
    private static Map<Path, String> sources(String pkg) {
        Path dir = SOURCES.resolve(pkg.replace('.', '/'));
        Map<Path, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                texts.put(file, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources of " + dir, e);
        }
        return texts;
    }

    /** The Evident packages a package's own classes import, itself left out. */
    private static Set<String> importedPackages(String pkg) {
        Set<String> imported = new TreeSet<>();
        sources(pkg).values().forEach(text -> IMPORT.matcher(text).results().forEach(m -> imported.add(m.group(1))));
        imported.remove(pkg);
        return imported;
    }
}
