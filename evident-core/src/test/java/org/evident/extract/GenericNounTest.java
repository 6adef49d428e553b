package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.parsed;

import org.evident.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Whether a bare plural event noun tells of particular acts or of a kind; parses are written by hand here. */
class GenericNounTest {

    private static final WordRoles<Codebook.MentionRole> WORDS = Codebook.bundled().mentionWords();

    @Test
    void aPastExistentialTellsOfProtestsThatTookPlace() {
        // "There have been further protests": the parser makes the noun the head, with "been" its copula
        Sentence s = parsed("There/there/EX have/have/VBP been/be/VBN further/further/JJ protests/protest/NNS",
                "4>0:expl", "4>1:aux", "4>2:cop", "4>3:amod");
        assertThat(MentionReader.isGeneric(s, 4, WORDS)).isFalse();
    }

    @Test
    void theSimplePastExistentialTellsOfClashesThatTookPlace() {
        Sentence s = parsed("There/there/EX were/be/VBD further/further/JJ clashes/clash/NNS",
                "1>0:expl", "1>3:nsubj", "3>2:amod");
        assertThat(MentionReader.isGeneric(s, 3, WORDS)).isFalse();
    }

    @Test
    void furtherProtestsAwaitedAreAKind() {
        // "Police prepare for further protests": no one says they took place
        Sentence s = parsed("Police/police/NNS prepare/prepare/VBP for/for/IN further/further/JJ "
                        + "protests/protest/NNS",
                "1>0:nsubj", "1>4:obl", "4>2:case", "4>3:amod");
        assertThat(MentionReader.isGeneric(s, 4, WORDS)).isTrue();
    }
}
