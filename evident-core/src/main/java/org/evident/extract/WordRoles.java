package org.evident.extract;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A codebook of words each with its role, one word and one role a row (places.tsv, mentions.tsv): which words a
 * rule asks about, kept out of the rule's code.
 *
 * @param <R> the roles, named in the file's second column
 */
final class WordRoles<R extends Enum<R>> {

    private final Map<R, Set<String>> words;

    WordRoles(Path userDir, String language, String file, Class<R> roles) {
        Map<R, Set<String>> byRole = new EnumMap<>(roles);
        for (R role : roles.getEnumConstants()) {
            byRole.put(role, new HashSet<>());
        }
        for (Tsv.Row row : Tsv.read(userDir, language, file, 2)) {
            byRole.get(row.constant(1, roles, "role")).add(row.cell(0).toLowerCase(Locale.ROOT));
        }
        byRole.replaceAll((role, set) -> Set.copyOf(set));
        this.words = byRole;
    }

    /** Whether the word (a lemma, or a case marker) plays the role. */
    boolean has(R role, String word) {
        return words.get(role).contains(word);
    }
}
