package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.entity;
import static org.evident.testkit.Parses.parsed;
import static org.evident.testkit.Parses.withEntities;

import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/** Who says so: the speaker of a reporting verb, the name it is filed under and its kind, on hand-parsed sentences. */
class SourceFinderTest {

    private final SourceFinder sources = new SourceFinder(BundledCodebook.get());

    @Test
    void aDatelineTheParserTookForASecondSubjectDoesNotSpeak() {
        // "MOGADISHU — Gunmen killed six, police said", parsed with the dateline as a second subject of "said"
        Sentence s = parsed("MOGADISHU/Mogadishu/NNP/CITY —/—/HYPH Gunmen/gunman/NNS killed/kill/VBD six/six/CD "
                + ",/,/, police/police/NN said/say/VBD", "7>0:nsubj", "7>3:ccomp", "3>2:nsubj", "3>4:obj",
                "7>5:punct", "7>6:nsubj", "0>1:punct");
        assertThat(SourceFinder.speakerToken(s, 7)).isEqualTo(6);
    }

    @Test
    void aLoneSubjectSpeaksWhereverItStands() {
        Sentence s = parsed("Officials/official/NNS in/in/IN the/the/DT capital/capital/NN said/say/VBD",
                "4>0:nsubj", "0>3:nmod", "3>1:case", "3>2:det");
        assertThat(SourceFinder.speakerToken(s, 4)).isZero();
    }

    @Test
    void aPassiveVerbsByAgentSpeaks() {
        // "as reported by the BBC"
        Sentence s = parsed("as/as/IN reported/report/VBN by/by/IN the/the/DT BBC/BBC/NNP/ORGANIZATION",
                "1>0:mark", "1>4:obl", "4>2:case", "4>3:det");
        assertThat(SourceFinder.speakerToken(s, 1)).isEqualTo(4);
    }

    @Test
    void aConjoinedVerbSpeaksWithTheSubjectOfTheFirst() {
        // "Police arrived and said ...", and the parser hanging "said" on a noun of the first clause
        Sentence s = parsed("Police/police/NNS arrived/arrive/VBD and/and/CC said/say/VBD",
                "1>0:nsubj", "1>3:conj", "3>2:cc");
        assertThat(SourceFinder.speakerToken(s, 3)).isZero();
        Sentence onNoun = parsed("Police/police/NNS reached/reach/VBD the/the/DT scene/scene/NN and/and/CC "
                + "said/say/VBD", "1>0:nsubj", "1>3:obj", "3>2:det", "3>5:conj", "5>4:cc");
        assertThat(SourceFinder.speakerToken(onNoun, 5)).isZero();
    }

    @Test
    void aVerbWithNoSubjectHasNoSpeaker() {
        Sentence s = parsed("Said/say/VBD nothing/nothing/NN", "0>1:obj");
        assertThat(SourceFinder.speakerToken(s, 0)).isEqualTo(-1);
    }

    @Test
    void aSourceHasTheKindItsWordsGive() {
        Sentence police = parsed("Police/police/NNS said/say/VBD", "1>0:nsubj");
        Sentence paper = parsed("The/the/DT newspaper/newspaper/NN said/say/VBD", "2>1:nsubj", "1>0:det");
        Sentence witness = parsed("A/a/DT witness/witness/NN said/say/VBD", "2>1:nsubj", "1>0:det");
        Sentence named = parsed("Karimi/Karimi/NNP/PERSON said/say/VBD", "1>0:nsubj");
        assertThat(sources.speakerOf(article("2020-01-01", police), police, 1).kind()).isEqualTo("official");
        assertThat(sources.speakerOf(article("2020-01-01", paper), paper, 2).kind()).isEqualTo("media");
        assertThat(sources.speakerOf(article("2020-01-01", witness), witness, 2).kind()).isEqualTo("anonymous");
        Sentence person = withEntities(named, entity(named, 0, 0, "PERSON", null));
        assertThat(sources.speakerOf(article("2020-01-01", person), person, 1).kind()).isEqualTo("person");
    }

    @Test
    void theSpeakerIsFiledUnderThePersonItsAppositionNames() {
        // "another official, Ahmad Karimi, said"
        Sentence s = parsed("another/another/DT official/official/NN ,/,/, Ahmad/Ahmad/NNP/PERSON "
                + "Karimi/Karimi/NNP/PERSON ,/,/, said/say/VBD", "6>1:nsubj", "1>0:det", "1>4:appos", "4>3:compound",
                "4>2:punct", "4>5:punct");
        s = withEntities(s, entity(s, 3, 4, "PERSON", null));
        AnnotatedArticle article = article("2020-01-01", s);
        Reading.Source source = sources.speakerOf(article, article.sentences().get(0), 6);
        assertThat(source.text()).isEqualTo("Ahmad Karimi");
        assertThat(source.span().text()).isEqualTo("another official , Ahmad Karimi");
    }

    @Test
    void aPronounSpeaksForThePersonNamedBeforeIt() {
        Sentence first = parsed("Karimi/Karimi/NNP/PERSON said/say/VBD it/it/PRP burned/burn/VBD",
                "1>0:nsubj", "1>3:ccomp", "3>2:nsubj");
        first = withEntities(first, entity(first, 0, 0, "PERSON", null));
        Sentence second = parsed("He/he/PRP said/say/VBD more/more/JJR", "1>0:nsubj", "1>2:obj");
        AnnotatedArticle article = article("2020-01-01", first, second);
        Reading.Source source = sources.speakerOf(article, article.sentences().get(1), 1);
        assertThat(source.text()).isEqualTo("Karimi");
        assertThat(source.kind()).isEqualTo("person");
    }

    @Test
    void theFirstPersonIsTheAuthor() {
        Sentence s = parsed("I/I/PRP said/say/VBD", "1>0:nsubj");
        assertThat(sources.speakerOf(article("2020-01-01", s), s, 1).kind()).isEqualTo("author");
    }

    @Test
    void aDefiniteDescriptionIsFiledUnderTheBodyItPointsBackAt() {
        Sentence first = parsed("The/the/DT Defence/Defence/NNP/ORGANIZATION Ministry/Ministry/NNP/ORGANIZATION "
                + "spoke/speak/VBD", "3>2:nsubj", "2>1:compound", "2>0:det");
        first = withEntities(first, entity(first, 1, 2, "ORGANIZATION", null));
        Sentence second = parsed("The/the/DT ministry/ministry/NN said/say/VBD", "2>1:nsubj", "1>0:det");
        AnnotatedArticle article = article("2020-01-01", first, second);
        Reading.Source source = sources.speakerOf(article, article.sentences().get(1), 2);
        assertThat(source.text()).isEqualTo("Defence Ministry");
        assertThat(source.span().text()).isEqualTo("The ministry");
    }

    @Test
    void paragraphsBeforeAreCountedOverBlankLines() {
        String body = "one\n\ntwo\n\nthree";
        assertThat(SourceFinder.paragraphsBefore(body, body.indexOf("three"), 1)).isEqualTo(body.indexOf("two"));
        assertThat(SourceFinder.paragraphsBefore(body, body.indexOf("three"), 2)).isZero();
        assertThat(SourceFinder.paragraphsBefore(body, body.indexOf("three"), 0)).isEqualTo(body.indexOf("three"));
    }

    @Test
    void theSubjectOfAPassiveReportingVerbDoesNotSpeak() {
        // "Two suspects were described by police as gang members"
        Sentence agent = parsed("Two/two/CD suspects/suspect/NNS were/be/VBD described/describe/VBN by/by/IN"
                + " police/police/NN as/as/IN gang/gang/NN members/member/NNS", "3>1:nsubj:pass", "1>0:nummod",
                "3>2:aux:pass", "3>5:obl", "5>4:case", "3>8:obl", "8>6:case", "8>7:compound");
        assertThat(SourceFinder.speakerToken(agent, 3)).isEqualTo(5);
        // "The girls were described as healthy": nobody named speaks
        Sentence none = parsed("The/the/DT girls/girl/NNS were/be/VBD described/describe/VBN as/as/IN"
                + " healthy/healthy/JJ", "3>1:nsubj:pass", "1>0:det", "3>2:aux:pass", "3>5:advcl", "5>4:mark");
        assertThat(SourceFinder.speakerToken(none, 3)).isEqualTo(-1);
    }
}
