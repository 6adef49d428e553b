package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Extraction.extract;
import static org.evident.testkit.Extraction.recordWithMention;

import java.util.List;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.junit.jupiter.api.Test;

/** Extraction rules on short handwritten texts, through the real CoreNLP annotation. */
class EventExtractorTest {

    @Test
    void whatAPageAsksOfItsReaderIsNoEventButWhatAQuotedSpeakerAsksIs() {
        String text = "Rebels attacked an army base in Idlib on Monday.\n"
                + "You agree to receive occasional updates and special offers.\n"
                + "\"You agreed to a truce with the rebels in May,\" the minister told the general.";
        List<EventRecord> records = extract(text, "2019-05-15");
        int quoted = text.indexOf("agreed");
        assertThat(records).noneSatisfy(r -> assertThat(r.mentions())
                .anySatisfy(m -> assertThat(m.text()).isEqualTo("agree")));
        assertThat(records).anySatisfy(r -> assertThat(r.mentions())
                .anySatisfy(m -> assertThat(m.start()).isEqualTo(quoted)));
    }

    @Test
    void countsPeopleKilledButNeverMoney() {
        List<EventRecord> records = extract("Gunmen killed 12 people at a market in Kano on Monday. "
                + "The market brings the city 40 million dollars a year.", "2021-03-02");
        EventRecord attack = recordWithMention(records, "killed");
        assertThat(attack.event()).containsExactly("ASSAULT");
        assertThat(attack.size().dead()).isEqualTo(12);
        assertThat(attack.date()).isEqualTo("2021-03-01");
        assertThat(records).allSatisfy(r -> assertThat(r.size().dead()).isNotEqualTo(40_000_000));
    }

    @Test
    void whatADisasterDoesAndTheHarmItCausesArePartOfTheDisaster() {
        List<EventRecord> records = extract("A cyclone struck the coast of Sindh on Monday, killing 40 people. "
                + "Dozens were injured when a bridge collapsed near Hyderabad.", "2022-08-30");
        assertThat(records).noneSatisfy(r -> assertThat(r.event()).contains("ASSAULT"));
        assertThat(records).anySatisfy(r -> {
            assertThat(r.event()).containsExactly("X-DISASTER");
            assertThat(r.size().dead()).isEqualTo(40);
        });
    }

    @Test
    void aMeetingThatIsOnlyTheSettingOfWhatWasAgreedIsToldWithIt() {
        List<EventRecord> records = extract("The two presidents agreed in a phone call on Monday that investigators"
                + " would fly to Ankara.", "2016-12-20");
        EventRecord agreed = recordWithMention(records, "agreed");
        assertThat(agreed.event()).containsExactly("AGREE");
        assertThat(agreed.mentions()).anySatisfy(m -> assertThat(m.text()).contains("call"));
        assertThat(records).noneSatisfy(r -> assertThat(r.event()).containsExactly("CONSULT"));
        List<EventRecord> visit = extract("During his visit to Baghdad on Monday, the French president said that the"
                + " city would be freed by spring.", "2017-01-03");
        assertThat(recordWithMention(visit, "visit").event()).containsExactly("CONSULT");
    }

    @Test
    void aPronounSpeakerAfterAQuoteIsTheSpeakerBeforeNotSomeoneNamedInTheQuote() {
        List<EventRecord> records = extract("Foreign Ministry spokeswoman Maria Ivanova said the ambassador was a"
                + " friend of peace. \u201CAmbassador Petrov has made a great contribution to our ties. He has done a"
                + " lot to end the crisis,\u201D she said.", "2016-12-20");
        assertThat(records).filteredOn(r -> r.event().contains("X-STATEMENT"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.source().text()).doesNotContain("Petrov"));
    }

    @Test
    void aNewsAgencysCreditLineIsNoEvent() {
        List<EventRecord> records = extract("Gunmen killed three people at a market in Kano on Monday, police said.\n"
                + "(Reporting by John Adeyemi in Lagos; Editing by Mary Clarke)", "2021-03-02");
        assertThat(records).extracting(EventRecord::event).containsExactly(List.of("ASSAULT"));
    }

    @Test
    void aTrailingTollParticipleTellsTheEventBeforeItInItsSentence() {
        List<EventRecord> records = extract("Four members of the security forces were killed in Sunday's attacks,"
                + " officials said. Gunmen carried out a series of attacks in central Jordan on Sunday, including at a"
                + " Crusader castle popular with tourists, killing four members of the Jordanian security forces,"
                + " officials said.", "2016-12-19");
        EventRecord series = records.stream()
                .filter(r -> r.mentions().stream().anyMatch(m -> m.text().equals("killing")))
                .findFirst().orElseThrow();
        assertThat(series.mentions()).anySatisfy(m -> assertThat(m.start()).isEqualTo(116));
    }

    @Test
    void aReportHungOnWhatItReportsStillReportsIt() {
        EventRecord arrest = recordWithMention(extract("The opposition leader was arrested in Minsk on Tuesday, his"
                + " wife said.", "2023-01-11"), "arrested");
        assertThat(arrest.status()).isEqualTo(Status.REPORTED);
        assertThat(arrest.source().text()).isEqualTo("his wife");
        EventRecord told = recordWithMention(extract("Two soldiers were killed in an ambush near Gao on Monday, an army"
                + " spokesman told Reuters.", "2023-01-11"), "killed");
        assertThat(told.status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void keepsAtLeastAsALowerBound() {
        EventRecord attack = recordWithMention(extract("A bomb killed at least 9 soldiers near Mogadishu on Friday.",
                "2020-06-06"), "killed");
        assertThat(attack.size().dead()).isEqualTo(9);
        assertThat(attack.sizeInfo().dead().qualifier()).isEqualTo("at least");
        assertThat(attack.sizeInfo().dead().max()).isNull();
        assertThat(attack.mode()).contains("explosives");
    }

    @Test
    void readsArrestsWithTheirCountAndReportingAdverb() {
        EventRecord arrest = recordWithMention(extract("Police have reportedly arrested 14 people in Lahore.",
                "2019-05-05"), "arrested");
        assertThat(arrest.event()).containsExactly("COERCE");
        assertThat(arrest.mode()).contains("arrest");
        assertThat(arrest.size().arrested()).isEqualTo(14);
        assertThat(arrest.status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void attributesToTheSpeaker() {
        EventRecord attack = recordWithMention(extract("Rebels shelled the town of Idlib overnight, "
                + "the army spokesman Ahmed Salem said.", "2018-02-02"), "shelled");
        assertThat(attack.status()).isEqualTo(Status.REPORTED);
        assertThat(attack.source().text()).contains("Ahmed Salem");
        assertThat(attack.source().kind()).isEqualTo("official");
    }

    @Test
    void negationMakesANegatedRecord() {
        EventRecord attack = recordWithMention(extract("No one was killed in the blast in Herat.", "2018-02-02"),
                "killed");
        assertThat(attack.status()).isEqualTo(Status.NEGATED);
        assertThat(attack.size().dead()).isNull();
    }

    @Test
    void deniedReportsAreDenied() {
        EventRecord raid = recordWithMention(extract("The army denied reports that soldiers had detained the mayor "
                + "of Gao.", "2018-02-02"), "detained");
        assertThat(raid.status()).isEqualTo(Status.DENIED);
    }

    @Test
    void nextSentenceDoubtMakesTheReportUnverified() {
        EventRecord move = recordWithMention(extract("Local media said the commander had fled to Tripoli. "
                + "This could not be independently verified.", "2018-02-02"), "fled");
        assertThat(move.event()).containsExactly("X-MOVE");
        assertThat(move.status()).isEqualTo(Status.UNVERIFIED);
    }

    @Test
    void forecastGetsItsHorizon() {
        EventRecord forecast = recordWithMention(extract("The general said his troops need three more weeks to "
                + "retake Marawi.", "2017-06-01"), "retake");
        assertThat(forecast.status()).isEqualTo(Status.PREDICTED);
        assertThat(forecast.forecast()).isNotNull();
        assertThat(forecast.forecast().horizon()).isEqualTo("P3W");
        assertThat(forecast.forecast().by()).isEqualTo("2017-06-22");
        assertThat(forecast.source().text()).contains("general");
    }

    @Test
    void conjoinedAttacksInOneSentenceStayApart() {
        List<EventRecord> records = extract("The group claimed bombings in Kabul and Jalalabad, another attack in "
                + "Kandahar and a fourth in Herat.", "2018-02-02");
        long assaults = records.stream().filter(r -> r.event().contains("ASSAULT")).count();
        assertThat(assaults).isEqualTo(3);
        assertThat(recordWithMention(records, "fourth").event()).containsExactly("ASSAULT");
    }

    @Test
    void laterMentionsOfTheSameAttackMerge() {
        List<EventRecord> records = extract("A suicide bomber killed 20 people at a wedding in Kunduz on Saturday. "
                + "The attack was the deadliest this year. Officials said the bombing had been planned for weeks.",
                "2019-08-19");
        EventRecord attack = recordWithMention(records, "killed");
        assertThat(attack.mentions()).extracting(EventRecord.Mention::text).contains("attack", "bombing");
        assertThat(records.stream().filter(r -> r.event().contains("ASSAULT")).count()).isEqualTo(1);
    }

    @Test
    void everyFilledValueHasEvidenceThatMatchesTheText() {
        String text = "Troops arrested 7 protesters in Minsk on Sunday, the interior ministry said.";
        for (EventRecord record : extract(text, "2020-08-10")) {
            assertThat(record.evidence()).isNotEmpty();
            for (EventRecord.Evidence e : record.evidence()) {
                assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
            }
            for (EventRecord.Mention m : record.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    @Test
    void aGroupReportingItsOwnAttackClaimsIt() {
        EventRecord attack = recordWithMention(extract("Al-Shabaab said its fighters had killed 20 soldiers near "
                + "Kismayo on Friday.", "2020-01-05"), "killed");
        assertThat(attack.status()).isEqualTo(Status.CLAIMED);
        assertThat(attack.responsibility()).extracting(EventRecord.Responsibility::status).containsExactly("CLAIMED");
        assertThat(attack.size().dead()).isEqualTo(20);
    }

    @Test
    void anArmyReportingItsTroopsIsNoClaim() {
        EventRecord attack = recordWithMention(extract("The army said troops had killed 12 militants near Baidoa.",
                "2020-01-05"), "killed");
        assertThat(attack.status()).isEqualTo(Status.REPORTED);
        assertThat(attack.source().text()).isEqualTo("The army");
    }

    @Test
    void accordingToNamesTheSourceWithoutThePreposition() {
        EventRecord arrest = recordWithMention(extract("Police arrested four men near the scene within hours, "
                + "according to the interior ministry.", "2025-03-14"), "arrested");
        assertThat(arrest.status()).isEqualTo(Status.REPORTED);
        assertThat(arrest.source().text()).isEqualTo("interior ministry"); // the name it is filed under
        assertThat(arrest.source().kind()).isEqualTo("official");
        assertThat(arrest.evidence()).anyMatch(e -> e.field().equals("source")
                && e.text().equals("the interior ministry"));
    }

    @Test
    void aSourceInAppositionIsFiledUnderThePersonsName() {
        EventRecord attack = recordWithMention(extract("Gunmen killed three guards at a checkpoint in Kandahar, "
                + "said another provincial official, the deputy police chief Ahmad Karimi.", "2025-03-14"), "killed");
        assertThat(attack.status()).isEqualTo(Status.REPORTED);
        assertThat(attack.source().text()).contains("Karimi").doesNotContain("official");
    }

    @Test
    void aParticipleAddedToAReportedClauseIsReportedToo() {
        EventRecord injury = recordWithMention(extract("Authorities say two trains have collided in a tunnel, "
                + "injuring one person.", "2025-03-14"), "injuring");
        assertThat(injury.status()).isEqualTo(Status.REPORTED);
        assertThat(injury.source().text()).isEqualTo("Authorities");
    }

    @Test
    void aVerbWithAnObjectOfItsOwnReportsNothing() {
        EventRecord killing = recordWithMention(extract("The attacker is killed in a shootout with police; he "
                + "pledges allegiance to the group.", "2025-03-14"), "killed");
        assertThat(killing.status()).isEqualTo(Status.ASSERTED);
    }

    @Test
    void anEventDatedFromAnotherByASpanOfTimeIsAnotherEvent() {
        List<EventRecord> records = extract("A car bomb killed 9 police officers on a bus on Tuesday. "
                + "Officials said the attack bore the hallmarks of the PKK. It came two weeks after 30 people were "
                + "killed in a PKK bombing in Ankara.", "2021-03-10");
        EventRecord diyarbakir = recordWithMention(records, "car bomb");
        EventRecord ankara = recordWithMention(records, "bombing");
        assertThat(ankara).isNotSameAs(diyarbakir);
        assertThat(diyarbakir.size().dead()).isEqualTo(9);
        assertThat(ankara.size().dead()).isEqualTo(30);
        assertThat(ankara.date()).isEqualTo("2021-02-24"); // two weeks before the telling
        assertThat(ankara.dateInfo().text()).isEqualTo("two weeks");
    }

    @Test
    void aLaterHedgeOnADetailLeavesAnAttributedEventReported() {
        EventRecord attack = recordWithMention(extract("Gunmen killed six guards at a border post near Kidal on "
                + "Sunday, the army said. Two civilians may also have been killed in the attack.", "2022-05-02"),
                "killed");
        assertThat(attack.status()).isEqualTo(Status.REPORTED);
        assertThat(attack.source().text()).isEqualTo("the army");
    }

    @Test
    void aHedgeWithoutAnEarlierSourceStillWarns() {
        EventRecord move = recordWithMention(extract("The commander fled to Tripoli. Local media said he may have "
                + "fled with two aides.", "2022-05-02"), "fled");
        assertThat(move.status()).isIn(Status.HYPOTHETICAL, Status.UNVERIFIED);
    }

    @Test
    void aMeetingToBeHeldADayLaterIsForecastForThatDay() {
        EventRecord meeting = recordWithMention(extract("A car bomb killed 9 police officers in Kabul on Monday. It came "
                + "a day before a meeting of foreign ministers to be held in Doha.", "2021-03-08"), "meeting");
        assertThat(meeting.status()).isEqualTo(Status.PREDICTED);
        assertThat(meeting.date()).isEqualTo("2021-03-09");
    }

    @Test
    void anArmedGroupNamedOnTheAttackIsResponsibleInTheTextsOwnVoice() {
        List<EventRecord> records = extract("Eleven soldiers were killed in a Taliban attack on a checkpoint in Ghazni "
                + "on Tuesday. A Kabul attack on Monday wounded four.", "2021-06-09");
        EventRecord ghazni = recordWithMention(records, "attack");
        assertThat(ghazni.responsibility()).extracting(EventRecord.Responsibility::identifierText,
                EventRecord.Responsibility::status).containsExactly(org.assertj.core.groups.Tuple.tuple("Taliban",
                "ASSERTED"));
        assertThat(records.stream().filter(r -> r.mentions().stream().anyMatch(m -> m.start() > 90))
                .flatMap(r -> r.responsibility().stream())).isEmpty(); // a place names no attacker
    }

    @Test
    void anArmedGroupAsTheAgentOfTheActIsResponsible() {
        EventRecord abduction = recordWithMention(extract("Twenty girls abducted by the Taliban in Ghazni in 2019 "
                + "were released on Sunday.", "2021-06-09"), "abducted");
        assertThat(abduction.responsibility()).extracting(EventRecord.Responsibility::identifierText,
                EventRecord.Responsibility::status).containsExactly(org.assertj.core.groups.Tuple.tuple("Taliban",
                "ASSERTED"));
    }

    @Test
    void aDenialOfInvolvementIsADeniedResponsibility() {
        EventRecord bombing = recordWithMention(extract("A bomb killed six people at a market in Kandahar on Monday. "
                + "The Taliban denied any involvement in the bombing.", "2021-06-09"), "killed");
        assertThat(bombing.responsibility()).extracting(EventRecord.Responsibility::status).contains("DENIED");
    }

    @Test
    void aPassiveBlameNamesTheParty() {
        assertThat(responsibility(KANDAHAR + "The Haqqani network was blamed for the bombing.", "killed"))
                .anyMatch(r -> r.entityText().contains("Haqqani"));
        assertThat(responsibility(MOGADISHU + "The raid was blamed on al-Shabab.", "stormed"))
                .anyMatch(r -> r.entityText().contains("al-Shabab"));
    }

    @Test
    void anAccusationOfTheAttackIsAnAllegedResponsibility() {
        assertThat(responsibility(KANDAHAR + "The Haqqani network is suspected of carrying out the attack.", "killed"))
                .anyMatch(r -> r.status().equals("ALLEGED"));
        assertThat(responsibility(MOGADISHU + "Officials accused al-Shabab of the raid. They also accused the governor "
                + "of fraud.", "stormed")).anyMatch(r -> r.entityText().contains("al-Shabab"))
                .noneMatch(r -> r.entityText().contains("governor"));
    }

    @Test
    void aPassiveClaimNamesItsAgentAsTheClaimant() {
        assertThat(responsibility(KANDAHAR + "The attack was claimed by the Haqqani network.", "killed"))
                .anyMatch(r -> r.status().equals("CLAIMED"));
    }

    @Test
    void theAgentOfAPassiveLightVerbIsResponsibleForItsAct() {
        assertThat(responsibility(MOGADISHU + "The attack was carried out by al-Shabab, officials said.", "stormed"))
                .anyMatch(r -> r.entityText().contains("al-Shabab"));
    }

    @Test
    void aGroupThatWasBehindTheAttackIsResponsible() {
        assertThat(responsibility("Gunmen killed six miners near Quetta on Monday. Police said the Islamic State was "
                + "behind the attack.", "killed")).anyMatch(r -> r.entityText().contains("Islamic State"));
    }

    private static final String KANDAHAR = "A bomb killed six people at a market in Kandahar on Monday. ";
    private static final String MOGADISHU = "Gunmen stormed a hotel in Mogadishu on Friday, killing five guests. ";

    /** Who the record with this mention holds responsible, read from an article of 9 June 2021. */
    private static List<EventRecord.Responsibility> responsibility(String text, String mention) {
        return recordWithMention(extract(text, "2021-06-09"), mention).responsibility();
    }

    @Test
    void anEventTheArticleDatesAnotherFromStaysItsOwnEvent() {
        List<EventRecord> records = extract("Gunmen stormed a hotel in Mogadishu on Sunday, killing 12 people. Two days "
                + "after the gunmen attacked the hotel, police arrested five men.", "2022-05-10");
        EventRecord storming = recordWithMention(records, "stormed");
        assertThat(storming.mentions()).extracting(EventRecord.Mention::text).contains("attacked");
        assertThat(storming.date()).isEqualTo("2022-05-08");
    }
}
