package org.evident.model;

/**
 * How sure the text is of an event. Declared from the weakest warning to the strongest, so that merged mentions
 * keep the strongest ({@link #strongest}).
 */
public enum Status {
    /** The text states it in its own voice. */
    ASSERTED,
    /** The text attributes it to a source. */
    REPORTED,
    /** An interested party claims it. */
    CLAIMED,
    /** The text forecasts it. */
    PREDICTED,
    /** The text poses it as a condition or possibility. */
    HYPOTHETICAL,
    /** The text flags it as unconfirmed or doubtful. */
    UNVERIFIED,
    /** A party denies it. */
    DENIED,
    /** The text says it did not happen. */
    NEGATED;

    /** The stronger warning of the two. */
    public Status strongest(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
