package org.evident.extract;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The field's agent nouns (phoenix-agents.tsv, derived from PETRARCH2's Phoenix agent dictionary): the PLOVER sector
 * that a common noun, or a phrase ending in one, gives a party ("peasants" AGR, "riot police" COP, "senator" LEG).
 * Consulted after the hand-made agents.tsv.
 */
final class FieldAgents {

    private final Map<String, String> sectorByPhrase;
    private final int longestPhrase;

    private FieldAgents(Map<String, String> sectorByPhrase, int longestPhrase) {
        this.sectorByPhrase = sectorByPhrase;
        this.longestPhrase = longestPhrase;
    }

    static FieldAgents read(Path userDir, String language) {
        Map<String, String> sectors = new HashMap<>();
        int longest = 1;
        for (Tsv.Row row : Tsv.read(userDir, language, "phoenix-agents.tsv", 2)) {
            String phrase = row.cell(0).toLowerCase(Locale.ROOT);
            if (row.cell(1).isEmpty()) {
                throw row.error("an agent phrase needs a sector");
            }
            sectors.putIfAbsent(phrase, row.cell(1));
            longest = Math.max(longest, phrase.split(" ").length);
        }
        return new FieldAgents(sectors, longest);
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /**
     * The sector of the longest phrase that ends in the head noun, or null: {@code before} are the words before the
     * head, nearest last; the head is matched on its lemma, then on its word (for a plural the lemma misses).
     */
    String sector(List<String> before, String headLemma, String headWord) {
        for (int count = Math.min(before.size(), longestPhrase - 1); count >= 0; count--) {
            String prefix = String.join(" ", before.subList(before.size() - count, before.size()))
                    .toLowerCase(Locale.ROOT);
            for (String head : List.of(headLemma, headWord)) {
                String sector = sectorByPhrase.get(
                        (prefix.isEmpty() ? "" : prefix + " ") + head.toLowerCase(Locale.ROOT));
                if (sector != null) {
                    return sector;
                }
            }
        }
        return null;
    }
}
