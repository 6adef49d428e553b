package org.evident.extract;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words of places.tsv: which prepositions, nouns and verbs tell that a name is a place and where events happen. */
final class PlaceWords {

    /** What a word tells; see places.tsv. */
    enum Role { IN_PLACE, LOCATIVE, PLACE_KIND, AWAY, PLACE_OBJECT, ARABIC_ARTICLE }

    private final Map<Role, Set<String>> words = new EnumMap<>(Role.class);

    PlaceWords(Path userDir, String language) {
        for (Role role : Role.values()) {
            words.put(role, new HashSet<>());
        }
        for (Tsv.Row row : Tsv.read(userDir, language, "places.tsv", 2)) {
            words.get(row.constant(1, Role.class, "role")).add(row.cell(0).toLowerCase(Locale.ROOT));
        }
        // a preposition of place puts an event there, and so does a place with no case marker at all
        words.get(Role.LOCATIVE).addAll(words.get(Role.IN_PLACE));
        words.get(Role.LOCATIVE).add("");
        words.replaceAll((role, set) -> Set.copyOf(set));
    }

    /** Whether the word (a lemma, or a case marker; "" for none) plays the role. */
    boolean has(Role role, String word) {
        return words.get(role).contains(word);
    }
}
