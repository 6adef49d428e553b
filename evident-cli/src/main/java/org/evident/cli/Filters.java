package org.evident.cli;

import java.time.LocalDate;
import java.util.Arrays;
import org.evident.store.Query;
import picocli.CommandLine.Option;

/** The record filters that query and export share. */
final class Filters {

    @Option(names = "--text", paramLabel = "QUERY",
            description = "Full-text query over article and record text (Lucene syntax: words, \"phrases\", AND, OR, NOT).")
    String text;

    @Option(names = "--category", paramLabel = "CAT", description = "PLOVER category, e.g. ASSAULT, PROTEST, X-DISASTER.")
    String category;

    @Option(names = "--mode", paramLabel = "MODE", description = "PLOVER mode, e.g. explosives, arrest.")
    String mode;

    @Option(names = "--status", paramLabel = "STATUS", description = "Epistemic status, e.g. ASSERTED, UNVERIFIED, DENIED.")
    String status;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events that may have happened on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events that may have happened on or before this day.")
    LocalDate to;

    @Option(names = "--country", paramLabel = "ISO3|NAME", description = "Country code (IRQ) or name (Iraq).")
    String country;

    @Option(names = "--bbox", paramLabel = "S,W,N,E", description = "Bounding box: minLat,minLon,maxLat,maxLon.")
    String bbox;

    @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "Within KM kilometres of a point.")
    String near;

    @Option(names = "--min-dead", paramLabel = "N", description = "Events for which some source reports at least N dead.")
    Integer minDead;

    @Option(names = "--source", paramLabel = "NAME", description = "Publication (exact, any case) or part of the article URL.")
    String source;

    Query toQuery(int limit) {
        return new Query(text, category, mode, status, from, to, country, numbers("--bbox", bbox, 4),
                numbers("--near", near, 3), minDead, source, null, limit);
    }

    private static double[] numbers(String option, String value, int count) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != count) {
            throw new IllegalArgumentException(option + " needs " + count + " comma-separated numbers, got '" + value + "'");
        }
        try {
            return Arrays.stream(parts).mapToDouble(p -> Double.parseDouble(p.strip())).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs numbers, got '" + value + "'");
        }
    }
}
