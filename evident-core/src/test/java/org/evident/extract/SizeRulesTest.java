package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Extraction.extract;
import static org.evident.testkit.Extraction.extractHeadlined;
import static org.evident.testkit.Extraction.recordWithMention;

import java.util.List;
import org.evident.model.EventRecord;
import org.junit.jupiter.api.Test;

/** How the counts of the dead and the injured are read from English phrasing, through the real annotation. */
class SizeRulesTest {

    private static EventRecord.Size size(String text, String mention) {
        return recordWithMention(extract(text, "2016-01-25"), mention).size();
    }

    @Test
    void aSingularVictimIsOne() {
        assertThat(size("A 42-year-old man was shot and killed by his brother outside the restaurant.", "shot"))
                .isEqualTo(new EventRecord.Size(1, null, null));
        assertThat(size("Reno police say officers shot and killed a man who was acting erratically.", "shot").dead())
                .isEqualTo(1);
    }

    @Test
    void aBodyOfPeopleOrTheDeadAreNotOnePerson() {
        assertThat(size("Gunmen attacked the family at their home in Kano.", "attacked").dead()).isNull();
        assertThat(size("The crew was injured when gunmen attacked the ship.", "attacked").injured()).isNull();
    }

    @Test
    void aTollReachesBackOnlyTwoSentences() {
        EventRecord.Size size = size("Gunmen attacked a bus near Kano on Monday. The driver fled. Police arrived later. "
                + "Officials met the governor. A villager died in 2010.", "attacked");
        assertThat(size.dead()).isNull();
    }

    @Test
    void peopleShotAreInjuredUnlessTheTextSaysTheyDied() {
        assertThat(size("Five people have been shot in Chicago.", "shot")).isEqualTo(new EventRecord.Size(null, 5, null));
        assertThat(size("A woman was shot to death on the east side.", "shot").dead()).isEqualTo(1);
        assertThat(size("A man was fatally shot Sunday.", "shot")).isEqualTo(new EventRecord.Size(1, null, null));
    }

    @Test
    void conjoinedTollsGoEachToTheirRole() {
        assertThat(size("Two men were killed and three wounded in the attack.", "killed"))
                .isEqualTo(new EventRecord.Size(2, 3, null));
        assertThat(size("The gunman opened fire, killing 14 and wounding at least 20.", "killing"))
                .isEqualTo(new EventRecord.Size(14, 20, null));
        assertThat(size("Two people are dead and three others wounded after a shooting in Seattle.", "wounded"))
                .isEqualTo(new EventRecord.Size(2, 3, null));
    }

    @Test
    void groupsAreNotSummedAndVagueFiguresGiveNoNumber() {
        assertThat(size("The blast killed two crew and ten passengers.", "killed").dead()).isNull();
        EventRecord attack = recordWithMention(extract("Gunmen killed more than 70 people in the town.", "2016-01-25"),
                "killed");
        assertThat(attack.size().dead()).isNull();
        assertThat(attack.sizeInfo().dead().min()).isEqualTo(71);
        assertThat(size("A gunman killed a man and a woman at the market.", "killed").dead()).isEqualTo(2);
    }

    @Test
    void noOfficerIsNoCount() {
        assertThat(size("Gunmen attacked the convoy but no officer was wounded.", "attacked").injured()).isNull();
    }

    @Test
    void aTollInASentenceOfItsOwnBelongsToTheAssaultToldBefore() {
        assertThat(size("A man was shot Sunday night in the park. He died later at the hospital.", "shot"))
                .isEqualTo(new EventRecord.Size(1, null, null));
        assertThat(size("Gunmen shot a driver on Main Street. The driver was pronounced dead at the scene.", "shot").dead())
                .isEqualTo(1);
        assertThat(size("A man was shot Sunday night in the park. The officer was not hurt.", "shot"))
                .isEqualTo(new EventRecord.Size(null, 1, null));
    }

    @Test
    void tollsToldInARowFollowOneVictimBackToTheAssault() {
        assertThat(size("Deputies were called to a home in Dudley in response to a report of a person being shot. Upon "
                + "their arrival the deputies were shown where the victim was lying beside her car. Jane Doe, 43, was "
                + "discovered with a gunshot wound to the head. She died later at the hospital.", "shot"))
                .isEqualTo(new EventRecord.Size(1, null, null));
    }

    @Test
    void aStateDeclaredInARelativeClauseCountsItsSubject() {
        assertThat(size("A woman was shot in her car on Main Street. She was transported to the hospital, where she was "
                + "later pronounced deceased.", "shot")).isEqualTo(new EventRecord.Size(1, null, null));
    }

    @Test
    void aVictimTakenToTheHospitalWhereHeDiedIsDead() {
        assertThat(size("Lopez was shot in the chest and was taken by a friend to Mount Sinai Hospital, where he died"
                + " an hour later, authorities said.", "shot")).isEqualTo(new EventRecord.Size(1, null, null));
    }

    @Test
    void aFatalShootingHasAtLeastOneDeadUnlessAttempted() {
        EventRecord fatal = recordWithMention(extract("Police are investigating a fatal shooting on the east side.",
                "2016-01-25"), "shooting");
        assertThat(fatal.size().dead()).isEqualTo(1);
        assertThat(fatal.sizeInfo().dead().qualifier()).isEqualTo("at least");
        assertThat(size("Police say two people were killed in the deadly shooting on Main Street.", "killed").dead())
                .isEqualTo(2);
        assertThat(size("He was charged with attempted murder after the shooting.", "murder").dead()).isNull();
    }

    @Test
    void aDeathAfterTheShootingCountsTheDead() {
        assertThat(size("A 26-year-old man died Sunday after being shot in Pacoima, police said.", "shot"))
                .isEqualTo(new EventRecord.Size(1, null, null));
    }

    @Test
    void aVictimFoundShotIsTheSubjectOfTheFinding() {
        assertThat(size("A victim was found shot to death inside a van.", "shot").dead()).isEqualTo(1);
        assertThat(size("Officers found a man shot in the parking lot.", "shot")).isEqualTo(new EventRecord.Size(null, 1,
                null));
    }

    @Test
    void aVictimTakenToTheHospitalOrLeftInCriticalConditionIsInjured() {
        assertThat(size("A man was taken to the hospital in critical condition after a shooting on the east side.",
                "shooting")).isEqualTo(new EventRecord.Size(null, 1, null));
        assertThat(size("Police are investigating a shooting that left a man in critical condition.", "shooting"))
                .isEqualTo(new EventRecord.Size(null, 1, null));
        assertThat(size("Police are investigating a shooting on the east side. One man was taken to the hospital with"
                + " life-threatening injuries.", "shooting")).isEqualTo(new EventRecord.Size(null, 1, null));
    }

    @Test
    void aVictimTakenToTheHospitalWhoDiedIsDeadNotInjured() {
        assertThat(size("A man was taken to the hospital after a shooting on the east side. He died later at the"
                + " hospital.", "shooting")).isEqualTo(new EventRecord.Size(1, null, null));
    }

    @Test
    void theOfPhraseOfADeathNamesWhoDied() {
        assertThat(size("Prosecutors will decide on charges in the death of a 7-year-old boy who was accidentally shot "
                + "inside the family van.", "shot")).isEqualTo(new EventRecord.Size(1, null, null));
    }

    @Test
    void aHeadlineDropsTheAuxiliaryOfItsPassives() {
        EventRecord headline = recordWithMention(extractHeadlined("Man fatally shot in West Philadelphia",
                "Police are looking for the gunman.", "2016-01-25"), "shot");
        assertThat(headline.size()).isEqualTo(new EventRecord.Size(1, null, null));
    }

    @Test
    void aHeadlineParticipleTakenForANounStillTellsOfItsVictim() {
        EventRecord shot = recordWithMention(extractHeadlined("Woman shot, killed in West Philadelphia; suspect in"
                + " custody | 6abc.com", "Police said a 37-year-old woman was shot twice in the head.", "2016-01-25"),
                "killed");
        assertThat(shot.size()).isEqualTo(new EventRecord.Size(1, null, null));
    }

    @Test
    void aHeadlineCommaJoinsVerbsAsAndDoes() {
        List<EventRecord> records = extractHeadlined("Gunman shot, killed at Ohio store",
                "Police are looking for witnesses.", "2016-01-25");
        EventRecord shot = recordWithMention(records, "shot");
        assertThat(shot.mentions()).anySatisfy(m -> assertThat(m.text()).isEqualTo("killed"));
        assertThat(shot.size()).isEqualTo(new EventRecord.Size(1, null, null));
    }

    @Test
    void theHeadlineEventIsTheLedeEvent() {
        List<EventRecord> records = extractHeadlined("Shooting near hotel under investigation",
                "A 25-year-old man was shot and killed in the hotel lobby early Saturday, police said.", "2016-01-25");
        EventRecord headline = recordWithMention(records, "Shooting");
        assertThat(headline.mentions()).extracting(EventRecord.Mention::text).contains("shot");
        assertThat(headline.size().dead()).isEqualTo(1);
    }

    @Test
    void aHeadlineEventStaysApartFromALedeEventFarAway() {
        List<EventRecord> records = extractHeadlined("Shooting in Chicago leaves one injured",
                "A man was shot in Los Angeles on Friday, police said.", "2016-01-25");
        assertThat(recordWithMention(records, "Shooting").mentions()).extracting(EventRecord.Mention::text)
                .doesNotContain("shot");
    }

    @Test
    void aClauseLeavesItsVictimsInAState() {
        assertThat(size("A bombing at a market in Kano left at least 12 dead on Monday.", "bombing").dead())
                .isEqualTo(12);
        assertThat(size("Police said the shooting, which left three people injured, began at noon.", "shooting")
                .injured()).isEqualTo(3);
    }

    @Test
    void bothAndThePairAreTwo() {
        assertThat(size("A man and his brother argued with a neighbor. Both were shot in the legs.", "shot")
                .injured()).isEqualTo(2);
        assertThat(size("Gunmen attacked a house in Kano. Both victims were taken to the hospital.", "attacked")
                .injured()).isEqualTo(2);
    }

    @Test
    void aLargerTollToldOnItsOwnRaisesTheCountOfTheAssaultBefore() {
        assertThat(size("A man was shot on Main Street on Sunday. Both victims were taken to the hospital.", "shot")
                .injured()).isEqualTo(2);
    }

    @Test
    void aTollTheHeadlineOrLedeTellsBeforeAnyAssaultIsTheMainEvents() {
        EventRecord shot = recordWithMention(extractHeadlined("Three dead in Independence murder-suicide",
                "Police say a man shot his wife and a neighbor at a bar late Tuesday.", "2016-01-25"), "shot");
        assertThat(shot.size().dead()).isEqualTo(3);
        EventRecord later = recordWithMention(extractHeadlined("Night of violence",
                "One man is dead and two women are fighting for their lives. Police responded to a call. Officers "
                        + "arrived at the house. Neighbours heard screams. Police found a man shot.", "2016-01-25"),
                "shot");
        assertThat(later.size().dead()).isEqualTo(1);
    }
}
