package org.evident.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.evident.eval.CountScorer.CountResult;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.junit.jupiter.api.Test;

class CountScorerTest {

    private static EventRecord record(String category, List<String> mode, int start, Integer dead, Integer injured,
                                      String place) {
        EventRecord.Location location = place == null ? null : new EventRecord.Location(place, place, null, null,
                null, null, "United States", "USA", null, null, null);
        return new EventRecord("r" + start, "a1", null, null, null, List.of(category), mode, List.of(), List.of(),
                List.of(), location, new EventRecord.Size(dead, injured, null), EventRecord.SizeInfo.NONE, List.of(),
                null, null, Status.ASSERTED, null, List.of(), null, List.of(),
                List.of(new EventRecord.Mention(0, start, start + 4, "shot")), 0.5);
    }

    @Test
    void theMainRecordIsTheFirstFirearmsAssaultElseTheFirstAssault() {
        EventRecord arrest = record("COERCE", List.of(), 0, null, null, null);
        EventRecord stabbing = record("ASSAULT", List.of(), 10, 1, null, null);
        EventRecord laterShooting = record("ASSAULT", List.of("firearms"), 50, 2, null, null);
        EventRecord shooting = record("ASSAULT", List.of("firearms"), 30, 3, null, null);
        assertThat(CountScorer.mainRecord(List.of(arrest, stabbing, laterShooting, shooting))).contains(shooting);
        assertThat(CountScorer.mainRecord(List.of(arrest, stabbing))).contains(stabbing);
        assertThat(CountScorer.mainRecord(List.of(arrest))).isEmpty();
    }

    @Test
    void countsMustMatchExactlyAndAnEmptyCountReadsAsZero() {
        CountGold gold = new CountGold("gvdb-1", 1, 0, "Rockford");
        CountResult right = new CountScorer().score(gold,
                List.of(record("ASSAULT", List.of("firearms"), 0, 1, null, "Rockford")));
        assertThat(right.deadRight()).isTrue();
        assertThat(right.injuredRight()).isTrue();
        assertThat(right.cityRight()).isTrue();
        CountResult wrong = new CountScorer().score(new CountGold("gvdb-2", 2, 3, null),
                List.of(record("ASSAULT", List.of("firearms"), 0, 1, 3, "Rockford")));
        assertThat(wrong.deadRight()).isFalse();
        assertThat(wrong.injuredRight()).isTrue();
        assertThat(wrong.cityRight()).isNull(); // no gold city: not scored
        assertThat(wrong.describe()).contains("gold 2 dead 3 injured").contains("got 1 dead 3 injured Rockford");
    }

    @Test
    void noMainRecordIsWrongEvenWhenTheGoldCountsNobody() {
        CountResult none = new CountScorer().score(new CountGold("gvdb-3", 0, 0, "Aurora"), List.of());
        assertThat(none.deadRight()).isFalse();
        assertThat(none.injuredRight()).isFalse();
        assertThat(none.cityRight()).isFalse();
        assertThat(none.constantDeadRight()).isFalse();
        assertThat(none.constantInjuredRight()).isTrue();
        assertThat(none.describe()).contains("no shooting record");
    }

    @Test
    void citiesCompareByWholeWordsWhateverTheCaseAndStrayDigits() {
        EventRecord.Location newOrleans = new EventRecord.Location("New Orleans", "New Orleans", null, null, null,
                null, null, null, null, null, null);
        assertThat(CountScorer.cityMatches("NEW ORLEANS", newOrleans)).isTrue();
        assertThat(CountScorer.cityMatches("2016New Orleans", newOrleans)).isTrue();
        assertThat(CountScorer.cityMatches("Orleansville", newOrleans)).isFalse();
        EventRecord.Location kansas = new EventRecord.Location("Kansas", "Kansas", null, null, null,
                null, null, null, null, null, null);
        assertThat(CountScorer.cityMatches("Kansas City", kansas)).as("a shorter record name is no answer").isFalse();
        EventRecord.Location east = new EventRecord.Location("New Orleans East", null, null, null, null,
                null, null, null, null, null, null);
        assertThat(CountScorer.cityMatches("New Orleans", east)).isTrue();
        assertThat(CountScorer.cityMatches("Orleans", null)).isFalse();
    }

    @Test
    void totalsTallyEachFieldAndTheConstantBeside() {
        List<CountResult> results = List.of(
                new CountScorer().score(new CountGold("a", 1, 0, "Flint"),
                        List.of(record("ASSAULT", List.of("firearms"), 0, null, null, "Detroit"))),
                new CountScorer().score(new CountGold("b", 0, 2, null),
                        List.of(record("ASSAULT", List.of("firearms"), 0, null, 2, null))));
        CountScore score = CountScore.of("tune", results);
        assertThat(score.dead().correct()).isEqualTo(1);
        assertThat(score.dead().wrong()).singleElement().asString().startsWith("a: gold 1 dead");
        assertThat(score.injured().accuracy()).isEqualTo(1.0);
        assertThat(score.city().scored()).isEqualTo(1);
        assertThat(score.city().correct()).isZero();
        assertThat(score.constantDead().correct()).isEqualTo(1);
        assertThat(score.constantInjured().correct()).isEqualTo(1);
    }

    @Test
    void theHalfOfAnArticleIsFixedByItsId() {
        assertThat(CountScorer.half("gvdb-46")).isEqualTo(CountScorer.half("gvdb-46")).isIn("tune", "val");
        long tune = java.util.stream.IntStream.range(0, 400)
                .filter(i -> CountScorer.half("gvdb-" + i).equals(CountScorer.TUNE)).count();
        assertThat(tune).isBetween(160L, 240L);
    }

    @Test
    void aGoldLineWithoutWholeCountsIsAnErrorNamingTheLine() throws IOException {
        assertThat(CountGold.parse("g:1", "{\"id\": \"x\", \"killed\": 2, \"injured\": 0, \"city\": null}"))
                .isEqualTo(new CountGold("x", 2, 0, null));
        assertThatThrownBy(() -> CountGold.parse("g:2", "{\"id\": \"x\", \"killed\": \"two\"}"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("g:2: ");
    }
}
