package org.evident.eval;

import java.util.List;
import java.util.Objects;

/**
 * One text of a sentence-level test set with its label: a CASE snippet and its ACLED sub-type, or a PLOVER gold
 * sentence and its category as the file names it.
 *
 * @param origin  file and item id, for messages
 * @param id      the item's id in its file
 * @param text    the snippet or sentence
 * @param label   the label as written in the file
 * @param parties the gold actors that carry a country code (PLOVER gold records only; CASE has none)
 */
public record LabelledText(String origin, String id, String text, String label, List<GoldParty> parties) {

    public LabelledText {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        parties = List.copyOf(parties);
    }

    /** A text without gold actors. */
    public LabelledText(String origin, String id, String text, String label) {
        this(origin, id, text, label, List.of());
    }
}
