package org.evident.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
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

    /** The Evident packages a package's own classes import, itself left out. */
    private static Set<String> importedPackages(String pkg) {
        Path dir = SOURCES.resolve(pkg.replace('.', '/'));
        Set<String> imported = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    imported.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources of " + dir, e);
        }
        imported.remove(pkg);
        return imported;
    }
}
