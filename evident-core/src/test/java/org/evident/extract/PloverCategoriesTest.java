package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Extraction.extract;

import java.util.List;
import org.evident.model.EventRecord;
import org.junit.jupiter.api.Test;

/**
 * PLOVER categories of single news sentences, through the real CoreNLP annotation: a verb's own CAMEO code, and the
 * act a purpose clause or a message tells. Sentences are written here.
 */
class PloverCategoriesTest {

    private static List<String> categories(String text) {
        return extract(text, "2020-03-02").stream().flatMap((EventRecord r) -> r.event().stream()).toList();
    }

    @Test
    void aVerbAloneReportsItsOwnCameoCode() {
        // "offer" has no codebook trigger and no pattern for "troops"; its CAMEO code is an intent to cooperate
        assertThat(categories("Kenya offered its troops to the African Union mission on Monday.")).contains("AGREE");
    }

    @Test
    void aVerbWhoseComplementTellsTheActReportsNoCodeOfItsOwn() {
        // "decided" alone would be an intent to cooperate; the court's act is what it decided
        assertThat(categories("The court decided to allow the candidate to run in the election."))
                .doesNotContain("AGREE");
    }

    @Test
    void easingACurfewIsAConcession() {
        // CAMEO 0813: the crosswalk says RETREAT, the PLOVER manual CONCEDE ("removing curfews")
        assertThat(categories("The army eased the curfew in the northern towns on Monday."))
                .contains("CONCEDE").doesNotContain("RETREAT");
    }

    @Test
    void anOfficialComplaintOrALawsuitIsAnAccusation() {
        // PLOVER manual, ACCUSE: "objections, and complaints"; "Sue or bring to court"
        assertThat(categories("Egypt complained to the Security Council on Tuesday about the shelling of its border posts."))
                .contains("ACCUSE");
        assertThat(categories("The opposition party sued the electoral commission on Monday.")).contains("ACCUSE");
    }

    @Test
    void aPurposeClauseOfADemandIsDoneByItsMainClause() {
        assertThat(categories("The rebels summoned reporters on Monday to demand the release of their leader."))
                .contains("REQUEST");
    }

    @Test
    void aPurposeClauseOfAnArmedActStaysAPurpose() {
        assertThat(categories("The government bought helicopters to attack the rebels.")).doesNotContain("ASSAULT");
    }

    @Test
    void whatAMessageDemandsIsARequest() {
        assertThat(categories("The rebels issued a statement demanding the release of their leader."))
                .contains("REQUEST");
    }

    @Test
    void takingToTheStreetsIsAProtest() {
        assertThat(categories("Thousands of teachers took to the streets of the capital on Friday over unpaid wages."))
                .contains("PROTEST");
    }

    @Test
    void aDictionaryVerbThatIsItsSentencesMainPredicateReportsItsCategory() {
        // "ban" is CAMEO 172 (COERCE), a category whose dictionary verbs make no record elsewhere in an article
        assertThat(categories("The president banned two opposition parties from the local elections on Monday."))
                .contains("COERCE");
    }

    @Test
    void aVerbThatOnlyCarriesItsObjectsEventReportsNoCategoryOfItsOwn() {
        // "impose" alone is CAMEO 170 (COERCE); here it carries out the freeze
        assertThat(categories("The European Union imposed an asset freeze on four officials on Thursday."))
                .containsExactly("SANCTION");
    }

    @Test
    void aFutureActOnAConditionAnotherMustMeetIsAThreat() {
        assertThat(categories("Kenya will withdraw its troops from the mission unless the talks resume next week."))
                .contains("THREATEN").doesNotContain("RETREAT");
    }

    @Test
    void aBoycottUnlessSomethingHappensIsAThreat() {
        assertThat(categories("The opposition party will boycott the vote unless the president steps down."))
                .contains("THREATEN").doesNotContain("PROTEST");
    }

    @Test
    void aDictionaryPatternOnTheComplementOfAnIntentionIsReadAsThatIntention() {
        // "impose restrictions" (CAMEO 172, COERCE) stands in the clause of "plans": the plan is a threat
        assertThat(categories("The government plans to impose new restrictions on foreign journalists."))
                .contains("THREATEN");
    }

    @Test
    void aMilitarySurrenderIsARetreat() {
        // CAMEO 0874 "retreat or surrender militarily" is RETREAT disarm in CAMEO2PLOVER
        assertThat(categories("Forty rebels surrendered to the army in the northern hills on Sunday."))
                .contains("RETREAT").doesNotContain("CONCEDE");
    }

    @Test
    void aMediationEffortIsAConsultation() {
        // CAMEO 045 "engage in mediation" is CONSULT in CAMEO2PLOVER
        assertThat(categories("Qatar launched a mediation effort between the two neighbours on Saturday."))
                .contains("CONSULT");
    }

    @Test
    void armsSentToSomeoneAreMilitaryAid() {
        // CAMEO codes "send arms" as a deployment (154, MOBILIZE); PLOVER's AID includes arms given to a recipient
        assertThat(categories("Russia sent arms to the Syrian government last year."))
                .contains("AID").doesNotContain("MOBILIZE");
    }

    @Test
    void anAttackWithAPoisonGasIsUnconventional() {
        assertThat(extract("The rebels carried out a poison gas attack on the town on Monday.", "2020-03-02").stream()
                .filter(r -> r.event().contains("ASSAULT")).flatMap(r -> r.mode().stream()))
                .contains("unconventional");
    }

    @Test
    void whatASpeakerSaysANamedOtherMustDoIsADemand() {
        assertThat(categories("The United States declared on Tuesday that China must drop its barriers to imports."))
                .contains("REQUEST").doesNotContain("X-STATEMENT");
    }

    @Test
    void whatASpeakerSaysItMustDoItselfDemandsNothing() {
        assertThat(categories("The French government declared on Tuesday that it must cut its spending."))
                .doesNotContain("REQUEST");
    }
}
