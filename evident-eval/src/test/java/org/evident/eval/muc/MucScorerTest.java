package org.evident.eval.muc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.junit.jupiter.api.Test;

class MucScorerTest {

    private static final MucMessage MESSAGE = new MucMessage("TST9-MUC4-0001", "tst9: TST9-MUC4-0001", "LIMA",
            java.time.LocalDate.of(1990, 3, 15), "A BOMB DESTROYED A POWER TOWER IN URCOS.\n");

    private static final KeyTemplate BOMBING = key("1", false, MucType.BOMBING,
            "14 MAR 90", "PERU: CUZCO (DEPARTMENT): URCOS (TOWN)", "\"SHINING PATH\" / \"SL\"", "\"POWER TOWER\"",
            "-", "DEATH: \"GUARD\"");

    @Test
    void matchesARecordToItsTemplateAndScoresEverySlotTheKeyFills() {
        EventRecord record = record("r1", "ASSAULT", "explosives", List.of("BOMB"), "1990-03-14", "URCOS", "Peru",
                List.of("THE SHINING PATH"), List.of("A POWER TOWER"), 1);

        MucScore score = new MucScorer().score(MESSAGE, List.of(BOMBING), List.of(record));

        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.slots()).containsOnlyKeys("type", "date", "country", "place", "perp_individual", "perp_org",
                "phys_target", "hum_target", "effect_death", "effect_injury");
        assertThat(score.slots()).allSatisfy((slot, tally) -> {
            if (!slot.equals("perp_individual") && !slot.equals("hum_target")) {
                assertThat(tally.correct()).as(slot).isEqualTo(1);
            }
        });
        assertThat(score.slots().get("perp_individual").correct()).isZero();
    }

    @Test
    void countsASecondRecordForTheSameIncidentAsDuplicateAndAnUnrelatedOneAsFalsePositive() {
        EventRecord first = record("r1", "ASSAULT", "explosives", List.of("BOMB"), null, "URCOS", null, List.of(),
                List.of("POWER TOWER"), null);
        EventRecord second = record("r2", "ASSAULT", "explosives", List.of("EXPLOSION"), null, null, null, List.of(),
                List.of("THE TOWER"), null);
        EventRecord other = record("r3", "ASSAULT", "firearms", List.of("SHOT"), null, "HUANCAYO", null, List.of(),
                List.of("A TEACHER"), null);
        EventRecord statement = record("r4", "X-STATEMENT", null, List.of("SAID"), null, null, null, List.of(),
                List.of("POWER TOWER"), null);

        MucScore score = new MucScorer().score(MESSAGE, List.of(BOMBING), List.of(first, second, other, statement));

        assertThat(score.records()).isEqualTo(3);
        assertThat(score.correct()).isEqualTo(1);
        assertThat(score.duplicates()).isEqualTo(1);
        assertThat(score.falsePositives()).singleElement().asString().startsWith("TST9-MUC4-0001 ATTACK [SHOT]");
    }

    @Test
    void countsTheRecordsOfAMucTypeThatNoCountryPlaces() {
        EventRecord placed = withCountryCode(record("r1", "ASSAULT", "explosives", List.of("BOMB"), null, "URCOS",
                "Peru", List.of(), List.of("POWER TOWER"), null), "PE");
        EventRecord townOnly = record("r2", "ASSAULT", "firearms", List.of("SHOT"), null, "HUANCAYO", null, List.of(),
                List.of(), null);
        EventRecord nowhere = record("r3", "ASSAULT", "abduct", List.of("KIDNAPPED"), null, null, null, List.of(),
                List.of(), null);
        EventRecord statement = record("r4", "X-STATEMENT", null, List.of("SAID"), null, null, null, List.of(),
                List.of(), null);

        MucScore score = new MucScorer().score(MESSAGE, List.of(BOMBING), List.of(placed, townOnly, nowhere, statement));

        assertThat(score.withoutCountry()).isEqualTo(2);
        assertThat(score.withoutCountryShare()).isEqualTo(2.0 / 3);
        assertThat(score.plus(score).withoutCountryShare()).isEqualTo(2.0 / 3);
    }

    private static EventRecord withCountryCode(EventRecord r, String code) {
        EventRecord.Location l = r.eventLoc();
        EventRecord.Location coded = new EventRecord.Location(l.extractedPlace(), l.resolvedPlace(), null, null, null,
                null, l.country(), code, null, null, null);
        return new EventRecord(r.id(), r.articleId(), r.date(), r.enddate(), r.dateInfo(), r.event(), r.mode(),
                r.context(), r.actor(), r.recipient(), coded, r.size(), r.sizeInfo(), r.eventText(), r.textInfo(),
                r.citeInfo(), r.status(), r.source(), r.responsibility(), r.forecast(), r.evidence(), r.mentions(),
                r.confidence());
    }

    @Test
    void matchesOnATriggerWordWhenTheDateAgreesAndNoWordIsShared() {
        KeyTemplate kidnapping = key("2", false, MucType.KIDNAPPING, "- 14 MAR 90", "PERU", "-", "-",
                "\"BUSINESSMAN\"", "-");
        EventRecord record = record("r1", "ASSAULT", "abduct", List.of("KIDNAPPED"), "1990-03-10", null, null,
                List.of(), List.of("HIM"), null);

        MucScore score = new MucScorer().score(MESSAGE, List.of(kidnapping), List.of(record));

        assertThat(score.found()).isEqualTo(1);
        assertThat(score.slots().get("date").correct()).isEqualTo(1);
        assertThat(score.slots().get("hum_target").correct()).isZero();
    }

    @Test
    void scoresTheWrongModeAsAWrongTypeButStillMatchesTheIncident() {
        EventRecord record = record("r1", "ASSAULT", "firearms", List.of("ATTACK"), null, "URCOS", null, List.of(),
                List.of("POWER TOWER"), null);

        MucScore score = new MucScorer().score(MESSAGE, List.of(BOMBING), List.of(record));

        assertThat(score.found()).isEqualTo(1);
        assertThat(score.slots().get("type").correct()).isZero();
        assertThat(score.slots().get("type").wrong()).containsExactly("TST9-MUC4-0001#1 BOMBING ← r1");
    }

    @Test
    void neitherMissesAnUnfoundOptionalTemplateNorCountsItInRecall() {
        KeyTemplate optional = key("3", true, MucType.ARSON, "-", "-", "-", "\"BUS\"", "-", "-");

        MucScore score = new MucScorer().score(MESSAGE, List.of(BOMBING, optional), List.of());

        assertThat(score.required()).isEqualTo(1);
        assertThat(score.missed()).singleElement().asString().startsWith("TST9-MUC4-0001#1 BOMBING");
        assertThat(score.byType()).containsOnlyKeys("BOMBING");
    }

    @Test
    void addsScoresOfMessagesCountByCount() {
        MucScore one = new MucScorer().score(MESSAGE, List.of(BOMBING), List.of());
        MucScore two = one.plus(one);

        assertThat(two.messages()).isEqualTo(2);
        assertThat(two.required()).isEqualTo(2);
        assertThat(two.missed()).hasSize(2);
        assertThat(two.byType().get("BOMBING").scored()).isEqualTo(2);
    }

    private static KeyTemplate key(String number, boolean optional, MucType type, String date, String place,
                                   String perpOrg, String physTarget, String humDescription, String effect) {
        String text = MucKeysTest.template("TST9-MUC4-0001", number + (optional ? " (OPTIONAL)" : ""), date, place,
                type.name().replace('_', ' '), perpOrg, physTarget, humDescription, effect);
        try {
            return MucKeys.parse("key-test", text).templates().get(0);
        } catch (MucFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static EventRecord record(String id, String category, String mode, List<String> triggers, String date,
                                      String place, String country, List<String> actors, List<String> recipients,
                                      Integer dead) {
        List<EventRecord.Mention> mentions = triggers.stream().map(t -> new EventRecord.Mention(0, 0, t.length(), t)).toList();
        EventRecord.Location loc = place == null && country == null ? null
                : new EventRecord.Location(place, null, null, null, null, null, country, null, null, null, null);
        return new EventRecord(id, "a1", date, null, null, List.of(category), mode == null ? List.of() : List.of(mode),
                List.of(), entities(actors), entities(recipients), loc, new EventRecord.Size(dead, null, null),
                EventRecord.SizeInfo.NONE, List.of(), null, null, Status.ASSERTED, null, List.of(), null, List.of(),
                mentions, 0.5);
    }

    private static List<EventRecord.Entity> entities(List<String> texts) {
        return texts.stream().map(t -> new EventRecord.Entity(t, null, null, null)).toList();
    }
}
