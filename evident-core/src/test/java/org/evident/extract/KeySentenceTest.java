package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/**
 * A key sentence (worth NER and the parse) is one the extractor can read an event, a statement or a claim from,
 * judged on tags and lemmas alone as the extractor matches triggers: a lemma that only starts a trigger phrase, or
 * has the wrong part of speech, does not make one.
 */
class KeySentenceTest {

    private final Codebook codebook = BundledCodebook.get();

    /** A tagged sentence from "word/lemma/TAG" triples. */
    private static Sentence tagged(String text) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String part : text.split(" ")) {
            String[] f = part.split("/");
            tokens.add(new Token(tokens.size(), f[0], f[1], f[2], "O", null, offset, offset + f[0].length()));
            offset += f[0].length() + 1;
        }
        return new Sentence(0, tokens, List.of(), List.of());
    }

    @Test
    void aTriggerWithItsPartOfSpeechMakesAKeySentence() {
        assertThat(codebook.isKeySentence(tagged("Police/police/NNS stormed/storm/VBD the/the/DT building/building/NN")))
                .isTrue();
    }

    @Test
    void aTriggerLemmaWithTheWrongPartOfSpeechDoesNot() {
        assertThat(codebook.isKeySentence(tagged("The/the/DT storm/storm/NN passed/pass/VBD")))
                .isFalse();
    }

    @Test
    void theFirstWordOfATriggerPhraseAloneDoesNot() {
        assertThat(codebook.isKeySentence(tagged("The/the/DT water/water/NN was/be/VBD cold/cold/JJ"))).isFalse();
        assertThat(codebook.isKeySentence(tagged("Police/police/NNS used/use/VBD a/a/DT water/water/NN cannon/cannon/NN")))
                .isTrue();
    }

    @Test
    void aSpeechVerbOrAResponsibilityWordMakesAKeySentence() {
        assertThat(codebook.isKeySentence(tagged("The/the/DT minister/minister/NN said/say/VBD so/so/RB"))).isTrue();
        assertThat(codebook.isKeySentence(tagged("Nobody/nobody/NN claimed/claim/VBD it/it/PRP"))).isTrue();
        assertThat(codebook.isKeySentence(tagged("Markets/market/NNS closed/close/VBD early/early/RB"))).isFalse();
    }

    @Test
    void aHandWrittenPatternsVerbWithItsObjectsWordMakesAKeySentence() {
        assertThat(codebook.isKeySentence(tagged("Grenades/grenade/NNS were/be/VBD discovered/discover/VBN "
                + "near/near/IN farms/farm/NNS"))).isTrue();
        assertThat(codebook.isKeySentence(tagged("Scientists/scientist/NNS discovered/discover/VBD a/a/DT "
                + "species/species/NN"))).isFalse();
    }
}
