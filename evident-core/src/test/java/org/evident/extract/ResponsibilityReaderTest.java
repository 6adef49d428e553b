package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.entity;
import static org.evident.testkit.Parses.parsed;
import static org.evident.testkit.Parses.withEntities;

import java.util.List;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.evident.testkit.KnownPlaces;
import org.junit.jupiter.api.Test;

/** Who claims an attack or is blamed for it, read from the constructions of responsibility.tsv; parses by hand. */
class ResponsibilityReaderTest {

    private final Codebook codebook = BundledCodebook.get();
    private final ResponsibilityReader reader = new ResponsibilityReader(codebook,
            new PartyFinder(codebook, KnownPlaces.none()));

    private List<ResponsibilityReader.Found> find(Sentence s) {
        AnnotatedArticle article = article("2020-01-01", s);
        return reader.find(article, article.sentences().get(0));
    }

    private static Sentence taliban(Sentence s, int token) {
        return withEntities(s, entity(s, token, token, "ORGANIZATION", null));
    }

    @Test
    void aGroupClaimingResponsibilityClaimsTheAttackItsForPhraseNames() {
        // "The Taliban claimed responsibility for the attack"
        Sentence s = taliban(parsed("The/the/DT Taliban/Taliban/NNP/ORGANIZATION claimed/claim/VBD "
                + "responsibility/responsibility/NN for/for/IN the/the/DT attack/attack/NN",
                "2>1:nsubj", "1>0:det", "2>3:obj", "2>6:obl", "6>4:case", "6>5:det"), 1);
        assertThat(find(s)).singleElement().satisfies(found -> {
            assertThat(found.party().span().text()).isEqualTo("The Taliban");
            assertThat(found.status()).isEqualTo("CLAIMED");
            assertThat(found.target()).isEqualTo(6);
        });
    }

    @Test
    void noGroupClaimingIsNoClaim() {
        Sentence s = parsed("No/no/DT group/group/NN claimed/claim/VBD responsibility/responsibility/NN",
                "2>1:nsubj", "1>0:det", "2>3:obj");
        assertThat(find(s)).isEmpty();
    }

    @Test
    void aBombingBlamedOnAGroupBlamesTheGroup() {
        // "Police blamed the bombing on the Taliban"
        Sentence s = taliban(parsed("Police/police/NNS blamed/blame/VBD the/the/DT bombing/bombing/NN on/on/IN "
                + "the/the/DT Taliban/Taliban/NNP/ORGANIZATION", "1>0:nsubj", "1>3:obj", "3>2:det", "1>6:obl",
                "6>4:case", "6>5:det"), 6);
        assertThat(find(s)).singleElement().satisfies(found -> {
            assertThat(found.party().span().text()).isEqualTo("the Taliban");
            assertThat(found.status()).isEqualTo("ALLEGED");
            assertThat(found.target()).isEqualTo(3);
        });
    }

    @Test
    void anAccusationOfSomethingOtherThanAnAttackBlamesNoOneForOne() {
        // "Police accused the minister of fraud"
        Sentence s = parsed("Police/police/NNS accused/accuse/VBD the/the/DT minister/minister/NN of/of/IN "
                + "fraud/fraud/NN", "1>0:nsubj", "1>3:obj", "3>2:det", "1>5:obl", "5>4:case");
        assertThat(find(s)).isEmpty();
    }

    @Test
    void anAttackClaimedByAGroupIsClaimedByTheAgentNotThePassiveSubject() {
        // "The attack was claimed by the Taliban"
        Sentence s = taliban(parsed("The/the/DT attack/attack/NN was/be/VBD claimed/claim/VBN by/by/IN the/the/DT "
                + "Taliban/Taliban/NNP/ORGANIZATION", "3>1:nsubj:pass", "1>0:det", "3>2:aux:pass", "3>6:obl",
                "6>4:case", "6>5:det"), 6);
        assertThat(find(s)).singleElement().satisfies(found -> {
            assertThat(found.party().span().text()).isEqualTo("the Taliban");
            assertThat(found.status()).isEqualTo("CLAIMED");
            assertThat(found.target()).isEqualTo(1);
        });
    }

    @Test
    void aBlameWhoseOnPhraseHangsOnTheActStillBlamesTheGroup() {
        // "Police blamed the bombing on the Taliban", "on the Taliban" parsed as a modifier of "bombing"
        Sentence s = taliban(parsed("Police/police/NNS blamed/blame/VBD the/the/DT bombing/bombing/NN on/on/IN "
                + "the/the/DT Taliban/Taliban/NNP/ORGANIZATION", "1>0:nsubj", "1>3:obj", "3>2:det", "3>6:nmod",
                "6>4:case", "6>5:det"), 6);
        assertThat(find(s)).singleElement().satisfies(found -> {
            assertThat(found.party().span().text()).isEqualTo("the Taliban");
            assertThat(found.target()).isEqualTo(3);
        });
    }

    @Test
    void aStatementClaimingResponsibilityIsTheClaimOfWhoIssuedIt() {
        // "The Taliban issued a statement claiming responsibility for the attack"
        Sentence s = taliban(parsed("The/the/DT Taliban/Taliban/NNP/ORGANIZATION issued/issue/VBD a/a/DT "
                + "statement/statement/NN claiming/claim/VBG responsibility/responsibility/NN for/for/IN the/the/DT "
                + "attack/attack/NN", "2>1:nsubj", "1>0:det", "2>4:obj", "4>3:det", "4>5:acl", "5>6:obj",
                "6>9:nmod", "9>7:case", "9>8:det"), 1);
        assertThat(find(s)).singleElement().satisfies(found -> {
            assertThat(found.party().span().text()).isEqualTo("The Taliban");
            assertThat(found.status()).isEqualTo("CLAIMED");
            assertThat(found.target()).isEqualTo(9);
        });
    }

    @Test
    void takingCreditForAnAttackClaimsItButTakingAPlaceClaimsNothing() {
        // "The Taliban took credit for the attack" / "The Taliban took the town"
        Sentence credit = taliban(parsed("The/the/DT Taliban/Taliban/NNP/ORGANIZATION took/take/VBD credit/credit/NN "
                + "for/for/IN the/the/DT attack/attack/NN", "2>1:nsubj", "1>0:det", "2>3:obj", "2>6:obl",
                "6>4:case", "6>5:det"), 1);
        assertThat(find(credit)).singleElement().satisfies(found -> {
            assertThat(found.party().span().text()).isEqualTo("The Taliban");
            assertThat(found.status()).isEqualTo("CLAIMED");
            assertThat(found.target()).isEqualTo(6);
        });
        Sentence town = taliban(parsed("The/the/DT Taliban/Taliban/NNP/ORGANIZATION took/take/VBD the/the/DT "
                + "town/town/NN", "2>1:nsubj", "1>0:det", "2>4:obj", "4>3:det"), 1);
        assertThat(find(town)).isEmpty();
    }

    @Test
    void aGroupsClaimOfResponsibilityClaimsTheAttackItsForPhraseNames() {
        // "The Taliban's claim of responsibility for the attack was dismissed"
        Sentence s = taliban(parsed("The/the/DT Taliban/Taliban/NNP/ORGANIZATION 's/'s/POS claim/claim/NN of/of/IN "
                + "responsibility/responsibility/NN for/for/IN the/the/DT attack/attack/NN was/be/VBD "
                + "dismissed/dismiss/VBN", "10>3:nsubj:pass", "3>1:nmod:poss", "1>0:det", "1>2:case", "3>5:nmod",
                "5>4:case", "5>8:nmod", "8>6:case", "8>7:det", "10>9:aux:pass"), 1);
        assertThat(find(s)).singleElement().satisfies(found -> {
            assertThat(found.party().span().text()).isEqualTo("The Taliban");
            assertThat(found.status()).isEqualTo("CLAIMED");
            assertThat(found.target()).isEqualTo(8);
        });
    }

    @Test
    void aClaimOfResponsibilityByAGroupIsItsClaimOfTheNearestAttack() {
        // "A claim of responsibility by the Taliban followed"
        Sentence s = taliban(parsed("A/a/DT claim/claim/NN of/of/IN responsibility/responsibility/NN by/by/IN "
                + "the/the/DT Taliban/Taliban/NNP/ORGANIZATION followed/follow/VBD", "7>1:nsubj", "1>0:det",
                "1>3:nmod", "3>2:case", "1>6:nmod", "6>4:case", "6>5:det"), 6);
        assertThat(find(s)).singleElement().satisfies(found -> {
            assertThat(found.party().span().text()).isEqualTo("the Taliban");
            assertThat(found.status()).isEqualTo("CLAIMED");
            assertThat(found.target()).isEqualTo(-1);
        });
    }

    @Test
    void aClaimToSomethingOtherThanResponsibilityClaimsNoAttack() {
        // "The Taliban's claim to the town was dismissed"
        Sentence s = taliban(parsed("The/the/DT Taliban/Taliban/NNP/ORGANIZATION 's/'s/POS claim/claim/NN to/to/IN "
                + "the/the/DT town/town/NN was/be/VBD dismissed/dismiss/VBN", "8>3:nsubj:pass", "3>1:nmod:poss",
                "1>0:det", "1>2:case", "3>6:nmod", "6>4:case", "6>5:det", "8>7:aux:pass"), 1);
        assertThat(find(s)).noneMatch(found -> found.status().equals("CLAIMED"));
    }

    @Test
    void aClaimantTheParserHangsOnWhatIsClaimedStillClaims() {
        // "A claim of responsibility by the Taliban followed", "by the Taliban" parsed under "responsibility"
        Sentence s = taliban(parsed("A/a/DT claim/claim/NN of/of/IN responsibility/responsibility/NN by/by/IN "
                + "the/the/DT Taliban/Taliban/NNP/ORGANIZATION followed/follow/VBD", "7>1:nsubj", "1>0:det",
                "1>3:nmod", "3>2:case", "3>6:nmod", "6>4:case", "6>5:det"), 6);
        assertThat(find(s)).singleElement().satisfies(found -> {
            assertThat(found.party().span().text()).isEqualTo("the Taliban");
            assertThat(found.status()).isEqualTo("CLAIMED");
        });
    }
}
