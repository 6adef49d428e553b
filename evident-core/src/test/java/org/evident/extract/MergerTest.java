package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.extract.Readings.reading;
import static org.evident.extract.Readings.referring;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.parsed;

import java.util.List;
import java.util.Map;
import org.evident.geo.Toponym;
import org.evident.model.EventRecord.Location;
import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/** Mentions of one event merged into one group, and mentions of others kept apart; hand-parsed sentences. */
class MergerTest {

    private final Codebook codebook = BundledCodebook.get();

    // "Rebels attacked the town ."
    private final Sentence attacked = parsed("Rebels/rebel/NNS attacked/attack/VBD the/the/DT town/town/NN ./././.",
            "1>0:nsubj", "1>3:obj", "3>2:det", "1>4:punct");
    // "The attack killed five ."
    private final Sentence theAttack = parsed("The/the/DT attack/attack/NN killed/kill/VBD five/five/CD ./././.",
            "2>1:nsubj", "1>0:det", "2>3:obj", "2>4:punct");

    private List<Merger.Group> merge(AnnotatedArticle article, Reading... readings) {
        return new Merger(codebook, Map.of(), article.article().body()).merge(List.of(readings), Map.of());
    }

    @Test
    void triggersTheParseLinksInASentenceAreOneEvent() {
        // "The blast killed 13 and wounded 56"
        Sentence s = parsed("The/the/DT blast/blast/NN killed/kill/VBD 13/13/CD and/and/CC wounded/wound/VBD 56/56/CD",
                "2>1:nsubj", "1>0:det", "2>3:obj", "2>5:conj", "5>4:cc", "5>6:obj");
        AnnotatedArticle article = article("2020-01-01", s);
        Sentence placed = article.sentences().get(0);
        List<Merger.Group> groups = merge(article, reading(placed, 1, "ASSAULT", Status.ASSERTED),
                reading(placed, 2, "ASSAULT", Status.ASSERTED), reading(placed, 5, "ASSAULT", Status.ASSERTED));
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.readings).hasSize(3));
    }

    /** Groups of "Rebels attacked the town." (an assault) and "The attack killed five." read as given. */
    private List<Merger.Group> attackThenAttack(String category, Reading.Reference reference) {
        AnnotatedArticle article = article("2020-01-01", attacked, theAttack);
        return merge(article, reading(article.sentences().get(0), 1, "ASSAULT", Status.ASSERTED),
                referring(reading(article.sentences().get(1), 1, category, Status.ASSERTED), reference));
    }

    @Test
    void aPlaceTheGazetteerCannotMapTellsNoOtherPlaceThanAMappedOne() {
        // "Two trains collided in Queens." / "The trains collided in the Steinway tunnel."
        Sentence inQueens = parsed("Trains/train/NNS collided/collide/VBD in/in/IN Queens/Queens/NNP",
                "1>0:nsubj", "1>3:obl", "3>2:case");
        Sentence inTunnel = parsed("Trains/train/NNS collided/collide/VBD in/in/IN Steinway/Steinway/NNP",
                "1>0:nsubj", "1>3:obl", "3>2:case");
        AnnotatedArticle article = article("2020-01-01", inQueens, inTunnel);
        Toponym queens = new Toponym("Queens", 21, 27);
        Toponym tunnel = new Toponym("Steinway", 49, 57);
        Reading first = placed(reading(article.sentences().get(0), 1, "X-DISASTER", Status.ASSERTED), queens);
        Reading second = referring(placed(reading(article.sentences().get(1), 1, "X-DISASTER", Status.ASSERTED),
                tunnel), Reading.Reference.ANAPHORIC);
        Map<Toponym, Location> resolved = Map.of(queens, new Location("Queens", "Queens", 5133268L, 40.68, -73.84,
                "New York", "United States", "USA", "A", "ADM2", 3), tunnel, Location.unresolved("Steinway"));
        List<Merger.Group> groups = new Merger(codebook, resolved, article.article().body())
                .merge(List.of(first, second), Map.of());
        assertThat(groups).singleElement();
    }

    private static Reading placed(Reading r, Toponym toponym) {
        return new Reading(r.trigger(), r.category(), r.modes(), r.contexts(), r.actors(), r.recipients(),
                new Reading.Place(toponym, null), r.time(), r.counts(), r.epistemic(), r.forecast(), r.reference());
    }

    @Test
    void aMentionThatPointsBackJoinsTheEventBefore() {
        assertThat(attackThenAttack("ASSAULT", Reading.Reference.ANAPHORIC)).hasSize(1);
    }

    @Test
    void anotherAttackIsANewEvent() {
        assertThat(attackThenAttack("ASSAULT", Reading.Reference.NEW)).hasSize(2);
    }

    @Test
    void anEventOfAnotherCategoryIsAnotherEvent() {
        assertThat(attackThenAttack("COERCE", Reading.Reference.ANAPHORIC)).hasSize(2);
    }

    @Test
    void aClauseThatSaysTheOppositeIsNotTheSameEvent() {
        // "Rebels attacked the town." / "Rebels did not attack the village."
        Sentence denied = parsed("Rebels/rebel/NNS did/do/VBD not/not/RB attack/attack/VB the/the/DT "
                        + "village/village/NN ./././.",
                "3>0:nsubj", "3>1:aux", "3>2:advmod", "3>5:obj", "5>4:det", "3>6:punct");
        AnnotatedArticle article = article("2020-01-01", attacked, denied);
        Reading told = reading(article.sentences().get(0), 1, "ASSAULT", Status.ASSERTED);
        assertThat(merge(article, told, reading(article.sentences().get(1), 3, "ASSAULT", Status.NEGATED)))
                .hasSize(2);
        assertThat(merge(article, told, reading(article.sentences().get(1), 3, "ASSAULT", Status.ASSERTED)))
                .as("the same clause not negated joins").hasSize(1);
    }

    @Test
    void statementsStandAlone() {
        AnnotatedArticle article = article("2020-01-01", attacked, theAttack);
        List<Merger.Group> groups = merge(article,
                reading(article.sentences().get(0), 1, "X-STATEMENT", Status.ASSERTED),
                reading(article.sentences().get(1), 2, "X-STATEMENT", Status.ASSERTED));
        assertThat(groups).hasSize(2);
    }

    @Test
    void aMentionSetBeforeAnotherIsAnotherEventThanThatOne() {
        // "Trump met Erdogan." / "Aides met at a meeting days before the president's meeting."
        Sentence met = parsed("Trump/Trump/NNP met/meet/VBD Erdogan/Erdogan/NNP ./././.", "1>0:nsubj", "1>2:obj",
                "1>3:punct");
        Sentence before = parsed("Aides/aide/NNS met/meet/VBD at/at/IN a/a/DT meeting/meeting/NN days/day/NNS "
                        + "before/before/IN the/the/DT president/president/NN 's/'s/POS meeting/meeting/NN ./././.",
                "1>0:nsubj", "1>4:obl", "4>2:case", "4>3:det", "4>5:nmod", "5>6:case", "5>10:dep",
                "10>8:nmod:poss", "8>7:det", "8>9:case", "1>11:punct");
        AnnotatedArticle article = article("2020-01-01", met, before);
        Reading trumpMet = reading(article.sentences().get(0), 1, "CONSULT", Status.ASSERTED);
        Reading earlier = referring(reading(article.sentences().get(1), 4, "CONSULT", Status.ASSERTED),
                Reading.Reference.NEW);
        Reading thePresidents = referring(reading(article.sentences().get(1), 10, "CONSULT", Status.ASSERTED),
                Reading.Reference.ANAPHORIC);
        List<Merger.Group> groups = merge(article, trumpMet, earlier, thePresidents);
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).readings).containsExactly(trumpMet, thePresidents);
    }
}
