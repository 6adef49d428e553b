package org.evident.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evident.model.Status;
import org.evident.store.EventSort;
import org.evident.store.Query;

/**
 * The query parameters of a request, checked: each bad value is a 400 naming the parameter, the value and what
 * it should be. Unknown parameters are refused (a misspelt filter would otherwise silently match everything);
 * empty values count as absent, as forms send them.
 */
final class Params {

    /** The event filters, as evident query takes them. */
    static final List<String> FILTERS = List.of("q", "category", "mode", "status", "from", "to", "country", "bbox",
            "near", "min_dead", "source");
    static final List<String> PAGING = List.of("offset", "limit");
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int MAX_OFFSET = 1_000_000;
    private static final int MAX_VALUE_CHARS = 1_000;

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's parameters, refusing any not in {@code allowed}. */
    static Params of(Context ctx, List<String> allowed) {
        Map<String, List<String>> values = ctx.queryParamMap();
        Set<String> known = Set.copyOf(allowed);
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + clip(e.getKey()) + "'"
                        + (allowed.isEmpty() ? "; this endpoint takes none" : "; known: " + String.join(", ", allowed)));
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badRequest("parameter '" + e.getKey() + "' is given " + e.getValue().size()
                        + " times; give it once");
            }
        }
        return new Params(values);
    }

    /** The value, stripped, or null when absent or empty. */
    String get(String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty() || list.get(0).isBlank()) {
            return null;
        }
        String value = list.get(0).strip();
        if (value.length() > MAX_VALUE_CHARS) {
            throw ApiException.badRequest(name + " is longer than " + MAX_VALUE_CHARS + " characters");
        }
        return value;
    }

    /** The event filters as a store query of {@code limit} events. */
    Query query(int limit) {
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        double[] bbox = numbers("bbox", 4, "minLat,minLon,maxLat,maxLon");
        if (bbox != null) {
            latLon("bbox", bbox[0], bbox[1]);
            latLon("bbox", bbox[2], bbox[3]);
            if (bbox[0] > bbox[2] || bbox[1] > bbox[3]) {
                throw ApiException.badRequest("bbox must be minLat,minLon,maxLat,maxLon with each minimum below its"
                        + " maximum, was '" + get("bbox") + "'");
            }
        }
        double[] near = numbers("near", 3, "lat,lon,km");
        if (near != null) {
            latLon("near", near[0], near[1]);
            if (!(near[2] > 0 && near[2] <= 20_100)) {
                throw ApiException.badRequest("near's radius must be between 0 and 20100 km, was " + near[2]);
            }
        }
        return new Query(get("q"), word("category"), word("mode"), status(), from, to, get("country"), bbox, near,
                whole("min_dead", 0, Integer.MAX_VALUE, null), get("source"), null, limit);
    }

    EventSort sort() {
        String value = get("sort");
        if (value == null) {
            return EventSort.DATE_DESC;
        }
        try {
            return EventSort.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("sort must be one of " + EventSort.keys() + ", was '" + clip(value) + "'");
        }
    }

    int offset() {
        return whole("offset", 0, MAX_OFFSET, 0);
    }

    int limit() {
        return whole("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    }

    private String word(String name) {
        String value = get(name);
        if (value != null && !value.matches("[\\p{L}\\p{N}_ .:-]{1,64}")) {
            throw ApiException.badRequest(name + " must be a single word or code (letters, digits, -, _, :), was '"
                    + clip(value) + "'");
        }
        return value;
    }

    private String status() {
        String value = get("status");
        if (value == null) {
            return null;
        }
        try {
            return Status.valueOf(value.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("status must be one of " + Arrays.toString(Status.values())
                    .replaceAll("[\\[\\]]", "") + ", was '" + clip(value) + "'");
        }
    }

    private LocalDate date(String name) {
        return date(name, get(name));
    }

    /** The date {@code value} (null: none) of the parameter or field {@code name}, within the years 1 to 9999. */
    static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, was '" + clip(value) + "'");
        }
        // java.time reads years of up to nine digits; the store's dates (and ISO 8601 without a sign) hold four
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw ApiException.badRequest(name + " must be a date from 0001-01-01 to 9999-12-31, was '" + clip(value)
                    + "'");
        }
        return date;
    }

    private Integer whole(String name, int min, int max, Integer absent) {
        String value = get(name);
        if (value == null) {
            return absent;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, was '" + clip(value) + "'");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", was " + n);
        }
        return n;
    }

    private double[] numbers(String name, int count, String shape) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != count) {
            throw ApiException.badRequest(name + " needs " + count + " comma-separated numbers (" + shape + "), was '"
                    + clip(value) + "'");
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                numbers[i] = Double.NaN;
            }
            if (!Double.isFinite(numbers[i])) {
                throw ApiException.badRequest(name + " needs numbers (" + shape + "), was '" + clip(value) + "'");
            }
        }
        return numbers;
    }

    private static void latLon(String name, double lat, double lon) {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw ApiException.badRequest(name + ": latitude must be within ±90 and longitude within ±180, was "
                    + lat + "," + lon);
        }
    }

    /** A value cut short for a message, so an error never echoes a huge input. */
    static String clip(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
