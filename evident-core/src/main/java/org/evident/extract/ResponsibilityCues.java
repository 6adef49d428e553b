package org.evident.extract;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evident.nlp.Token;

/** The words of responsibility.tsv: each with the construction that names who claims an act or is blamed for it. */
final class ResponsibilityCues {

    /** How the party is named; see responsibility.tsv. */
    enum Construction { CLAIM, TAKE, CLAIM_OBJECT, NAMES, BEHIND, BLAME, ACCUSE, RESPONSIBLE, ATTRIBUTE, DENY }

    /** One row: a word of a part of speech, its construction, its preposition (or empty) and the status it gives. */
    record Cue(String lemma, char pos, Construction construction, String marker, String status) {

        boolean matches(Token token) {
            return switch (pos) {
                case 'V' -> token.isVerb();
                case 'N' -> token.isNoun();
                case 'A' -> token.pos().startsWith("JJ");
                default -> true;
            };
        }
    }

    private static final List<String> STATUSES = List.of("CLAIMED", "ALLEGED", "DENIED", "");

    /** The rows of each lemma: one a part of speech ("claim" the verb and "claim" the noun read differently). */
    private final Map<String, List<Cue>> byLemma = new HashMap<>();

    ResponsibilityCues(Path userDir, String language) {
        for (Tsv.Row row : Tsv.read(userDir, language, "responsibility.tsv", 3)) {
            String pos = row.cell(1).isEmpty() ? "*" : row.cell(1);
            if (pos.length() != 1 || "VNA*".indexOf(pos.charAt(0)) < 0) {
                throw row.error("unknown part of speech '" + pos + "', expected one of VNA or *");
            }
            if (!STATUSES.contains(row.cell(4))) {
                throw row.error("unknown status '" + row.cell(4) + "', expected CLAIMED, ALLEGED, DENIED or '-'");
            }
            Cue cue = new Cue(row.cell(0).toLowerCase(Locale.ROOT), pos.charAt(0),
                    row.constant(2, Construction.class, "construction"), row.cell(3), row.cell(4));
            byLemma.computeIfAbsent(cue.lemma(), lemma -> new java.util.ArrayList<>()).add(cue);
        }
    }

    /** The cue a token is, by its lemma and part of speech; or null. */
    Cue at(Token token) {
        return byLemma.getOrDefault(token.lemma(), List.of()).stream().filter(cue -> cue.matches(token)).findFirst()
                .orElse(null);
    }

    /** Whether a lemma is what is claimed ("responsibility", "credit"). */
    boolean isClaimObject(String lemma) {
        return byLemma.getOrDefault(lemma, List.of()).stream()
                .anyMatch(cue -> cue.construction() == Construction.CLAIM_OBJECT);
    }

    /**
     * Whether a sentence with this lemma may hold a claim or an attribution, so it is worth the parse. A denial
     * needs none of its own: its verb is a speech cue already; nor does a verb as common as "take": a claim with it
     * names the act it takes responsibility for, whose word selects the sentence.
     */
    boolean startsFrom(String lemma) {
        return byLemma.getOrDefault(lemma, List.of()).stream()
                .map(Cue::construction)
                .anyMatch(c -> c != Construction.CLAIM_OBJECT && c != Construction.DENY && c != Construction.TAKE);
    }
}
