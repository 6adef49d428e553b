package org.evident.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evident.model.EventRecord;
import org.evident.testkit.EventRecords;
import org.junit.jupiter.api.Test;

/** The sentence-set scorer on hand-built records: no NLP. */
class SentenceScorerTest {

    private final SentenceScorer caseScorer = new SentenceScorer(LabelMapping.caseSubTypes());

    private static LabelledText text(String id, String label) {
        return new LabelledText("t:" + id, id, "Some text " + id + ".", label);
    }

    private static EventRecord record(String category, String... modes) {
        return EventRecords.of("r", "a").category(category, modes).build();
    }

    @Test
    void anAirStrikeNeedsAssaultForTheCategoryAndAerialOrDroneForTheMode() {
        var withoutMode = caseScorer.score(text("1", "AIR_STRIKE"), List.of(record("ASSAULT", "firearms")));
        var withDrone = caseScorer.score(text("2", "AIR_STRIKE"), List.of(record("ASSAULT", "drone")));
        var modeOnOtherCategory = caseScorer.score(text("3", "AIR_STRIKE"),
                List.of(record("ASSAULT"), record("MOBILIZE", "aerial")));

        assertThat(withoutMode.categoryMet()).isTrue();
        assertThat(withoutMode.modeMet()).isFalse();
        assertThat(withDrone.modeMet()).isTrue();
        assertThat(modeOnOtherCategory.categoryMet()).isTrue();
        assertThat(modeOnOtherCategory.modeMet()).as("the mode must sit on a record of the category").isFalse();
    }

    @Test
    void aLabelWithoutAFixedModeCountsTheCategoryForBoth() {
        var clash = caseScorer.score(text("1", "MOB_VIOL"), List.of(record("PROTEST", "riot")));
        var diplomacy = caseScorer.score(text("2", "DIPLO"), List.of(record("ACCUSE")));

        assertThat(clash.categoryMet()).isTrue();
        assertThat(clash.modeMet()).isTrue();
        assertThat(diplomacy.categoryMet()).isFalse();
        assertThat(diplomacy.modeMet()).isFalse();
    }

    @Test
    void aResponsibilityClaimNeedsAClaimedEntryNotACategory() {
        EventRecord claimed = EventRecords.of("r", "a").category("ASSAULT").responsibility("the group", "CLAIMED")
                .build();
        EventRecord blamed = EventRecords.of("r", "a").category("ASSAULT").responsibility("the group", "ALLEGED")
                .build();

        assertThat(caseScorer.score(text("1", "ATTRIB"), List.of(claimed)).categoryMet()).isTrue();
        assertThat(caseScorer.score(text("2", "ATTRIB"), List.of(blamed)).categoryMet()).isFalse();
    }

    @Test
    void ploverGoldOldNamesMapToTheirPresentCategories() {
        SentenceScorer gsr = new SentenceScorer(LabelMapping.ploverGsr());

        assertThat(gsr.score(text("1", "DEMAND"), List.of(record("REQUEST"))).categoryMet()).isTrue();
        assertThat(gsr.score(text("2", "FIGHT"), List.of(record("ASSAULT"))).categoryMet()).isTrue();
        assertThat(gsr.score(text("3", "DISAPPROVE"), List.of(record("ACCUSE"))).categoryMet()).isTrue();
        assertThat(gsr.score(text("4", "INVESTIGATE"), List.of(record("ACCUSE"))).categoryMet()).isTrue();
        assertThat(gsr.score(text("5", "REJECT"), List.of(record("AGREE"))).categoryMet()).isFalse();
    }

    @Test
    void goldActorsAreMetByAnyRecordsActorOrRecipientCountryAndSectorOnOneParty() {
        SentenceScorer gsr = new SentenceScorer(LabelMapping.ploverGsr());
        LabelledText text = new LabelledText("t:1", "1", "Serb police clashed with ethnic Albanians.", "FIGHT",
                List.of(new GoldParty("Serb police", "SRB", "COP"), new GoldParty("ethnic Albanians", "SRB", "CVL"),
                        new GoldParty("Tirana", "ALB", null), new GoldParty("NATO", "IGO", "MIL")));
        List<EventRecord> records = List.of(
                EventRecords.of("r1", "a").category("ASSAULT").actor("Serb police", "SRB", "MIL").build(),
                EventRecords.of("r2", "a").category("ASSAULT").actor("police", null, "COP")
                        .recipient("Albanians", "ALB", "CVL").build());

        PartyTally tally = gsr.score(text, records).parties();

        // SRB and ALB are met, IGO not; no party is SRB with COP or CVL: sector and country must sit on one party
        assertThat(tally).isEqualTo(new PartyTally(4, 3, 3, 0));
        assertThat(tally.summary()).isEqualTo("country 3/4 (0.750)  country+sector 0/3 (0.000)");
        assertThat(gsr.score(text, List.of()).parties()).isEqualTo(new PartyTally(4, 0, 3, 0));
    }

    @Test
    void aGoldIgoIsMetByPloversOwnUnAndEuCodesAndCameoOneCodesReadAsToday() {
        SentenceScorer gsr = new SentenceScorer(LabelMapping.ploverGsr());
        List<GoldParty> gold = List.of(GoldParty.of("United Nations", "IGO", null), GoldParty.of("Tokyo", "JAP", null),
                GoldParty.of("Arab League", "IGO", "GOV"), GoldParty.of("United States", "USA", null));
        LabelledText text = new LabelledText("t:1", "1", "The United Nations met Tokyo.", "CONSULT", gold);
        List<EventRecord> records = List.of(EventRecords.of("r", "a").category("CONSULT")
                .actor("The United Nations", "UNO", null).recipient("Tokyo", "JPN", null)
                .recipient("Arab League", "IGO", "MIL").recipient("the United States", "USAGOV", null).build());

        SentenceScorer.Result result = gsr.score(text, records);

        // a party coded USAGOV is not USA, and a sector must still match: nothing else is loosened
        assertThat(result.parties()).isEqualTo(new PartyTally(4, 3, 1, 0));
        assertThat(result.missedParties()).extracting(GoldParty::text).containsExactly("Arab League", "United States");
    }

    @Test
    void partiesAddUpOverTexts() {
        SentenceScorer gsr = new SentenceScorer(LabelMapping.ploverGsr());
        LabelledText one = new LabelledText("t:1", "1", "A.", "FIGHT", List.of(new GoldParty("Iraq", "IRQ", "GOV")));
        LabelledText two = new LabelledText("t:2", "2", "B.", "FIGHT", List.of(new GoldParty("Iran", "IRN", null)));
        EventRecord iraq = EventRecords.of("r", "a").category("ASSAULT").actor("Iraq", "IRQ", "GOV").build();

        SentenceScore score = new SentenceScore("gsr", List.of(gsr.score(one, List.of(iraq)),
                gsr.score(two, List.of(iraq))), Map.of());

        assertThat(score.parties()).isEqualTo(new PartyTally(2, 1, 1, 1));
    }

    @Test
    void unmappedLabelsAreNotScored() {
        assertThat(caseScorer.scores(text("1", "HQ_ESTABLISHED"))).isFalse();
        assertThatThrownBy(() -> caseScorer.score(text("1", "HQ_ESTABLISHED"), List.of()))
                .hasMessageContaining("t:1: label HQ_ESTABLISHED is not scored");
    }

    @Test
    void totalsSharesPerLabelCountsAndCategoriesPerText() {
        List<SentenceScorer.Result> results = new ArrayList<>();
        results.add(caseScorer.score(text("1", "ARREST"), List.of(record("COERCE", "arrest"), record("ACCUSE"))));
        results.add(caseScorer.score(text("2", "ARREST"), List.of(record("COERCE"))));
        results.add(caseScorer.score(text("3", "ARREST"), List.of()));
        results.add(caseScorer.score(text("4", "PEACE_PROTEST"), List.of(record("PROTEST"), record("PROTEST"))));

        SentenceScore score = new SentenceScore("test", results, Map.of("OTHER", 2));

        assertThat(score.texts()).isEqualTo(4);
        assertThat(score.categoryShare()).isEqualTo(0.75);
        assertThat(score.modeShare()).isEqualTo(0.5);
        assertThat(score.withoutRecordShare()).isEqualTo(0.25);
        assertThat(score.meanCategories()).isEqualTo((2 + 1 + 0 + 1) / 4.0);
        assertThat(score.unscoredTexts()).isEqualTo(2);
        assertThat(score.byLabel()).containsExactly(
                new SentenceScore.LabelTally("ARREST", Expectation.withModes("COERCE", "arrest"), 3, 2, 1),
                new SentenceScore.LabelTally("PEACE_PROTEST", Expectation.category("PROTEST"), 1, 1, 1));
        assertThat(score.misses()).extracting(r -> r.text().id()).containsExactly("2", "3");
    }

    @Test
    void expectationsDescribeThemselvesAsTheHelpStatesThem() {
        assertThat(LabelMapping.caseSubTypes().expectation("AIR_STRIKE")).hasToString("ASSAULT aerial|drone");
        assertThat(LabelMapping.caseSubTypes().expectation("AGREEMENT")).hasToString("AGREE|COOPERATE");
        assertThat(LabelMapping.caseSubTypes().expectation("ATTRIB")).hasToString("responsibility CLAIMED");
    }
}
