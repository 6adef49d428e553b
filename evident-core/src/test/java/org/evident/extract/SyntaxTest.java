package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.parsed;

import org.evident.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The small questions the readers ask of a parse, on hand-parsed sentences. */
class SyntaxTest {

    private static String words(Sentence s, int[] range) {
        StringBuilder text = new StringBuilder();
        for (int i = range[0]; i <= range[1]; i++) {
            text.append(i > range[0] ? " " : "").append(s.token(i).text());
        }
        return text.toString();
    }

    @Test
    void aRootHasTheRootRelationAndNoGovernor() {
        Sentence s = parsed("Rebels/rebel/NNS attacked/attack/VBD", "1>0:nsubj");
        assertThat(Syntax.relation(s, 1)).isEqualTo("root");
        assertThat(Syntax.governor(s, 1)).isEqualTo(-1);
        assertThat(Syntax.relation(s, 0)).isEqualTo("nsubj");
        assertThat(Syntax.governor(s, 0)).isEqualTo(1);
    }

    @Test
    void aCaseMarkerIsReadWithItsFixedWords() {
        // "according to the ministry": "to" is fixed to "according"
        Sentence s = parsed("according/accord/VBG to/to/IN the/the/DT ministry/ministry/NN",
                "3>0:case", "0>1:fixed", "3>2:det");
        assertThat(Syntax.caseOf(s, 3)).isEqualTo("accord to");
        assertThat(Syntax.caseOf(s, 2)).isEmpty();
    }

    @Test
    void aPossessorsPhraseEndsBeforeItsPossessiveMarker() {
        // "the Taliban 's claim"
        Sentence s = parsed("the/the/DT Taliban/Taliban/NNP 's/'s/POS claim/claim/NN", "3>1:nmod:poss", "1>0:det",
                "1>2:case");
        assertThat(words(s, Syntax.corePhrase(s, 1))).isEqualTo("the Taliban");
        assertThat(words(s, Syntax.fullPhrase(s, 1))).isEqualTo("the Taliban");
    }

    // "the two armed men of the village who attacked , and police"
    private final Sentence men = parsed("the/the/DT two/two/CD armed/armed/JJ men/man/NNS of/of/IN the/the/DT "
                    + "village/village/NN who/who/WP attacked/attack/VBD ,/,/, and/and/CC police/police/NNS",
            "3>0:det", "3>1:nummod", "3>2:amod", "3>6:nmod", "6>4:case", "6>5:det", "3>8:acl:relcl", "8>7:nsubj",
            "3>11:conj", "11>9:punct", "11>10:cc");

    @Test
    void aCorePhraseIsTheNameLikeWordsAroundItsHead() {
        assertThat(words(men, Syntax.corePhrase(men, 3))).isEqualTo("the two armed men");
    }

    @Test
    void aFullPhraseTakesItsModifiersButNoRelativeClauseOrConjunct() {
        assertThat(words(men, Syntax.fullPhrase(men, 3))).isEqualTo("the two armed men of the village");
    }

    @Test
    void aPhraseDropsTheMarkerItOpensWith() {
        Sentence s = parsed("in/in/IN the/the/DT city/city/NN", "2>0:case", "2>1:det");
        assertThat(words(s, Syntax.fullPhrase(s, 2))).isEqualTo("the city");
    }

    @Test
    void aConjoinedVerbWithoutASubjectSharesItsGovernorsSubject() {
        Sentence shared = parsed("Gunmen/gunman/NNS killed/kill/VBD 13/13/CD and/and/CC wounded/wound/VBD 56/56/CD",
                "1>0:nsubj", "1>2:obj", "1>4:conj", "4>3:cc", "4>5:obj");
        assertThat(Syntax.isSharedSubjectConjunct(shared, 4)).isTrue();
        Sentence own = parsed("Gunmen/gunman/NNS killed/kill/VBD 13/13/CD and/and/CC police/police/NNS "
                        + "arrested/arrest/VBD 2/2/CD",
                "1>0:nsubj", "1>2:obj", "1>5:conj", "5>3:cc", "5>4:nsubj", "5>6:obj");
        assertThat(Syntax.isSharedSubjectConjunct(own, 5)).isFalse();
    }

    @Test
    void aHeadlinesCommaJoinsVerbsAsAndDoes() {
        // "Gunman shot, killed at store"
        Sentence s = parsed("Gunman/gunman/NN shot/shoot/VBN ,/,/, killed/kill/VBN at/at/IN store/store/NN",
                "1>0:nsubj", "1>3:dep", "3>5:obl", "5>4:case");
        assertThat(Syntax.isSharedSubjectConjunct(s, 3)).isTrue();
        Sentence far = parsed("Gunman/gunman/NN shot/shoot/VBN twice/twice/RB killed/kill/VBN at/at/IN store/store/NN",
                "1>0:nsubj", "1>3:dep", "1>2:advmod", "3>5:obl", "5>4:case");
        assertThat(Syntax.isSharedSubjectConjunct(far, 3)).isFalse();
    }

    @Test
    void aRelativePronounStandsForTheNounItsClauseModifies() {
        assertThat(Syntax.antecedent(men, 7)).isEqualTo(3);
        assertThat(Syntax.antecedent(men, 11)).isEqualTo(11);
    }

    @Test
    void aLooseWhoAfterACommaStandsForTheNounBeforeIt() {
        // "Tanaka, who is the top spokesman, condemned ...", parsed with "who" the subject of "condemned"
        Sentence s = parsed("Tanaka/Tanaka/NNP/PERSON ,/,/, who/who/WP condemned/condemn/VBD it/it/PRP",
                "3>2:nsubj", "3>4:obj", "2>1:punct", "2>0:dep");
        assertThat(Syntax.looseRelativeAntecedent(s, 2)).isZero();
        assertThat(Syntax.looseRelativeAntecedent(s, 4)).isEqualTo(4);
    }

    @Test
    void aPhraseRunAcrossALineBreakIsCutToTheLineOfItsVerb() {
        // "Read more" on a line above "Islamic State has claimed the attack", parsed as one subject
        Sentence s = parsed("Read/read/VB more/more/NN Islamic/Islamic/NNP State/State/NNP has/have/VBZ "
                        + "claimed/claim/VBN the/the/DT attack/attack/NN",
                "5>1:nsubj", "1>0:compound", "1>3:compound", "3>2:compound", "5>4:aux", "5>7:obj", "7>6:det");
        String oneLine = "Read more Islamic State has claimed the attack";
        String twoLines = "Read more\nIslamic State has claimed the attack";
        assertThat(Syntax.onLineOf(twoLines, s, 1, 5)).isEqualTo(3);
        assertThat(Syntax.onLineOf(oneLine, s, 1, 5)).isEqualTo(1);
    }

    @Test
    void aClauseIsHeadedByAVerbOrByANounWithACopula() {
        // "the attack on the base was a crime": "crime" heads the clause with its copula
        Sentence s = parsed("the/the/DT attack/attack/NN on/on/IN the/the/DT base/base/NN was/be/VBD a/a/DT "
                        + "crime/crime/NN",
                "1>0:det", "7>1:nsubj", "1>4:nmod", "4>2:case", "4>3:det", "7>5:cop", "7>6:det");
        assertThat(Syntax.clauseHead(s, 4)).isEqualTo(7);
        Sentence verbal = parsed("Rebels/rebel/NNS attacked/attack/VBD the/the/DT base/base/NN",
                "1>0:nsubj", "1>3:obj", "3>2:det");
        assertThat(Syntax.clauseHead(verbal, 3)).isEqualTo(1);
    }
}
