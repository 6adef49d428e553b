package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.evident.testkit.Extraction.extract;
import static org.evident.testkit.Extraction.recordWithMention;

import java.util.List;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.junit.jupiter.api.Test;

/** Who says so and how sure, on short handwritten news texts through the real annotation. */
class SourceAndStatusRulesTest {

    @Test
    void aStatementDeniesOnlyWhenItDeniesAPartInSomething() {
        EventRecord contact = recordWithMention(extract("Marcus Delaney said he and his brother had not been in"
                + " contact for 20 years.", "2019-05-02"), "said");
        assertThat(contact.event()).containsExactly("X-STATEMENT");
        assertThat(contact.status()).isEqualTo(Status.REPORTED);
        EventRecord denial = recordWithMention(extract("The FBI says the gunman had no connections to"
                + " international terrorist groups.", "2019-05-02"), "says");
        assertThat(denial.status()).isEqualTo(Status.DENIED);
        assertThat(denial.source().text()).isEqualTo("FBI");
    }

    @Test
    void aDatelineIsNoSpeakerOfTheLedesReportingClause() {
        EventRecord bombing = recordWithMention(extract("KANDAHAR — A suicide bomber killed seven people at a market"
                + " in southern Afghanistan on Sunday, police said.", "2019-05-03"), "killed");
        assertThat(bombing.source().text()).isEqualTo("police");
    }

    @Test
    void aRelativePronounTheParserLeftLooseSpeaksForTheNameBeforeIt() {
        List<EventRecord> records = extract("Tanaka, who is the government's top spokesman, condemned the test"
                + " and said no debris had fallen.", "2019-05-02");
        assertThat(records).anySatisfy(r -> assertThat(r.source()).isNotNull()
                .satisfies(source -> assertThat(source.text()).isEqualTo("Tanaka")));
        assertThat(records).noneSatisfy(r -> assertThat(r.source()).isNotNull()
                .satisfies(source -> assertThat(source.text()).startsWith("who")));
    }

    @Test
    void aLinkLineAboveAClaimIsNoClaimant() {
        EventRecord attack = recordWithMention(extract("Gunmen killed 12 people at a market in Kano on Monday.\n"
                + "Read more\nBoko Haram has claimed responsibility for the attack in Kano.", "2021-03-02"), "killed");
        assertThat(attack.responsibility()).extracting(EventRecord.Responsibility::entityText)
                .noneMatch(name -> name.contains("Read")).anyMatch(name -> name.contains("Boko Haram"));
    }

    @Test
    void anEventFirstToldInTheTextsOwnVoiceStaysAssertedWhenADetailIsAttributed() {
        EventRecord shooting = recordWithMention(extract("Dozens of people were killed on Sunday when a gunman"
                + " opened fire on a crowd at a music festival in Reno. Police said the gunman fired on the crowd"
                + " from the 20th floor of a hotel.", "2017-10-02"), "opened fire");
        assertThat(shooting.status()).isEqualTo(Status.ASSERTED);
        EventRecord bombing = recordWithMention(extract("Gunmen killed nine police officers at a checkpoint in"
                + " Kano on Saturday, officials said. The gunmen then set fire to a police station.", "2016-12-17"),
                "killed");
        assertThat(bombing.status()).isEqualTo(Status.REPORTED);
        assertThat(bombing.source().text()).isEqualTo("officials");
    }
    @Test
    void anEventInWhatASpeakerSaysIsReportedBySpeakerEvenWhereItsOwnClauseReadsNoFurther() {
        EventRecord threat = recordWithMention(extract("The army command says the rocket never posed a threat to"
                + " the islands.", "2019-05-02"), "threat");
        assertThat(threat.status()).isEqualTo(Status.REPORTED);
        assertThat(threat.source().text()).contains("army command");
    }

    @Test
    void aLeadAfterADatelineIsReportedByItsSpeaker() {
        EventRecord crash = recordWithMention(extract("LOS ANGELES — Officials say two city buses have collided"
                + " on a bridge, injuring three people.", "2019-05-02"), "collided");
        assertThat(crash.status()).isEqualTo(Status.REPORTED);
        assertThat(crash.source().text()).isEqualTo("Officials");
    }

    @Test
    void aGroupClaimingInARelativeClauseTheParserLeftLooseIsTheClaimant() {
        EventRecord attack = recordWithMention(extract("A gunman opens fire inside a bar in Dayton and kills nine"
                + " people.\nThe attacker pledges allegiance to the Islamic State group,"
                + " which later claims responsibility.", "2019-08-05"), "opens fire");
        assertThat(attack.responsibility()).extracting(EventRecord.Responsibility::entityText)
                .anyMatch(name -> name.contains("Islamic State"));
    }

    @Test
    void aPronounSpeakerIsTheNamedSpeakerOfAnEarlierParagraph() {
        EventRecord raid = recordWithMention(extract("Defence Minister Kenji Sato said on Tuesday that the army"
                + " was ready.\nSign up for our newsletter. Please try again later. You must select a newsletter."
                + " An error has occurred.\n“Our troops attacked the rebel camp near the border and destroyed it,”"
                + " he added.", "2019-05-02"), "attacked");
        assertThat(raid.source()).isNotNull();
        assertThat(raid.source().text()).contains("Sato");
    }

    @Test
    void aBodysNameRunsOnOverItsSmallWords() {
        EventRecord petition = recordWithMention(extract("The Asian Council for Peace and Justice petitioned the"
                + " United Nations to intervene for the detained journalist.", "2019-05-02"), "petitioned");
        assertThat(petition.source().text()).isEqualTo("Asian Council for Peace and Justice");
    }
    @Test
    void officialsBlameAnArmedGroupByResponsibleAndAttribute() {
        EventRecord bombing = recordWithMention(extract("A car bomb killed 12 soldiers in Kayseri on Saturday.\n"
                + "Officials said the PKK was responsible for the bombing.", "2016-12-17"), "killed");
        assertThat(bombing.responsibility()).extracting(EventRecord.Responsibility::entityText)
                .anyMatch(name -> name.contains("PKK"));
        EventRecord market = recordWithMention(extract("A bomb exploded at a market in Kano on Monday, killing five"
                + " people. Police attributed the attack to Boko Haram.", "2016-12-17"), "exploded");
        assertThat(market.responsibility()).extracting(EventRecord.Responsibility::entityText)
                .anyMatch(name -> name.contains("Boko Haram"));
        EventRecord denied = recordWithMention(extract("A car bomb killed 12 soldiers in Kayseri on Saturday.\n"
                + "Officials said the PKK was not responsible for the bombing.", "2016-12-17"), "killed");
        assertThat(denied.responsibility()).isEmpty();
    }
    @Test
    void anEventAReportingVerbTakesAsObjectIsReportedByItsSubject() {
        EventRecord shelling = recordWithMention(extract("A truce in Homs collapsed on Wednesday as residents reported"
                + " the resumption of shelling in the eastern districts.", "2016-12-14"), "shelling");
        assertThat(shelling.status()).isEqualTo(Status.REPORTED);
        assertThat(shelling.source().text()).isEqualTo("residents");
    }

    @Test
    void anEventAnywhereInTheReportedObjectsPhraseIsReported() {
        // the tagger reads "shelling" as a verb hung on "of": it is still part of what the residents reported
        EventRecord shelling = recordWithMention(extract("A truce in Homs unraveled on Wednesday, raising the specter"
                + " of a bloody end to the battle for the city as residents reported the resumption of shelling and"
                + " brutal bombing runs.", "2016-12-14"), "shelling");
        assertThat(shelling.status()).isEqualTo(Status.REPORTED);
        assertThat(shelling.source().text()).isEqualTo("residents");
    }

    @Test
    void aProtestLodgedInAQuoteIsTheSpeakersReport() {
        EventRecord protest = recordWithMention(extract("Speaking on television, Mr. Tanaka said his government was"
                + " ready to protect the islands.\n\u201cWe have lodged a firm protest with the embassy. We have asked"
                + " for an urgent meeting of the council,\u201d he added.", "2017-08-29"), "protest");
        assertThat(protest.status()).isEqualTo(Status.REPORTED);
        assertThat(protest.source().text()).isEqualTo("Tanaka");
    }

    @Test
    void aBodysNameEndsAtItsApposition() {
        EventRecord petition = recordWithMention(extract("The Asian Council for Peace and Justice, a partner of the"
                + " group, petitioned the United Nations to intervene for the detained journalist.", "2019-05-02"),
                "petitioned");
        assertThat(petition.source().text()).isEqualTo("Asian Council for Peace and Justice");
    }

    @Test
    void aHeadlineIsTheEventItsLeadReportsEvenWhenTheLeadCallsItAnother() {
        List<EventRecord> records = extract("North Korea Fires Another Missile Over Japan\n"
                + "Japanese officials have confirmed another missile test by North Korea on Friday morning.\n"
                + "The missile flew over the island of Hokkaido and fell into the sea.\n", "2017-09-15");
        EventRecord test = recordWithMention(records, "missile test");
        assertThat(recordWithMention(records, "Fires")).isSameAs(test);
        assertThat(test.status()).isEqualTo(Status.REPORTED);
        assertThat(test.source().text()).contains("officials");
    }

    @Test
    void aDefiniteDescriptionAsSourceIsFiledUnderTheBodyNamedBeforeIt() {
        EventRecord byNoun = recordWithMention(extract("The Defence Ministry spoke to reporters in Kiev on Monday.\n"
                + "The ministry said troops had killed 40 fighters near the airport.\n", "2019-05-02"), "killed");
        assertThat(byNoun.source().text()).isEqualTo("Defence Ministry");
        EventRecord bySector = recordWithMention(extract("Islamic State released a video on Monday.\n"
                + "The terrorist group said its fighters had shot 12 soldiers near the border.\n", "2019-05-02"), "shot");
        assertThat(bySector.source().text()).isEqualTo("Islamic State");
    }

    @Test
    void aSourceNamedInANounPhraseOrAfterTheClauseReportsTheNoun() {
        EventRecord inPhrase = recordWithMention(extract("The bombing of the bridge, according to the army, was carried"
                + " out by rebels on Monday.", "2016-10-14"), "bombing");
        assertThat(inPhrase.status()).isEqualTo(Status.REPORTED);
        assertThat(inPhrase.source().text()).isEqualTo("the army");
        EventRecord subject = recordWithMention(extract("The bombing of the bridge on Monday was the worst attack in"
                + " years, according to the army.", "2016-10-14"), "bombing");
        assertThat(subject.status()).isEqualTo(Status.REPORTED);
        assertThat(subject.source().text()).isEqualTo("the army");
    }

    @Test
    void theStoryNamesTheSpeakerAHeadlineShortens() {
        EventRecord release = recordWithMention(extract("Nigeria Says 21 Hostages Have Been Released\n"
                + "Nigerian President Muhammadu Buhari says 21 hostages held by rebels have been released after"
                + " talks.\n", "2016-10-14"), "Released");
        assertThat(release.source().text()).isEqualTo("Muhammadu Buhari");
    }

    @Test
    void aGroupClaimingTheAttackItselfIsTheClaimant() {
        EventRecord attack = recordWithMention(extract("Gunmen killed 12 people at a market in Kano on Monday.\n"
                + "Boko Haram claimed the attack on Tuesday.\n", "2016-10-14"), "killed");
        assertThat(attack.responsibility()).anySatisfy(claim -> {
            assertThat(claim.entityText()).contains("Boko Haram");
            assertThat(claim.status()).isEqualTo("CLAIMED");
        });
    }

    @Test
    void anAttackTheTextSaysANamedArmedGroupCarriedOutIsThatGroups() {
        EventRecord raid = recordWithMention(extract("Al-Shabab militants killed 12 soldiers in an attack on a base"
                + " in Somalia on Monday.", "2019-05-02"), "killed");
        assertThat(raid.responsibility()).extracting(EventRecord.Responsibility::identifierText)
                .containsExactly("al-Shabaab");
        assertThat(raid.responsibility()).extracting(EventRecord.Responsibility::status).containsExactly("ASSERTED");
        EventRecord killing = recordWithMention(extract("Police said the Taliban attacked a checkpoint in Kunduz on"
                + " Monday.", "2019-05-02"), "attacked");
        assertThat(killing.responsibility()).extracting(EventRecord.Responsibility::status).containsExactly("ALLEGED");
    }

    @Test
    void theMilitantsOfAnAttackAreTheArmedGroupNamedBefore() {
        EventRecord raid = recordWithMention(extract("The army has been fighting Boko Haram for years.\n\nIn April,"
                + " the militants stormed a school in Chibok and abducted 200 girls.", "2019-05-02"), "stormed");
        assertThat(raid.actor()).extracting(EventRecord.Entity::identifierText).containsExactly("Boko Haram");
        assertThat(raid.responsibility()).extracting(EventRecord.Responsibility::identifierText)
                .containsExactly("Boko Haram");
    }

    @Test
    void aClaimNobodyMadeClaimsNothing() {
        EventRecord attack = recordWithMention(extract("A car bomb killed five people in Kabul on Monday.\n"
                + "Nobody has claimed the bombing.\n", "2016-10-14"), "killed");
        assertThat(attack.status()).isEqualTo(Status.ASSERTED);
        assertThat(attack.responsibility()).isEmpty();
    }

    @Test
    void aClaimAfterTheTextToldTheAttackInItsOwnVoiceIsResponsibilityNotTheAttacksStatus() {
        EventRecord attack = recordWithMention(extract("A gunman killed 14 people at a hotel in Lagoma on Sunday."
                + " The Brigade of the North claimed the attack on Monday.", "2019-05-02"), "killed");
        assertThat(attack.status()).isEqualTo(Status.ASSERTED);
        assertThat(attack.responsibility()).extracting(EventRecord.Responsibility::status).contains("CLAIMED");
    }

    @Test
    void aMeetingSaidToBeSetForADayIsPredictedBySpeaker() {
        EventRecord meeting = recordWithMention(extract("Diplomats said the meeting of the council on the crisis"
                + " would most likely be on Tuesday afternoon.", "2019-05-02"), "meeting");
        assertThat(meeting.status()).isEqualTo(Status.PREDICTED);
    }

    @Test
    void anActTheActorFailedToCarryOutDidNotHappen() {
        EventRecord capture = recordWithMention(extract("Rebel fighters failed to capture the town of Ardel on"
                + " Friday.", "2019-05-02"), "capture");
        assertThat(capture.status()).isEqualTo(Status.NEGATED);
    }

    @Test
    void aQuoteFramedByAccordingToAsTheSentencesRootIsReportedByItsSource() {
        EventRecord agreement = recordWithMention(extract("Six hostages were freed in Ardel on Friday.\n"
                + "\"The return of six captured soldiers was also part of the agreement,\" according to Reuters.",
                "2019-05-02"), "agreement");
        assertThat(agreement.status()).isEqualTo(Status.REPORTED);
        assertThat(agreement.source().text()).isEqualTo("Reuters");
    }

    @Test
    void aPublishedRecordingIsAStatementOfItsPublisher() {
        EventRecord video = recordWithMention(extract("The Islamic State group released a video on Tuesday showing"
                + " the killing of two hostages.", "2019-05-02"), "released");
        assertThat(video.event()).containsExactly("X-STATEMENT");
        assertThat(video.status()).isEqualTo(Status.REPORTED);
        assertThat(video.source().text()).contains("Islamic State");
    }

    @Test
    void aCommitmentNotCarriedOutWasStillMade() {
        EventRecord threat = recordWithMention(extract("Iran has not carried out its threat to close the Strait of"
                + " Hormuz.", "2019-05-02"), "threat");
        assertThat(threat.status()).isEqualTo(Status.REPORTED);
        assertThat(threat.source().text()).isEqualTo("Iran");
        EventRecord attack = recordWithMention(extract("The rebels have not carried out an attack on the town of"
                + " Ardel.", "2019-05-02"), "attack");
        assertThat(attack.status()).isEqualTo(Status.NEGATED);
    }

    @Test
    void aSpeakerCharacterisingAnEventMakesAStatementOfItsOwn() {
        List<EventRecord> records = extract("Gunmen killed five people at a bar in Reno on Sunday. Police chief"
                + " John Miller said it was a terrorist attack.", "2019-05-02");
        EventRecord statement = recordWithMention(records, "said");
        assertThat(statement.event()).containsExactly("X-STATEMENT");
        assertThat(statement.status()).isEqualTo(Status.REPORTED);
        assertThat(statement.source().text()).isEqualTo("John Miller");
        assertThat(statement.mentions()).extracting(EventRecord.Mention::text).doesNotContain("attack");
    }

    @Test
    void aGroupsOwnWordOnItsPartInAnAttackClaimsOrDeniesIt() {
        EventRecord claimed = recordWithMention(extract("Gunmen attacked a checkpoint in Kandahar on Sunday, killing"
                + " five soldiers. The Taliban said it was responsible for the attack.", "2019-05-02"), "attacked");
        assertThat(claimed.responsibility()).extracting(EventRecord.Responsibility::identifierText,
                EventRecord.Responsibility::status).containsExactly(tuple("Taliban",
                "CLAIMED"));
        EventRecord denied = recordWithMention(extract("Gunmen attacked a checkpoint in Kandahar on Sunday, killing"
                + " five soldiers. The Taliban said it was not responsible for the attack.", "2019-05-02"), "attacked");
        assertThat(denied.responsibility()).extracting(EventRecord.Responsibility::status).containsExactly("DENIED");
        EventRecord behind = recordWithMention(extract("Gunmen attacked a checkpoint in Kandahar on Sunday, killing"
                + " five soldiers. The Taliban said its fighters were behind the attack.", "2019-05-02"), "attacked");
        assertThat(behind.responsibility()).extracting(EventRecord.Responsibility::status).containsExactly("CLAIMED");
    }

    @Test
    void theAgentOfWhatASpeakerSaysIsNoSpeakerOfTheQuoteAfterIt() {
        EventRecord arrest = recordWithMention(extract("Police spokesman Abdi Hassan said the hostages had been freed"
                + " by soldiers.\n\u201cThe soldiers arrested three of the kidnappers at a farm near the town of"
                + " Afgoye.\u201d", "2019-05-02"), "arrested");
        assertThat(arrest.status()).isEqualTo(Status.REPORTED);
        assertThat(arrest.source().text()).isEqualTo("Abdi Hassan");
    }

    @Test
    void aParagraphThatIsAllQuotationGoesOnWithTheSpeakerNamedBefore() {
        EventRecord arrest = recordWithMention(extract("Police spokesman Abdi Hassan said the hostages were safe. Most"
                + " of them were foreigners.\n\n\u201cThe soldiers arrested three of the kidnappers at a farm near the"
                + " town of Afgoye.\u201d", "2019-05-02"), "arrested");
        assertThat(arrest.status()).isEqualTo(Status.REPORTED);
        assertThat(arrest.source().text()).isEqualTo("Abdi Hassan");
    }

    @Test
    void aGroupNamedOnItsNounClaimsTheAttackItSaysItCarriedOut() {
        EventRecord attack = recordWithMention(extract("Gunmen killed five soldiers in northern Mali on Sunday.\n\n"
                + "In a statement posted online, the Ansaroul group said it had carried out the attack.",
                "2019-05-02"), "killed");
        assertThat(attack.responsibility()).extracting(EventRecord.Responsibility::status).contains("CLAIMED");
    }
}
