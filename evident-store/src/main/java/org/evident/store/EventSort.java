package org.evident.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The orders a page of events can come in; ties are broken by the event's id, so pages never overlap. */
public enum EventSort {
    /** Earliest first, by the last day each event may have happened. */
    DATE("date", "{e}.span_latest ASC NULLS LAST", false),
    /** Latest first (the default). */
    DATE_DESC("-date", "{e}.span_latest DESC NULLS LAST", true),
    /** Fewest dead first, events without a toll last. */
    DEAD("dead", "{e}.dead_max ASC NULLS LAST", false),
    /** Most dead first (by the highest figure any source gave). */
    DEAD_DESC("-dead", "{e}.dead_max DESC NULLS LAST", true),
    /** Fewest reporting articles first. */
    REPORTS("reports", "{e}.articles ASC", false),
    /** Most reporting articles first. */
    REPORTS_DESC("-reports", "{e}.articles DESC", true),
    /** By PLOVER category, alphabetically, latest first within one. */
    CATEGORY("category", "{e}.category ASC, {e}.span_latest DESC NULLS LAST", true),
    /** By PLOVER category, Z to A, latest first within one. */
    CATEGORY_DESC("-category", "{e}.category DESC, {e}.span_latest DESC NULLS LAST", true);

    private final String key;
    /** The ORDER BY terms, {e} standing for the events table's alias. */
    private final String order;
    /** Whether ties go highest id (the latest stored) first. */
    private final boolean newestFirst;

    EventSort(String key, String order, boolean newestFirst) {
        this.key = key;
        this.order = order;
        this.newestFirst = newestFirst;
    }

    /** The name used on command lines and in the API: date, -date, dead, -dead, reports, -reports, category, -category. */
    public String key() {
        return key;
    }

    /**
     * The sort named by {@code key}.
     *
     * @throws IllegalArgumentException naming the key and the keys there are
     */
    public static EventSort parse(String key) {
        for (EventSort sort : values()) {
            if (sort.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
                return sort;
            }
        }
        throw new IllegalArgumentException("sort must be one of " + keys() + ", was '" + key + "'");
    }

    /** Every key, comma-separated. */
    public static String keys() {
        return Arrays.stream(values()).map(EventSort::key).collect(Collectors.joining(", "));
    }

    /** The ORDER BY clause over the events table under the alias {@code alias}. */
    String orderBy(String alias) {
        return " ORDER BY " + order.replace("{e}", alias) + ", " + alias + ".id" + (newestFirst ? " DESC" : " ASC");
    }
}
