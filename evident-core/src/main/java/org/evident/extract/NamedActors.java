package org.evident.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The field's named actors (phoenix-actors.tsv, derived from PETRARCH2's Phoenix dictionaries): who a name is, its
 * country and its sector on a given day, since a head of government is GOV while in office and ELI before and
 * after. Names are matched in upper case, so that "Erdogan" and "ERDOGAN" are one. A name that two actors of
 * different countries go by says nothing and is dropped.
 */
final class NamedActors {

    /** A code and the days it holds (null bounds are open); an undated code holds when no dated one does. */
    record DatedCode(String code, String sector, LocalDate from, LocalDate to) {
        boolean dated() {
            return from != null || to != null;
        }

        boolean holdsOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** One actor of the file. */
    record Entry(String identifier, List<DatedCode> codes) {}

    private static final Entry AMBIGUOUS = new Entry("", List.of());

    private final Map<String, Entry> byName;
    private final int longestName;

    private NamedActors(Map<String, Entry> byName, int longestName) {
        this.byName = byName;
        this.longestName = longestName;
    }

    static NamedActors read(Path userDir, String language) {
        Map<String, Entry> byName = new HashMap<>();
        int longest = 1;
        for (Tsv.Row row : Tsv.read(userDir, language, "phoenix-actors.tsv", 3)) {
            Entry entry = new Entry(row.cell(1), codes(row));
            for (String name : row.list(0, "\\|")) {
                String key = name.toUpperCase(Locale.ROOT);
                Entry before = byName.putIfAbsent(key, entry);
                if (before != null && before != AMBIGUOUS && !sameCountries(before, entry)) {
                    byName.put(key, AMBIGUOUS);
                }
                longest = Math.max(longest, key.split(" ").length);
            }
        }
        return new NamedActors(byName, longest);
    }

    int longestName() {
        return longestName;
    }

    /** The actor a name denotes on {@code day} (null: the code that holds undated), or empty. */
    Optional<Codebook.Actor> actor(String name, LocalDate day) {
        Entry entry = byName.get(name.toUpperCase(Locale.ROOT));
        if (entry == null || entry == AMBIGUOUS) {
            return Optional.empty();
        }
        DatedCode chosen = null;
        if (day != null) {
            chosen = entry.codes().stream().filter(c -> c.dated() && c.holdsOn(day)).findFirst().orElse(null);
        }
        if (chosen == null) {
            chosen = entry.codes().stream().filter(c -> !c.dated()).findFirst()
                    .orElse(entry.codes().get(entry.codes().size() - 1));
        }
        return Optional.of(new Codebook.Actor(entry.identifier(), chosen.code(),
                chosen.sector().isEmpty() ? null : chosen.sector()));
    }

    private static List<DatedCode> codes(Tsv.Row row) {
        List<DatedCode> codes = new ArrayList<>();
        for (String code : row.list(2, ";")) {
            String[] parts = code.split(":", -1);
            if (parts.length != 4 || parts[0].isEmpty()) {
                throw row.error("a code must be COUNTRY:SECTOR:FROM:TO, not '" + code + "'");
            }
            try {
                codes.add(new DatedCode(parts[0], parts[1], day(parts[2]), day(parts[3])));
            } catch (java.time.format.DateTimeParseException e) {
                throw row.error("a code's days must be YYYY-MM-DD or empty, not '" + code + "'");
            }
        }
        if (codes.isEmpty()) {
            throw row.error("an actor needs at least one code");
        }
        return List.copyOf(codes);
    }

    private static LocalDate day(String value) {
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    private static boolean sameCountries(Entry a, Entry b) {
        return a.codes().stream().map(DatedCode::code).distinct().toList()
                .equals(b.codes().stream().map(DatedCode::code).distinct().toList());
    }
}
