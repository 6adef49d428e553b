package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.entity;
import static org.evident.testkit.Parses.parsed;
import static org.evident.testkit.Parses.withEntities;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/**
 * Counts of the dead, injured and arrested read from the arguments of size words, on hand-parsed sentences (the
 * CoreNLP-backed SizeRulesTest keeps the end-to-end cases).
 */
class SizeFinderTest {

    private final SizeFinder sizes = new SizeFinder(BundledCodebook.get());

    private Optional<Reading.Count> count(Sentence s, int word) {
        AnnotatedArticle article = article("2020-01-01", s);
        return sizes.count(article, article.sentences().get(0), word);
    }

    @Test
    void anActiveVerbCountsItsObject() {
        Sentence s = parsed("Gunmen/gunman/NNS killed/kill/VBD 39/39/CD/NUMBER/39.0 people/people/NNS",
                "1>0:nsubj", "1>3:obj", "3>2:nummod");
        assertThat(count(s, 1)).hasValueSatisfying(c -> {
            assertThat(c.value()).isEqualTo(39);
            assertThat(c.span().text()).isEqualTo("39 people");
        });
    }

    @Test
    void aPassiveVerbCountsItsSubjectAndAnActiveOneDoesNot() {
        Sentence passive = parsed("13/13/CD/NUMBER/13.0 soldiers/soldier/NNS were/be/VBD killed/kill/VBN",
                "3>1:nsubj:pass", "1>0:nummod", "3>2:aux:pass");
        assertThat(count(passive, 3).map(Reading.Count::value)).contains(13);
        Sentence killers = parsed("13/13/CD/NUMBER/13.0 soldiers/soldier/NNS killed/kill/VBD a/a/DT man/man/NN",
                "2>1:nsubj", "1>0:nummod", "2>4:obj", "4>3:det");
        assertThat(count(killers, 2).map(Reading.Count::value)).contains(1);
    }

    @Test
    void aFloorTheTextStatesIsACountAndMoreThanIsOnlyARange() {
        Sentence atLeast = parsed("killed/kill/VBD at/at/IN least/least/JJS 12/12/CD/NUMBER/12.0 "
                + "civilians/civilian/NNS", "0>4:obj", "4>3:nummod", "3>2:advmod", "2>1:case");
        assertThat(count(atLeast, 0)).hasValueSatisfying(c -> {
            assertThat(c.value()).isEqualTo(12);
            assertThat(c.min()).isEqualTo(12);
            assertThat(c.qualifier()).isEqualTo("at least");
            assertThat(c.span().text()).isEqualTo("at least 12 civilians");
        });
        Sentence moreThan = parsed("killed/kill/VBD more/more/JJR than/than/IN 70/70/CD/NUMBER/70.0 "
                + "people/people/NNS", "0>4:obj", "4>3:nummod", "3>1:advmod", "1>2:fixed");
        assertThat(count(moreThan, 0)).hasValueSatisfying(c -> {
            assertThat(c.value()).isNull();
            assertThat(c.min()).isEqualTo(71);
        });
    }

    @Test
    void dozensIsAtLeastTwelveWithNoExactNumber() {
        Sentence s = parsed("killed/kill/VBD dozens/dozen/NNS of/of/IN people/people/NNS",
                "0>1:obj", "1>3:nmod", "3>2:case");
        assertThat(count(s, 0)).hasValueSatisfying(c -> {
            assertThat(c.value()).isNull();
            assertThat(c.min()).isEqualTo(12);
        });
    }

    @Test
    void individualsAddUpButGroupsAreNeverSummed() {
        Sentence people = parsed("killed/kill/VBD a/a/DT man/man/NN and/and/CC a/a/DT woman/woman/NN",
                "0>2:obj", "2>1:det", "2>5:conj", "5>3:cc", "5>4:det");
        assertThat(count(people, 0).map(Reading.Count::value)).contains(2);
        Sentence groups = parsed("killed/kill/VBD two/two/CD/NUMBER/2.0 soldiers/soldier/NNS and/and/CC "
                        + "ten/ten/CD/NUMBER/10.0 civilians/civilian/NNS",
                "0>2:obj", "2>1:nummod", "2>5:conj", "5>3:cc", "5>4:nummod");
        assertThat(count(groups, 0)).isEmpty();
    }

    @Test
    void aNumberTheTaggerCallsADateCountsNoOne() {
        Sentence s = parsed("Floods/flood/NNS killed/kill/VBD 1990/1990/CD/DATE/1990", "1>0:nsubj", "1>2:obj");
        assertThat(count(withEntities(s, entity(s, 2, 2, "DATE", "1990")), 1)).isEmpty();
        Sentence number = parsed("Floods/flood/NNS killed/kill/VBD 1990/1990/CD/NUMBER/1990", "1>0:nsubj",
                "1>2:obj");
        assertThat(count(number, 1).map(Reading.Count::value)).contains(1990);
    }

    @Test
    void aPersonStruckOrHitIsHarmed() {
        Sentence struck = parsed("the/the/DT man/man/NN was/be/VBD struck/strike/VBN", "1>0:det", "3>1:nsubj:pass",
                "3>2:aux:pass");
        AnnotatedArticle article = article("2020-01-01", struck);
        assertThat(sizes.counts(article, article.sentences().get(0), List.of(3))).containsKey(SizeFinder.HIT);
        Sentence hit = parsed("the/the/DT attacker/attacker/NN hit/hit/VBD him/he/PRP", "1>0:det", "2>1:nsubj",
                "2>3:obj");
        AnnotatedArticle hitArticle = article("2020-01-01", hit);
        assertThat(sizes.counts(hitArticle, hitArticle.sentences().get(0), List.of(2)).get(SizeFinder.HIT).value())
                .isEqualTo(1);
    }

    @Test
    void aFatalEventWithoutANumberIsAtLeastOneDeadUnlessOnlyAttempted() {
        Sentence fatal = parsed("a/a/DT fatal/fatal/JJ shooting/shooting/NN", "2>0:det", "2>1:amod");
        AnnotatedArticle article = article("2020-01-01", fatal);
        Map<String, Reading.Count> counts = sizes.counts(article, article.sentences().get(0), List.of(1, 2));
        assertThat(counts).containsKey("dead");
        assertThat(counts.get("dead").min()).isEqualTo(1);
        Sentence attempted = parsed("an/a/DT attempted/attempted/JJ murder/murder/NN", "2>0:det", "2>1:amod");
        AnnotatedArticle tried = article("2020-01-01", attempted);
        assertThat(sizes.counts(tried, tried.sentences().get(0), List.of(2))).doesNotContainKey("dead");
    }

    @Test
    void aSentenceWithoutAnEventTellsTheTollOfOneBefore() {
        Sentence died = parsed("He/he/PRP died/die/VBD at/at/IN the/the/DT hospital/hospital/NN",
                "1>0:nsubj", "1>4:obl", "4>2:case", "4>3:det");
        AnnotatedArticle article = article("2020-01-01", died);
        assertThat(sizes.tolls(article, article.sentences().get(0)).get("dead").value()).isEqualTo(1);
    }

    @Test
    void aNegatedHarmTellsNoToll() {
        Sentence unhurt = parsed("The/the/DT officer/officer/NN was/be/VBD not/not/RB hurt/hurt/VBN",
                "4>1:nsubj:pass", "1>0:det", "4>2:aux:pass", "4>3:advmod");
        AnnotatedArticle article = article("2020-01-01", unhurt);
        assertThat(sizes.tolls(article, article.sentences().get(0))).doesNotContainKey("injured");
        Sentence hurt = parsed("The/the/DT officer/officer/NN was/be/VBD hurt/hurt/VBN",
                "3>1:nsubj:pass", "1>0:det", "3>2:aux:pass");
        AnnotatedArticle told = article("2020-01-01", hurt);
        assertThat(sizes.tolls(told, told.sentences().get(0)).get("injured").value()).isEqualTo(1);
    }
}
