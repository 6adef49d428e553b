package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.parsed;

import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/** A negating determiner and a negative subject, on hand-parsed sentences and the bundled cues. */
class NegationTest {

    private final Codebook codebook = BundledCodebook.get();

    @Test
    void aNounItsDeterminerNegatesIsNegated() {
        Sentence s = parsed("No/no/DT group/group/NN claimed/claim/VBD it/it/PRP", "1>0:det", "2>1:nsubj", "2>3:obj");
        assertThat(Negation.hasNegatingDeterminer(codebook, s, 1)).isTrue();
        assertThat(Negation.isNegativeSubject(codebook, s, 1)).isTrue();
    }

    @Test
    void anOrdinaryDeterminerNegatesNothing() {
        Sentence s = parsed("The/the/DT group/group/NN claimed/claim/VBD it/it/PRP", "1>0:det", "2>1:nsubj", "2>3:obj");
        assertThat(Negation.hasNegatingDeterminer(codebook, s, 1)).isFalse();
        assertThat(Negation.isNegativeSubject(codebook, s, 1)).isFalse();
    }

    @Test
    void aNegatingWordElsewhereInTheSentenceIsNoDeterminerOfTheNoun() {
        // "The group did not claim it": the negation is the verb's, not the subject's
        Sentence s = parsed("The/the/DT group/group/NN did/do/VBD not/not/RB claim/claim/VB it/it/PRP",
                "1>0:det", "4>1:nsubj", "4>2:aux", "4>3:advmod", "4>5:obj");
        assertThat(Negation.isNegativeSubject(codebook, s, 1)).isFalse();
    }

    @Test
    void aNegativePronounAsSubjectNegatesItsClause() {
        Sentence s = parsed("Nobody/nobody/NN ordered/order/VBD it/it/PRP", "1>0:nsubj", "1>2:obj");
        assertThat(Negation.isNegativeSubject(codebook, s, 0)).isTrue();
        assertThat(Negation.hasNegatingDeterminer(codebook, s, 0)).isFalse();
    }
}
