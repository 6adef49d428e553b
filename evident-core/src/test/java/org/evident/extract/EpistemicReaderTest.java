package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.parsed;

import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/** How sure the text is of a mention and who says so, read from the parse around its trigger; parses by hand. */
class EpistemicReaderTest {

    private final Codebook codebook = BundledCodebook.get();
    private final EpistemicReader reader = new EpistemicReader(codebook, new SourceFinder(codebook));

    private Reading.Epistemic read(Sentence s, int trigger) {
        AnnotatedArticle article = article("2020-01-01", s);
        return reader.read(article, article.sentences().get(0), trigger);
    }

    @Test
    void aPlainClauseIsAssertedWithNoSource() {
        Reading.Epistemic read = read(parsed("Rebels/rebel/NNS attacked/attack/VBD the/the/DT town/town/NN",
                "1>0:nsubj", "1>3:obj", "3>2:det"), 1);
        assertThat(read.status()).isEqualTo(Status.ASSERTED);
        assertThat(read.source()).isNull();
    }

    @Test
    void aNegatedPredicateIsNegatedByItsNegation() {
        Reading.Epistemic read = read(parsed("Rebels/rebel/NNS did/do/VBD not/not/RB attack/attack/VB the/the/DT "
                + "town/town/NN", "3>0:nsubj", "3>1:aux", "3>2:advmod", "3>5:obj", "5>4:det"), 3);
        assertThat(read.status()).isEqualTo(Status.NEGATED);
        assertThat(read.cue().text()).isEqualTo("not");
    }

    @Test
    void aModalMakesItHypotheticalOrPredicted() {
        assertThat(read(parsed("Rebels/rebel/NNS may/may/MD attack/attack/VB", "2>0:nsubj", "2>1:aux"), 2).status())
                .isEqualTo(Status.HYPOTHETICAL);
        assertThat(read(parsed("Rebels/rebel/NNS will/will/MD attack/attack/VB", "2>0:nsubj", "2>1:aux"), 2).status())
                .isEqualTo(Status.PREDICTED);
    }

    @Test
    void aReportingVerbOverTheClauseReportsItAndNamesItsSource() {
        Reading.Epistemic read = read(parsed("Police/police/NNS said/say/VBD rebels/rebel/NNS attacked/attack/VBD "
                + "the/the/DT town/town/NN", "1>0:nsubj", "1>3:ccomp", "3>2:nsubj", "3>5:obj", "5>4:det"), 3);
        assertThat(read.status()).isEqualTo(Status.REPORTED);
        assertThat(read.source().text()).isEqualTo("Police");
        assertThat(read.source().kind()).isEqualTo("official");
    }

    @Test
    void aRelativeClauseIsPresupposedNotReported() {
        // "Police said the gunman, who killed 39 people, had fled": the killing is asserted, the flight reported
        Sentence s = parsed("Police/police/NNS said/say/VBD the/the/DT gunman/gunman/NN ,/,/, who/who/WP "
                        + "killed/kill/VBD 39/39/CD people/people/NNS ,/,/, had/have/VBD fled/flee/VBN",
                "1>0:nsubj", "1>11:ccomp", "11>3:nsubj", "3>2:det", "3>6:acl:relcl", "6>5:nsubj", "6>8:obj",
                "8>7:nummod", "3>4:punct", "3>9:punct", "11>10:aux");
        assertThat(read(s, 6).status()).isEqualTo(Status.ASSERTED);
        assertThat(read(s, 11).status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void aHedgingAdverbReportsAndADoubtingAdjectiveDoubts() {
        assertThat(read(parsed("Rebels/rebel/NNS reportedly/reportedly/RB attacked/attack/VBD",
                "2>0:nsubj", "2>1:advmod"), 2).status()).isEqualTo(Status.REPORTED);
        Reading.Epistemic alleged = read(parsed("the/the/DT alleged/alleged/JJ attack/attack/NN",
                "2>0:det", "2>1:amod"), 2);
        assertThat(alleged.status()).isEqualTo(Status.UNVERIFIED);
        assertThat(alleged.cue().text()).isEqualTo("alleged");
    }

    @Test
    void aNounItsDeterminerNegatesDidNotHappen() {
        assertThat(read(parsed("no/no/DT attack/attack/NN", "1>0:det"), 1).status()).isEqualTo(Status.NEGATED);
    }

    @Test
    void aNominalTriggerIsReadOnTheLightVerbCarryingIt() {
        // "Rebels carried out an attack"
        Sentence s = parsed("Rebels/rebel/NNS carried/carry/VBD out/out/RP an/a/DT attack/attack/NN",
                "1>0:nsubj", "1>2:compound:prt", "1>4:obj", "4>3:det");
        assertThat(EpistemicReader.predicateOf(codebook, s, 4)).isEqualTo(1);
        Sentence seen = parsed("Rebels/rebel/NNS saw/see/VBD an/a/DT attack/attack/NN",
                "1>0:nsubj", "1>3:obj", "3>2:det");
        assertThat(EpistemicReader.predicateOf(codebook, seen, 3)).isEqualTo(3);
    }

    @Test
    void aGerundTheParserMadeAnAdjectiveOfANameIsReadOnTheName() {
        // "storming Kunduz", parsed as an adjective on the name after it
        Sentence s = parsed("after/after/IN storming/storm/VBG Kunduz/Kunduz/NNP/CITY", "2>1:amod", "2>0:case");
        assertThat(EpistemicReader.isGerundBeforeName(s, 1)).isTrue();
        assertThat(EpistemicReader.predicateOf(codebook, s, 1)).isEqualTo(2);
        Sentence common = parsed("the/the/DT burning/burn/VBG town/town/NN", "2>1:amod", "2>0:det");
        assertThat(EpistemicReader.isGerundBeforeName(common, 1)).isFalse();
    }

    @Test
    void aGroupNamedOnItsNounSayingItDidTheActClaimsIt() {
        // "the JNIM group said it carried out the attack": the speaker's noun is named by its compound
        Sentence s = parsed("the/the/DT JNIM/JNIM/NNP group/group/NN said/say/VBD it/it/PRP carried/carry/VBD "
                + "out/out/RP the/the/DT attack/attack/NN", "2>0:det", "2>1:compound", "3>2:nsubj", "3>5:ccomp",
                "5>4:nsubj", "5>6:compound:prt", "5>8:obj", "8>7:det");
        assertThat(EpistemicReader.claimsOwnAct(codebook, s, 5, 3)).isTrue();
        Sentence unnamed = parsed("the/the/DT group/group/NN said/say/VBD it/it/PRP carried/carry/VBD out/out/RP "
                + "the/the/DT attack/attack/NN", "1>0:det", "2>1:nsubj", "2>4:ccomp", "4>3:nsubj",
                "4>5:compound:prt", "4>7:obj", "7>6:det");
        assertThat(EpistemicReader.claimsOwnAct(codebook, unnamed, 4, 2)).isFalse();
        // "a Defense Ministry spokesman said it had carried out the attack": "it" is the ministry, not the speaker
        Sentence spokesman = parsed("a/a/DT Defense/Defense/NNP Ministry/Ministry/NNP spokesman/spokesman/NN "
                + "said/say/VBD it/it/PRP carried/carry/VBD out/out/RP the/the/DT attack/attack/NN", "3>0:det",
                "3>1:compound", "3>2:compound", "4>3:nsubj", "4>6:ccomp", "6>5:nsubj", "6>7:compound:prt", "6>9:obj",
                "9>8:det");
        assertThat(EpistemicReader.claimsOwnAct(codebook, spokesman, 6, 4)).isFalse();
    }

    @Test
    void anEventWhoseVerificationIsDoubtedIsUnverified() {
        // "The attack has not been independently verified."
        Reading.Epistemic read = read(parsed("The/the/DT attack/attack/NN has/have/VBZ not/not/RB been/be/VBN "
                        + "independently/independently/RB verified/verify/VBN",
                "1>0:det", "6>1:nsubj:pass", "6>2:aux", "6>3:advmod", "6>4:aux:pass", "6>5:advmod"), 1);
        assertThat(read.status()).isEqualTo(Status.UNVERIFIED);
        assertThat(read.cue().text()).isEqualTo("verified");
        // "Police verified the attack": a verification carried out leaves the event as it is
        assertThat(read(parsed("Police/police/NNS verified/verify/VBD the/the/DT attack/attack/NN",
                "1>0:nsubj", "1>3:obj", "3>2:det"), 3).status()).isEqualTo(Status.ASSERTED);
    }
}
