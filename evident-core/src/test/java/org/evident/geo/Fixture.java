package org.evident.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.evident.geo.build.GazetteerBuilder;
import org.evident.geo.build.GazetteerLoader;
import org.evident.geo.build.GeoNamesFiles;

/** A small hand-made gazetteer in the GeoNames dump format (src/test/resources/org/evident/geo/fixture). */
public final class Fixture {

    private static Gazetteer gazetteer;

    private Fixture() {}

    public static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            try {
                gazetteer = builder().build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return gazetteer;
    }

    /** The fixture files read in loader order into a new builder, with Evident's own lists. */
    public static GazetteerBuilder builder() throws IOException {
        GazetteerBuilder builder = new GazetteerBuilder();
        for (String file : List.of("countryInfo.txt", "places.txt", "admin1CodesASCII.txt", "admin2Codes.txt",
                "alternateNamesV2.txt")) {
            GeoNamesFiles.Kind kind = file.equals("places.txt") ? GeoNamesFiles.Kind.PLACES
                    : GeoNamesFiles.kindOf(Path.of(file));
            try (InputStream in = open(file)) {
                GeoNamesFiles.read(kind, in, file, builder);
            }
        }
        GazetteerLoader.addOwnLists(builder);
        return builder;
    }

    public static InputStream open(String file) {
        InputStream in = Fixture.class.getResourceAsStream("fixture/" + file);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + file);
        }
        return in;
    }

    public static Path path(String file) {
        try {
            return Path.of(Fixture.class.getResource("fixture/" + file).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
