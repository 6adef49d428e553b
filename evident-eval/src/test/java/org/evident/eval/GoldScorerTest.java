package org.evident.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Records.record;
import static org.evident.testkit.Records.span;

import java.util.List;
import java.util.Map;
import org.evident.eval.Gold.GoldEvent;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.junit.jupiter.api.Test;

class GoldScorerTest {

    private static final String TEXT = "Gunmen killed five people in Karak. Police arrested two men. "
            + "The attack was condemned. Officials said more arrests were likely.";

    private static GoldEvent event(String id, boolean required, String anchor, List<String> aliases, String status) {
        return new GoldEvent(id, required, anchor, aliases, List.of("ASSAULT"), null, null, null, null, status,
                null, null, null);
    }

    private final Gold gold = new Gold("a.txt", null, "2020-01-01", List.of(
            event("attack", true, "killed five people", List.of("The attack"), "ASSERTED"),
            event("arrest", true, "arrested two men", List.of(), null),
            event("likely", false, "more arrests were likely", List.of(), null)));

    @Test
    void countsRecallPrecisionDuplicatesAndFalsePositives() {
        List<EventRecord> records = List.of(
                record("r1", TEXT, "ASSAULT", Status.ASSERTED, span(TEXT, "killed")),
                record("r2", TEXT, "ASSAULT", Status.ASSERTED, span(TEXT, "attack")),      // duplicate of r1
                record("r3", TEXT, "ACCUSE", Status.REPORTED, span(TEXT, "condemned")),    // false positive
                record("r4", TEXT, "COERCE", Status.PREDICTED, span(TEXT, "arrests")));    // covers an optional one
        Score score = new GoldScorer().score("t", gold, TEXT, records);
        assertThat(score.required()).isEqualTo(2);
        assertThat(score.foundRequired()).isEqualTo(1);
        assertThat(score.missed()).containsExactly("arrest");
        assertThat(score.duplicates()).isEqualTo(1);
        assertThat(score.duplicateTexts()).singleElement().asString().contains("attack").endsWith("again attack");
        assertThat(score.falsePositives()).isEqualTo(1);
        assertThat(score.falsePositiveTexts()).singleElement().asString().contains("condemned");
        assertThat(Score.total(List.of(score)).duplicateTexts()).singleElement().asString().startsWith("t: ");
        assertThat(score.precision()).isEqualTo(2.0 / 4);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.fields().get("status").accuracy()).isEqualTo(1.0);
    }

    @Test
    void mentionPairsCountWhatMergingJoinedAndKeptApart() {
        // split: the attack's two mentions in two records; wrongly joined: the arrest with the attack's second
        List<EventRecord> split = List.of(
                record("r1", TEXT, "ASSAULT", Status.ASSERTED, span(TEXT, "killed")),
                record("r2", TEXT, "ASSAULT", Status.ASSERTED, span(TEXT, "attack"), span(TEXT, "arrested")));
        MentionPairs pairs = new GoldScorer().score("t", gold, TEXT, split).pairs();
        assertThat(pairs.chained()).isEqualTo(1);       // killed ~ attack
        assertThat(pairs.linked()).isEqualTo(1);        // attack ~ arrested
        assertThat(pairs.both()).isZero();
        assertThat(pairs.precision()).isZero();
        assertThat(pairs.recall()).isZero();

        List<EventRecord> right = List.of(
                record("r1", TEXT, "ASSAULT", Status.ASSERTED, span(TEXT, "killed"), span(TEXT, "attack")),
                record("r2", TEXT, "COERCE", Status.ASSERTED, span(TEXT, "arrested")));
        Score score = new GoldScorer().score("t", gold, TEXT, right);
        assertThat(score.pairs()).isEqualTo(new MentionPairs(1, 1, 1));
        assertThat(Score.total(List.of(score, score)).pairs()).isEqualTo(new MentionPairs(2, 2, 2));
    }

    @Test
    void aRecordCoveringTwoEventsIsNoDuplicate() {
        List<EventRecord> records = List.of(
                record("r1", TEXT, "ASSAULT", Status.ASSERTED, span(TEXT, "killed")),
                record("r2", TEXT, "ASSAULT", Status.ASSERTED, span(TEXT, "attack"), span(TEXT, "arrested")));
        Score score = new GoldScorer().score("t", gold, TEXT, records);
        assertThat(score.duplicates()).isZero();
        assertThat(score.foundRequired()).isEqualTo(2);
        assertThat(score.precision()).isEqualTo(1.0);
    }

    @Test
    void scoresStatusOnTheFirstCoveringRecord() {
        List<EventRecord> records = List.of(
                record("r1", TEXT, "ASSAULT", Status.REPORTED, span(TEXT, "killed")),
                record("r2", TEXT, "ASSAULT", Status.ASSERTED, span(TEXT, "attack")));
        Score score = new GoldScorer().score("t", gold, TEXT, records);
        assertThat(score.fields().get("status").accuracy()).isZero();
        assertThat(score.fields().get("status").wrong()).containsExactly("attack (ASSERTED, got REPORTED)");
    }

    @Test
    void locationWithin50kmOrSameCountryWhenGoldHasNoCoordinates() {
        Gold.GoldPlace karak = new Gold.GoldPlace("Karak", "JOR", 31.18, 35.70,
                List.of(new Gold.GoldPlace("Jordan", "JOR", null, null, null)));
        assertThat(GoldScorer.locationMatches(karak, location(31.20, 35.72, "JOR"))).isTrue();
        assertThat(GoldScorer.locationMatches(karak, location(null, null, "JOR"))).isTrue(); // via the country alt
        Gold.GoldPlace onlyKarak = new Gold.GoldPlace("Karak", "JOR", 31.18, 35.70, null);
        assertThat(GoldScorer.locationMatches(onlyKarak, location(31.95, 35.93, "JOR"))).isFalse(); // Amman, 88 km
        assertThat(GoldScorer.locationMatches(onlyKarak, null)).isFalse();
    }

    @Test
    void dateWithinOneDayOfTheWindow() {
        Gold.GoldDate window = new Gold.GoldDate("2016-12-31", "2017-01-01");
        assertThat(GoldScorer.dateMatches(window, "2016-12-30")).isTrue();
        assertThat(GoldScorer.dateMatches(window, "2017-01-02")).isTrue();
        assertThat(GoldScorer.dateMatches(window, "2017-01-03")).isFalse();
        assertThat(GoldScorer.dateMatches(window, null)).isFalse();
    }

    @Test
    void sizesMustMatchEveryGoldKey() {
        GoldEvent withSize = new GoldEvent("attack", true, "killed five people", List.of(), null, null, null, null,
                Map.of("dead", 5), null, null, null, null);
        Gold g = new Gold("a.txt", null, null, List.of(withSize));
        EventRecord base = record("r1", TEXT, "ASSAULT", Status.ASSERTED, span(TEXT, "killed"));
        EventRecord five = withSize(base, new EventRecord.Size(5, null, null));
        EventRecord six = withSize(base, new EventRecord.Size(6, null, null));
        assertThat(new GoldScorer().score("t", g, TEXT, List.of(five)).fields().get("size").accuracy()).isEqualTo(1.0);
        assertThat(new GoldScorer().score("t", g, TEXT, List.of(six)).fields().get("size").accuracy()).isZero();
    }

    private static EventRecord.Location location(Double lat, Double lon, String country) {
        return new EventRecord.Location("x", "x", null, lat, lon, null, null, country, null, null, null);
    }

    private static EventRecord withSize(EventRecord r, EventRecord.Size size) {
        return new EventRecord(r.id(), r.articleId(), r.date(), r.enddate(), r.dateInfo(), r.event(), r.mode(),
                r.context(), r.actor(), r.recipient(), r.eventLoc(), size, r.sizeInfo(), r.eventText(), r.textInfo(),
                r.citeInfo(), r.status(), r.source(), r.responsibility(), r.forecast(), r.evidence(), r.mentions(),
                r.confidence());
    }
}
