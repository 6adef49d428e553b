package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.evident.nlp.Token;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/**
 * Lookups of the bundled codebook that the rules rely on: a size word's role by its part of speech, toll words, and
 * actor names matched as written (KeySentenceTest has the sentences worth a parse, CodebookFilesTest user folders).
 */
class CodebookTest {

    private final Codebook codebook = BundledCodebook.get();

    private static Token token(String text, String lemma, String pos) {
        return new Token(0, text, lemma, pos, "O", null, 0, text.length());
    }

    @Test
    void aSizeWordsRoleDependsOnItsPartOfSpeech() {
        // "wounded three" counts the injured; "a gunshot wound" is a harm whose victims are read from its verb
        assertThat(codebook.sizeRole(token("wounded", "wound", "VBD"))).isEqualTo("injured");
        assertThat(codebook.sizeRole(token("wound", "wound", "NN"))).isEqualTo("hit");
        assertThat(codebook.sizeRole(token("He", "he", "PRP"))).isEqualTo("one");
        assertThat(codebook.sizeRole(token("he", "he", "NN"))).isNull();
    }

    @Test
    void aTollIsToldByADeathOrInjuryVerbOrAdjectiveOrAHarmNoun() {
        assertThat(codebook.isTollWord(token("died", "die", "VBD"))).isTrue();
        assertThat(codebook.isTollWord(token("dead", "dead", "JJ"))).isTrue();
        assertThat(codebook.isTollWord(token("hospital", "hospital", "NN"))).isTrue();
        assertThat(codebook.isTollWord(token("death", "death", "NN"))).as("a death noun counts, tells no toll")
                .isFalse();
        assertThat(codebook.isDeathWord(token("killed", "kill", "VBN"))).isTrue();
        assertThat(codebook.isDeathWord(token("injured", "injure", "VBN"))).isFalse();
    }

    @Test
    void anActorsNameIsMatchedAsWritten() {
        assertThat(codebook.actor("Taliban")).isNotNull()
                .satisfies(actor -> assertThat(actor.sector()).isEqualTo(Reading.Party.ARMED_GROUP));
        assertThat(codebook.actor("taliban")).isNull();
        assertThat(codebook.longestActorName()).isGreaterThanOrEqualTo(2);
    }
}
