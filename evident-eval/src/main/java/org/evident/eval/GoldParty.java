package org.evident.eval;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A source or target actor of a PLOVER gold record: its words, its country (or international) code and its sector.
 * The gold file writes a sector as a PLOVER sector code that may carry further CAMEO roles or an ethnic group
 * ("CVLalb", "REFKUR"); only the first three letters are the sector. "***" marks a sector the coders left unknown.
 * Codes the file writes in CAMEO 1.1's spelling ("JAP") are read as today's ("JPN"), and a gold "IGO" is also met
 * by PLOVER's UNO and EUR, which the file, older than that split, codes IGO; nothing else is loosened.
 *
 * @param text    the actor's words in the sentence
 * @param country the country or international code ("HUN", "IGO")
 * @param sector  the PLOVER sector, or null when the gold gives none
 */
public record GoldParty(String text, String country, String sector) {

    /**
     * Country codes of CAMEO 1.1, which the gold-standard file still writes, under the ISO 3166 code that CAMEO 2,
     * PLOVER and Evident use for the same country (PETRARCH2's Phoenix dictionaries: JAPAN [JPN], ITALY [ITA],
     * VIETNAM [VNM]).
     */
    private static final Map<String, String> CAMEO_1_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    /**
     * PLOVER's codes of the two intergovernmental bodies it sets apart from IGO (its manual, "Country names": the
     * United Nations UNO, the European Union EUR); the gold-standard file, older, codes them IGO.
     */
    private static final Set<String> SEPARATE_IGOS = Set.of("UNO", "EUR");

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
        String code = country.strip().toUpperCase(Locale.ROOT);
        return new GoldParty(text, CAMEO_1_CODES.getOrDefault(code, code), cleanSector);
    }

    /** Whether a party's code names this actor's country: as written, or one of PLOVER's own IGOs for "IGO". */
    boolean countryIs(String code) {
        return code != null && (country.equals(code) || country.equals("IGO") && SEPARATE_IGOS.contains(code));
    }
}
