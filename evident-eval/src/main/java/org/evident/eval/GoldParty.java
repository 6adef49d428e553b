package org.evident.eval;

import java.util.Locale;
import java.util.Objects;

/**
 * A source or target actor of a PLOVER gold record: its words, its country (or international) code and its sector.
 * The gold file writes a sector as a PLOVER sector code that may carry further CAMEO roles or an ethnic group
 * ("CVLalb", "REFKUR"); only the first three letters are the sector. "***" marks a sector the coders left unknown.
 *
 * @param text    the actor's words in the sentence
 * @param country the country or international code ("HUN", "IGO")
 * @param sector  the PLOVER sector, or null when the gold gives none
 */
public record GoldParty(String text, String country, String sector) {

    public GoldParty {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(country, "country");
    }

    /** A gold actor as the file writes it; null when it carries no country code. */
    static GoldParty of(String text, String country, String sector) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String cleanSector = sector == null || sector.length() < 3 || sector.startsWith("*") ? null
                : sector.substring(0, 3).toUpperCase(Locale.ROOT);
        return new GoldParty(text, country.strip().toUpperCase(Locale.ROOT), cleanSector);
    }
}
