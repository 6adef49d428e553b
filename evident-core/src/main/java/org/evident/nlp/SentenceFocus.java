package org.evident.nlp;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * What makes a sentence worth NER and the parse under a selective {@link CoreNlpAnnotator.Scope}, told by lemma.
 *
 * @param key      lemmas that can start an event, a statement or a responsibility claim (trigger and speech words)
 * @param followUp lemmas that make the sentence after a key sentence matter ("This could not be verified": the
 *                 extractor reads doubt about a report from the next sentence)
 */
public record SentenceFocus(Predicate<String> key, Predicate<String> followUp) {

    public SentenceFocus {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(followUp, "followUp");
    }
}
