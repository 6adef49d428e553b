package org.evident.geo;

/**
 * A country as the country table knows it.
 *
 * @param iso2 ISO 3166 alpha-2 code ("TR")
 * @param iso3 ISO 3166 alpha-3 code ("TUR")
 * @param name the common English name
 * @param lat  latitude of its middle
 * @param lon  longitude of its middle
 */
public record Country(String iso2, String iso3, String name, double lat, double lon, long geonameid) {}
