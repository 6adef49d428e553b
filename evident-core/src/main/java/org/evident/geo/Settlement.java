package org.evident.geo;

import java.util.Map;

/**
 * What a resolved place is among the places people live in, as the gazetteer tells it (its GeoNames feature
 * class and code), for the extraction rules that ask: a section of a town is reported as the town that holds it,
 * and only a seat of government holds sections. Seats are in rising rank, so the higher of two compares greater.
 */
public enum Settlement {
    /** Not a populated place: a country, a division, a natural feature, a place not resolved. */
    NONE,
    /** A section of a town: a neighbourhood or district the gazetteer holds ("Rogers Park"; GeoNames PPLX). */
    SECTION,
    /** A populated place that is no seat of government (a suburb, a village). */
    TOWN,
    /** The seat of a fourth-order division (PPLA4). */
    SEAT_OF_FOURTH_DIVISION,
    /** The seat of a third-order division (PPLA3). */
    SEAT_OF_THIRD_DIVISION,
    /** The seat of a second-order division, such as a county (PPLA2). */
    SEAT_OF_SECOND_DIVISION,
    /** The seat of a first-order division, such as a province or a state (PPLA). */
    SEAT_OF_FIRST_DIVISION,
    /** The seat of a government that is not the capital (PPLG). */
    SEAT_OF_GOVERNMENT,
    /** A country's capital (PPLC). */
    CAPITAL;

    private static final Map<String, Settlement> BY_CODE = Map.of("PPLX", SECTION, "PPLA4", SEAT_OF_FOURTH_DIVISION,
            "PPLA3", SEAT_OF_THIRD_DIVISION, "PPLA2", SEAT_OF_SECOND_DIVISION, "PPLA", SEAT_OF_FIRST_DIVISION,
            "PPLG", SEAT_OF_GOVERNMENT, "PPLC", CAPITAL);

    /** The settlement a GeoNames feature class and code name: class P is a populated place. */
    public static Settlement of(String featureClass, String featureCode) {
        return "P".equals(featureClass) ? BY_CODE.getOrDefault(featureCode, TOWN) : NONE;
    }

    /** A place people live in: a town, a seat or a section of one. */
    public boolean isPopulated() {
        return this != NONE;
    }

    /** A seat of government of some rank, which may hold sections of itself. */
    public boolean isSeat() {
        return compareTo(SEAT_OF_FOURTH_DIVISION) >= 0;
    }
}
