package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Extraction.extractPlaced;
import static org.evident.testkit.Extraction.recordWithMention;

import java.util.List;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.testkit.KnownPlaces;
import org.junit.jupiter.api.Test;

/**
 * Where an event happened: the place its own phrase names, also through a clause on the event noun; else, for a
 * physical event, the one place of its sentence or of the sentence before.
 */
class EventPlaceTest {

    @Test
    void aClauseOnTheEventNounTellsWhereItHappens() {
        List<EventRecord> records = extractPlaced("A summit to be held in Kisumu was postponed.", "2021-04-06");
        assertThat(recordWithMention(records, "summit").eventLoc().resolvedPlace()).isEqualTo("Kisumu");
    }

    @Test
    void aCurfewImposedOnATownHappensThere() {
        List<EventRecord> records = extractPlaced("Authorities imposed a 48-hour curfew on Gulu and Lira after"
                + " the riots.", "2021-04-06");
        assertThat(recordWithMention(records, "curfew").eventLoc().resolvedPlace()).isEqualTo("Gulu");
    }

    @Test
    void takesTheOnePlaceOfItsSentence() {
        EventRecord beating = recordWithMention(extractPlaced("Soldiers beat a farmer who was selling maize at a market in "
                + "Gulu, his family said.", "2021-04-02"), "beat");
        assertThat(beating.eventLoc().resolvedPlace()).isEqualTo("Gulu");
    }

    @Test
    void takesTheOnePlaceOfTheSentenceBefore() {
        List<EventRecord> records = extractPlaced("Thousands of nurses marched through Kampala on Monday. "
                + "Police fired tear gas at the crowd.", "2021-04-06");
        assertThat(recordWithMention(records, "fired tear gas at").eventLoc().resolvedPlace()).isEqualTo("Kampala");
    }

    @Test
    void twoTownsBeforeLeaveTheEventOnlyInTheirCountry() {
        List<EventRecord> records = extractPlaced("Nurses marched in Kampala and teachers rallied in Jinja on Monday. "
                + "Police fired tear gas at the crowd.", "2021-04-06");
        EventRecord.Location location = recordWithMention(records, "fired tear gas at").eventLoc();
        assertThat(location).isNotNull();
        assertThat(location.countryCode()).isEqualTo("UGA");
        assertThat(location.resolution()).as("a country, not one of the towns").isEqualTo(1);
    }

    @Test
    void anArticleWithoutADatelineIsAboutTheTownItNamesMostOften() {
        List<EventRecord> records = extractPlaced("Gunmen shot a trader on Monday, police said. The trader lived in"
                + " Gulu and sold maize at a market in Gulu. His brother, who lives in Lira, said he had no enemies.",
                "2021-04-06");
        assertThat(recordWithMention(records, "shot").eventLoc()).isNotNull()
                .extracting(EventRecord.Location::resolvedPlace).isEqualTo("Gulu");
    }

    @Test
    void aDatelinePlacesWhatNoNearerWordsPlace() {
        List<EventRecord> records = extractPlaced("GULU, Uganda (AP) — Police fired tear gas at striking nurses on"
                + " Monday, a union leader said.", "2021-04-06");
        assertThat(recordWithMention(records, "fired tear gas at").eventLoc()).isNotNull()
                .extracting(EventRecord.Location::resolvedPlace).isEqualTo("Gulu");
    }

    @Test
    void aNearerPlaceBeatsTheDateline() {
        List<EventRecord> records = extractPlaced("KAMPALA, Uganda — Police fired tear gas at striking nurses in"
                + " Gulu on Monday.", "2021-04-06");
        assertThat(recordWithMention(records, "fired tear gas at").eventLoc()).isNotNull()
                .extracting(EventRecord.Location::resolvedPlace).isEqualTo("Gulu");
    }

    @Test
    void aDatelineAbroadDoesNotPlaceTheArticlesEvents() {
        List<EventRecord> records = extractPlaced("LONDON - Rebels attacked an army post near Gulu on Monday. Ugandan"
                + " officials in Kampala said troops fought back. Soldiers later arrested four men.", "2021-04-06");
        EventRecord.Location location = recordWithMention(records, "arrested").eventLoc();
        assertThat(location).isNotNull();
        assertThat(location.countryCode()).isEqualTo("UGA");
    }

    @Test
    void aWordThatOnlyNamesATownElsewhereDoesNotPlaceTheEvent() {
        List<EventRecord> records = extractPlaced("Union leaders said they would call a general strike next week.",
                "2025-05-02");
        assertThat(recordWithMention(records, "general strike").eventLoc()).isNull();
    }

    @Test
    void aTownNerTookForAPersonStillPlacesTheEventAfterAPrepositionOfPlace() {
        EventRecord arrest = recordWithMention(extractPlaced("Thai police arrested three administrators of a"
                + " gambling website in Chiang Mai on Friday.", "2021-04-06"), "arrested");
        assertThat(arrest.eventLoc()).isNotNull().extracting(EventRecord.Location::resolvedPlace)
                .isEqualTo("Chiang Mai");
        assertThat(arrest.size().arrested()).as("administrators are people").isEqualTo(3);
    }

    @Test
    void aNameThatAKindOfPlaceNamesIsAPlaceWhateverNerSays() {
        EventRecord detention = recordWithMention(extractPlaced("The gunman's family home in the southern province"
                + " of Aydin was searched and his brother was detained.", "2016-12-20"), "detained");
        assertThat(detention.eventLoc()).isNotNull().extracting(EventRecord.Location::countryCode).isEqualTo("TUR");
    }

    @Test
    void aOneWordTownNerTookForAPersonIsAPlaceWherePeopleAreIn() {
        EventRecord attack = recordWithMention(extractPlaced("Doctors in Homs treated 40 people after a rocket attack"
                + " on a nearby village on Sunday.", "2017-04-10"), "rocket attack");
        assertThat(attack.eventLoc()).isNotNull().extracting(EventRecord.Location::resolvedPlace).isEqualTo("Homs");
    }

    @Test
    void aTownNerMissedIsThePlaceWhereItIsWhatAVerbOfPlacesActsOn() {
        EventRecord visit = recordWithMention(extractPlaced("The chancellor will visit Kyiv next month, her"
                + " spokesman said.", "2023-01-10"), "visit");
        assertThat(visit.eventLoc()).isNotNull().extracting(EventRecord.Location::resolvedPlace).isEqualTo("Kyiv");
    }

    @Test
    void movingPeopleAwayHappensWhereTheyLeave() {
        EventRecord deportation = recordWithMention(extractPlaced("Greece deported 40 migrants from Chios to Turkey"
                + " on Monday.", "2017-05-08"), "deported");
        assertThat(deportation.eventLoc()).isNotNull().extracting(EventRecord.Location::resolvedPlace)
                .isEqualTo("Chios");
    }

    @Test
    void aidGoesWhereTheVerbThatDeliversItTakesIt() {
        EventRecord aid = recordWithMention(extractPlaced("The Red Cross plans to deliver medical aid to Kismayo"
                + " next week.", "2023-06-10"), "aid");
        assertThat(aid.eventLoc()).isNotNull().extracting(EventRecord.Location::resolvedPlace).isEqualTo("Kismayo");
        assertThat(aid.status()).as("planned, through the verb that carries it out").isEqualTo(Status.PREDICTED);
    }

    @Test
    void aStatementIsNotPlacedByItsNeighbours() {
        List<EventRecord> records = extractPlaced("Gunmen attacked a police post in Kasese on Monday. "
                + "The minister said the government would never negotiate with armed groups.", "2021-04-06");
        EventRecord statement = recordWithMention(records, "said");
        assertThat(statement.event()).doesNotContain("ASSAULT");
        assertThat(statement.eventLoc()).isNull();
    }

    @Test
    void aVerbConjoinedWithoutItsOwnSubjectSharesTheTimeOfTheFirst() {
        List<EventRecord> records = extractPlaced("A man drove to a nightclub in Orlando on June 12 and shot"
                + " 49 people there.", "2017-10-03");
        assertThat(recordWithMention(records, "shot").date()).isEqualTo("2017-06-12");
    }

    @Test
    void aStreetNoGazetteerHoldsLiesInTheDatelineTown() {
        List<EventRecord> records = extractPlaced("GULU — Gunmen shot a trader on Obote Avenue on Monday, police"
                + " said.", "2021-04-06");
        assertThat(recordWithMention(records, "shot").eventLoc().resolvedPlace()).isEqualTo("Gulu");
    }

    @Test
    void aNamesakeAbroadThatOnlyTheGazetteerKnowsIsNoNearerThanTheDateline() {
        List<EventRecord> records = extractPlaced("DETROIT (WJBK) - A woman was fatally shot in the area of Eight Mile"
                + " and Ryan on Wednesday night.", "2016-01-27");
        assertThat(recordWithMention(records, "shot").eventLoc()).isNotNull()
                .extracting(EventRecord.Location::resolvedPlace).isEqualTo("Detroit");
    }

    @Test
    void aFarTownReadFromPartOfANameIsNoNearerThanTheDateline() {
        List<EventRecord> records = extractPlaced("LOS ANGELES (AP) - A man was shot and killed on Tuesday in"
                + " Jefferson Park, police said.", "2015-12-23");
        assertThat(recordWithMention(records, "shot").eventLoc()).isNotNull()
                .extracting(EventRecord.Location::resolvedPlace).isEqualTo("Los Angeles");
    }

    @Test
    void aCountryOrTownBeforeAStreetWordNamesTheStreet() {
        List<EventRecord> records = extractPlaced("GULU — Gunmen shot a trader on US Hwy 61 on Monday, police said.",
                "2021-04-06");
        assertThat(recordWithMention(records, "shot").eventLoc().resolvedPlace()).isEqualTo("Gulu");
    }

    @Test
    void aCountryNamedForTheEventIsNoNearerThanTheDatelineTownInIt() {
        List<EventRecord> records = extractPlaced("KAMPALA, Uganda (AP) — Gunmen attacked a police post in Uganda"
                + " on Monday, police said.", "2021-04-06");
        assertThat(recordWithMention(records, "attacked").eventLoc().resolvedPlace()).isEqualTo("Kampala");
    }

    @Test
    void aStreetLiesInTheTownNamedWithIt() {
        List<EventRecord> records = extractPlaced("Cheyanne Woods, a 29-year-old man, was shot and killed Tuesday in"
                + " the 2600 block of South Bronson Avenue in Evanston, according to coroner records.", "2016-01-11");
        assertThat(recordWithMention(records, "shot").eventLoc()).isNotNull()
                .extracting(EventRecord.Location::extractedPlace).isEqualTo("Evanston");
    }

    @Test
    void aSectionOfATownIsToldAsTheTownTheArticleNames() {
        EventRecord.Location section = new EventRecord.Location("Rogers Park", "Rogers Park", 4908033L, 42.00864,
                -87.66672, "Illinois", "United States", "USA", "P", "PPLX", 4);
        EventRecord.Location chicago = new EventRecord.Location("Chicago", "Chicago", 4887398L, 41.85003, -87.65005,
                "Illinois", "United States", "USA", "P", "PPLA2", 4);
        EventRecord.Location farAway = new EventRecord.Location("Peoria", "Peoria", 4905687L, 40.69365, -89.58899,
                "Illinois", "United States", "USA", "P", "PPLA2", 4);
        EventRecord.Location suburb = new EventRecord.Location("Evanston", "Evanston", 4891382L, 42.04114, -87.69006,
                "Illinois", "United States", "USA", "P", "PPL", 4);
        KnownPlaces gazetteer = KnownPlaces.none(); // its feature codes tell what each place is
        assertThat(RecordAssembler.townHolding(section, List.of(section, suburb, farAway, chicago), gazetteer))
                .extracting(EventRecord.Location::extractedPlace, EventRecord.Location::resolvedPlace)
                .containsExactly("Rogers Park", "Chicago");
        assertThat(RecordAssembler.townHolding(section, List.of(section, farAway), gazetteer).resolvedPlace())
                .as("no town named near it").isEqualTo("Rogers Park");
        assertThat(RecordAssembler.townHolding(section, List.of(section, suburb), gazetteer).resolvedPlace())
                .as("a plain town near it holds no sections").isEqualTo("Rogers Park");
        assertThat(RecordAssembler.townHolding(farAway, List.of(chicago), gazetteer).resolvedPlace())
                .as("a town of its own").isEqualTo("Peoria");
    }

    @Test
    void aPlaceItsSentencePutsInATownIsToldAsThatTown() {
        List<EventRecord> records = extractPlaced("A man was shot on Friday in the Kensington section of"
                + " Philadelphia.", "2016-01-11");
        assertThat(recordWithMention(records, "shot").eventLoc()).isNotNull()
                .extracting(EventRecord.Location::extractedPlace, EventRecord.Location::resolvedPlace)
                .containsExactly("Kensington", "Philadelphia");
    }

    @Test
    void aContainerThatIsNoTownLeavesThePlaceAsItIs() {
        EventRecord.Location village = new EventRecord.Location("Oak Hill", "Oak Hill", 4167000L, 28.86, -80.85,
                "Florida", "United States", "USA", "P", "PPL", 4);
        EventRecord.Location county = new EventRecord.Location("Volusia County", "Volusia County", 4174000L, 29.06,
                -81.14, "Florida", "United States", "USA", "A", "ADM2", 3);
        KnownPlaces gazetteer = KnownPlaces.none();
        assertThat(RecordAssembler.inTown(village, county, gazetteer)).isEqualTo(village);
        assertThat(RecordAssembler.inTown(village, null, gazetteer)).isEqualTo(village);
    }
}
