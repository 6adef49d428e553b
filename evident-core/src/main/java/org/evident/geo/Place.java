package org.evident.geo;

/**
 * One gazetteer entry. Countries, first-level divisions (provinces, states) and second-level divisions
 * (districts, counties) are entries too, with the coordinates their source gives or, failing that, the middle
 * of the populated places they contain.
 *
 * @param geonameid    the GeoNames id, or 0 where the source has none
 * @param name         the preferred name
 * @param featureClass GeoNames feature class (A, P, L, T, H, ...)
 * @param featureCode  GeoNames feature code (PPL, PPLC, ADM1, PCLI, ...)
 * @param country      ISO 3166 alpha-2 code, or "" for a region spanning countries
 * @param admin1       the first-level division code within the country, or ""
 * @param admin2       the second-level division code within admin1, or ""
 * @param population   inhabitants, 0 where unknown
 * @param kind         which level of the hierarchy this is
 */
public record Place(long geonameid, String name, double lat, double lon, char featureClass, String featureCode,
                    String country, String admin1, String admin2, long population, Kind kind) {

    /** Levels of the hierarchy, broadest first. */
    public enum Kind {
        REGION(1), COUNTRY(1), ADMIN1(2), ADMIN2(3), PLACE(4);

        private final int resolution;

        Kind(int resolution) {
            this.resolution = resolution;
        }

        /** The record contract's resolution level: 1 country, 2 province, 3 district, 4 city. */
        public int resolution() {
            return resolution;
        }
    }

    /** The contract's resolution: parts of a city (PPLX) and sites (airports) are 5, others their kind's level. */
    public int resolution() {
        return kind == Kind.PLACE && ("PPLX".equals(featureCode) || featureClass == 'S') ? 5 : kind.resolution();
    }

    /** The key of this entry's first-level division ("US.LA"), or "" for none. */
    public String admin1Key() {
        return admin1.isEmpty() || country.isEmpty() ? "" : country + "." + admin1;
    }

    /** The key of this entry's second-level division ("US.LA.079"), or "" for none. */
    public String admin2Key() {
        return admin2.isEmpty() || admin1.isEmpty() ? "" : country + "." + admin1 + "." + admin2;
    }
}
