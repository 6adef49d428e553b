package org.evident.nlp;

import java.util.Objects;
import java.util.Optional;

/**
 * What differs between two annotations of the same sentence: entity tags and normalized values token by token,
 * entity mentions, dependencies. Used to check that selective annotation gives a chosen sentence exactly what
 * whole-document annotation gives it.
 */
public final class SentenceDiff {

    private SentenceDiff() {}

    /** The first difference, said in words, or empty when the two agree. */
    public static Optional<String> between(Sentence expected, Sentence actual) {
        if (expected.tokens().size() != actual.tokens().size()) {
            return Optional.of(expected.tokens().size() + " tokens, " + actual.tokens().size() + " tokens");
        }
        for (int t = 0; t < expected.tokens().size(); t++) {
            Token e = expected.token(t);
            Token a = actual.token(t);
            if (!e.ner().equals(a.ner()) || !Objects.equals(e.normalized(), a.normalized())) {
                return Optional.of("'" + e.text() + "' is " + e.ner() + " " + e.normalized() + ", then " + a.ner()
                        + " " + a.normalized());
            }
        }
        if (!expected.entities().equals(actual.entities())) {
            return Optional.of("entities " + expected.entities() + ", then " + actual.entities());
        }
        if (!expected.dependencies().equals(actual.dependencies())) {
            return Optional.of("dependencies differ");
        }
        return Optional.empty();
    }
}
