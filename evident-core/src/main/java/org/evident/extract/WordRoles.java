package org.evident.extract;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A codebook of words each with its role, one word and one role a row (places.tsv, mentions.tsv, times.tsv): which
 * words a rule asks about, kept out of the rule's code. A third column, where a file has one, gives the word a value
 * (times.tsv: the number a count word stands for).
 *
 * @param <R> the roles, named in the file's second column
 */
final class WordRoles<R extends Enum<R>> {

    private final Map<R, Set<String>> words;
    private final Map<R, Map<String, String>> values;

    WordRoles(Path userDir, String language, String file, Class<R> roles) {
        Map<R, Set<String>> byRole = new EnumMap<>(roles);
        Map<R, Map<String, String>> valuesByRole = new EnumMap<>(roles);
        for (R role : roles.getEnumConstants()) {
            byRole.put(role, new HashSet<>());
            valuesByRole.put(role, new HashMap<>());
        }
        for (Tsv.Row row : Tsv.read(userDir, language, file, 2)) {
            R role = row.constant(1, roles, "role");
            String word = row.cell(0).toLowerCase(Locale.ROOT);
            byRole.get(role).add(word);
            if (!row.cell(2).isEmpty()) {
                valuesByRole.get(role).put(word, row.cell(2));
            }
        }
        byRole.replaceAll((role, set) -> Set.copyOf(set));
        valuesByRole.replaceAll((role, map) -> Map.copyOf(map));
        this.words = byRole;
        this.values = valuesByRole;
    }

    /** Whether the word (a lemma, or a case marker) plays the role. */
    boolean has(R role, String word) {
        return words.get(role).contains(word);
    }

    /** The value the file gives the word in the role (its third column), or null when it gives none. */
    String value(R role, String word) {
        return values.get(role).get(word);
    }
}
