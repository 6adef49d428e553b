package org.evident.eval.muc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evident.model.EventRecord;

/**
 * The MUC-4 incident types and the PLOVER category and mode each maps to. The trigger stems are the words a
 * mention of such an incident begins with; the matcher uses them only together with an agreeing place or date.
 */
public enum MucType {
    ATTACK("ASSAULT", null, "ATTACK", "KILL", "MURDER", "ASSASSINAT", "SHOT", "SHOOT", "MASSACRE", "AMBUSH", "WOUND"),
    BOMBING("ASSAULT", "explosives", "BOMB", "EXPLO", "DYNAMIT", "BLAST", "GRENADE"),
    KIDNAPPING("ASSAULT", "abduct", "KIDNAP", "ABDUCT", "HOSTAGE", "SEIZ"),
    ARSON("ASSAULT", "destroy", "BURN", "FIRE", "ARSON", "TORCH"),
    ROBBERY("COERCE", "seize", "ROB", "STOLE", "STEAL", "LOOT", "SEIZ"),
    FORCED_WORK_STOPPAGE("PROTEST", "strike", "STRIKE", "STOPPAGE", "SHUTDOWN");

    private final String category;
    private final String mode;
    private final List<String> triggers;

    MucType(String category, String mode, String... triggers) {
        this.category = category;
        this.mode = mode;
        this.triggers = List.of(triggers);
    }

    /** The PLOVER category ("ASSAULT"). */
    public String category() {
        return category;
    }

    /** The PLOVER mode, or null for ATTACK (any other ASSAULT mode). */
    public String mode() {
        return mode;
    }

    /** The type named in a key ("FORCED WORK STOPPAGE"), if it is one. */
    public static Optional<MucType> ofKey(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (MucType type : values()) {
            if (type.name().equals(n)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The MUC type a record stands for, or empty when it is none (another category, a COERCE that is no
     * seizure, a PROTEST that is no strike). Modes rank abduct, explosives, destroy, then any other ASSAULT.
     */
    public static Optional<MucType> of(EventRecord record) {
        for (MucType type : List.of(KIDNAPPING, BOMBING, ARSON, ROBBERY, FORCED_WORK_STOPPAGE)) {
            if (record.event().contains(type.category) && record.mode().contains(type.mode)) {
                return Optional.of(type);
            }
        }
        return record.event().contains("ASSAULT") ? Optional.of(ATTACK) : Optional.empty();
    }

    /** Whether a word of the text begins with one of this type's trigger stems. */
    boolean triggeredBy(java.util.Set<String> words) {
        return words.stream().anyMatch(w -> triggers.stream().anyMatch(w::startsWith));
    }
}
