package org.evident.extract;

import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * A trigger found in a sentence: tokens [first, last], the head token whose arguments the parse gives, and the
 * codebook entry it matched.
 */
record TriggerMatch(Sentence sentence, int first, int last, int head, Codebook.Trigger entry) {

    Token headToken() {
        return sentence.token(head);
    }

    int begin() {
        return sentence.token(first).begin();
    }

    int end() {
        return sentence.token(last).end();
    }

    boolean isVerbal() {
        return headToken().isVerb();
    }

    String category() {
        return entry.category();
    }
}
