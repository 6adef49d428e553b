package org.evident.timing;

/** The stages of processing an article, in pipeline order. */
public enum Stage {
    /** Reading and parsing input files into articles. */
    READ(true),
    /** Truecasing all-caps articles before tagging. */
    TRUECASE(false),
    /** Tokenizing, sentence splitting, part-of-speech tagging and lemmas. */
    TAGGING(false),
    /** Choosing the sentences the expensive annotators run on. */
    SELECTION(true),
    /** Named entities, with SUTime's dates and times. */
    NER(false),
    /** The dependency parse. */
    DEPPARSE(false),
    /** Copying CoreNLP's annotations into Evident's own sentences and tokens. */
    CONVERSION(true),
    /** Codebook matching and reading each trigger into a mention (place names, parties, status, time). */
    MATCHING(true),
    /** Resolving place names with the gazetteer. */
    GEOCODING(true),
    /** Merging mentions of one event and writing the records. */
    MERGING(true),
    /** Writing records as JSON. */
    SERIALIZATION(true);

    private final boolean own;

    Stage(boolean own) {
        this.own = own;
    }

    /** Whether the stage is Evident's own code rather than CoreNLP's. */
    public boolean own() {
        return own;
    }
}
