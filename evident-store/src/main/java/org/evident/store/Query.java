package org.evident.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters over stored records; an event matches when one of its records does. Null fields do not filter.
 *
 * @param text      Lucene query syntax over article and record text ("car bomb", "port AND blast")
 * @param category  PLOVER category, e.g. ASSAULT
 * @param mode      PLOVER mode, e.g. explosives
 * @param status    epistemic status, e.g. UNVERIFIED
 * @param from      first day (the record's date range must reach it)
 * @param to        last day
 * @param country   ISO 3166 alpha-3 code or country name
 * @param bbox      {minLat, minLon, maxLat, maxLon}
 * @param near      {lat, lon, radiusKm}
 * @param minDead   the highest figure for dead must be at least this
 * @param source    publication or domain (exact, any case) or part of the article URL
 * @param articles  only records of these articles (content hashes), or null for all
 * @param limit     most events or records returned
 */
public record Query(String text, String category, String mode, String status, LocalDate from, LocalDate to,
                    String country, double[] bbox, double[] near, Integer minDead, String source,
                    List<String> articles, int limit) {

    public Query {
        if (bbox != null && bbox.length != 4) {
            throw new IllegalArgumentException("bbox needs minLat,minLon,maxLat,maxLon, got " + bbox.length + " numbers");
        }
        if (near != null && near.length != 3) {
            throw new IllegalArgumentException("near needs lat,lon,radiusKm, got " + near.length + " numbers");
        }
        articles = articles == null ? null : List.copyOf(articles);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }

    /** Everything, up to {@code limit}. */
    public static Query all(int limit) {
        return new Query(null, null, null, null, null, null, null, null, null, null, null, null, limit);
    }

    public Query withText(String value) {
        return new Query(value, category, mode, status, from, to, country, bbox, near, minDead, source, articles, limit);
    }

    public Query withCategory(String value) {
        return new Query(text, value, mode, status, from, to, country, bbox, near, minDead, source, articles, limit);
    }

    public Query withNear(double lat, double lon, double km) {
        return new Query(text, category, mode, status, from, to, country, bbox, new double[] {lat, lon, km}, minDead,
                source, articles, limit);
    }

    public Query withArticles(List<String> value) {
        return new Query(text, category, mode, status, from, to, country, bbox, near, minDead, source, value, limit);
    }

    public Query withLimit(int value) {
        return new Query(text, category, mode, status, from, to, country, bbox, near, minDead, source, articles, value);
    }

    public Query withMinDead(Integer value) {
        return new Query(text, category, mode, status, from, to, country, bbox, near, value, source, articles, limit);
    }
}
