package org.evident.cli;

import java.io.IOException;
import org.evident.geo.Gazetteer;
import org.evident.geo.GazetteerGeocoder;
import org.evident.geo.GazetteerLoader;
import org.evident.geo.Geocoder;

/**
 * The geocoder the CLI uses: the bundled gazetteer plus the user gazetteer ({@code evident gazetteer import}),
 * loaded once per process on first use.
 */
final class DefaultGeocoder {

    private static GazetteerGeocoder instance;

    private DefaultGeocoder() {}

    static synchronized Geocoder load() {
        if (instance == null) {
            try {
                Gazetteer gazetteer = GazetteerLoader.loadDefault();
                instance = new GazetteerGeocoder(gazetteer);
            } catch (IOException e) {
                throw new IllegalStateException("cannot load the gazetteer: " + e.getMessage(), e);
            }
        }
        return instance;
    }
}
