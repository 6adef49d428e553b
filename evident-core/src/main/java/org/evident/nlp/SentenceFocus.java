package org.evident.nlp;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * What makes a sentence worth NER and the parse under a selective {@link CoreNlpAnnotator.Scope}.
 *
 * @param key      whether a sentence can hold an event, a statement or a responsibility claim; it sees the sentence
 *                 after tagging (tokens with their parts of speech and lemmas, no entities, no parse)
 * @param followUp lemmas that make the sentence after a key sentence matter ("This could not be verified": the
 *                 extractor reads doubt about a report from the next sentence)
 */
public record SentenceFocus(Predicate<Sentence> key, Predicate<String> followUp) {

    public SentenceFocus {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(followUp, "followUp");
    }

    /** A focus whose key sentences are those with a key lemma. */
    public static SentenceFocus ofLemmas(Predicate<String> keyLemmas, Predicate<String> followUp) {
        return new SentenceFocus(sentence -> sentence.tokens().stream().anyMatch(t -> keyLemmas.test(t.lemma())),
                followUp);
    }
}
