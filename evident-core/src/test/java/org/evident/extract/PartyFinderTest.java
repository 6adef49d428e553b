package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.entity;
import static org.evident.testkit.Parses.parsed;
import static org.evident.testkit.Parses.withEntities;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evident.model.EventRecord;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.evident.testkit.KnownPlaces;
import org.junit.jupiter.api.Test;

/** Actors and recipients read from the parse, named from the actor codebook and a gazetteer of two names. */
class PartyFinderTest {

    private final Codebook codebook = BundledCodebook.get();
    private final PartyFinder parties = new PartyFinder(codebook,
            KnownPlaces.of(Set.of(), Map.of("Turkish", "TUR", "Iraqi", "IRQ")));

    private static List<String> names(List<Reading.Party> found) {
        return found.stream().map(p -> p.entity().entityText()).toList();
    }

    @Test
    void anActiveVerbsSubjectDoesItAndItsObjectUndergoesIt() {
        // "Turkish soldiers attacked the militants"
        Sentence s = parsed("Turkish/Turkish/JJ soldiers/soldier/NNS attacked/attack/VBD the/the/DT "
                + "militants/militant/NNS", "2>1:nsubj", "1>0:amod", "2>4:obj", "4>3:det");
        AnnotatedArticle article = article("2020-01-01", s);
        Sentence placed = article.sentences().get(0);
        List<Reading.Party> actors = parties.actors(article, placed, 2, 2);
        assertThat(actors).singleElement().satisfies(p -> {
            assertThat(p.entity().entityText()).isEqualTo("Turkish soldiers");
            assertThat(p.entity().code()).as("the country from the gazetteer's demonym").isEqualTo("TUR");
            assertThat(p.entity().sector()).as("the sector from the agent noun").isEqualTo("MIL");
        });
        assertThat(names(parties.recipients(article, placed, 2, 2))).containsExactly("the militants");
    }

    @Test
    void aDatelineTheParserTookForASubjectIsNoActor() {
        // "BEIRUT — Gunmen attacked a convoy": the parser makes the dateline a second subject
        Sentence s = parsed("BEIRUT/BEIRUT/NNP —/—/HYPH Gunmen/gunman/NNS attacked/attack/VBD a/a/DT convoy/convoy/NN",
                "3>0:nsubj", "0>1:punct", "3>2:nsubj", "3>5:obj", "5>4:det");
        AnnotatedArticle article = article("2020-01-01", s);
        assertThat(names(parties.actors(article, article.sentences().get(0), 3, 3))).containsExactly("Gunmen");
    }

    @Test
    void aPassiveVerbsByAgentDoesItAndItsSubjectUndergoesIt() {
        // "Two soldiers were killed by the Taliban"
        Sentence s = parsed("Two/two/CD soldiers/soldier/NNS were/be/VBD killed/kill/VBN by/by/IN the/the/DT "
                        + "Taliban/Taliban/NNP/ORGANIZATION",
                "3>1:nsubj:pass", "1>0:nummod", "3>2:aux:pass", "3>6:obl", "6>4:case", "6>5:det");
        s = withEntities(s, entity(s, 6, 6, "ORGANIZATION", null));
        AnnotatedArticle article = article("2020-01-01", s);
        Sentence placed = article.sentences().get(0);
        assertThat(parties.actors(article, placed, 3, 3)).singleElement().satisfies(p -> {
            assertThat(p.entity().identifierText()).isEqualTo("Taliban");
            assertThat(p.entity().code()).isEqualTo("AFG");
            assertThat(p.isNamedArmedGroup()).isTrue();
        });
        assertThat(names(parties.recipients(article, placed, 3, 3))).containsExactly("Two soldiers");
    }

    @Test
    void aNounsPossessorDoesItAndItsOnPhraseUndergoesIt() {
        // "the Taliban's attack on the base"
        Sentence s = parsed("the/the/DT Taliban/Taliban/NNP/ORGANIZATION 's/'s/POS attack/attack/NN on/on/IN "
                        + "the/the/DT base/base/NN",
                "3>1:nmod:poss", "1>0:det", "1>2:case", "3>6:nmod", "6>4:case", "6>5:det");
        AnnotatedArticle article = article("2020-01-01", s);
        Sentence placed = article.sentences().get(0);
        assertThat(parties.actors(article, placed, 3, 3)).extracting(p -> p.entity().identifierText())
                .containsExactly("Taliban");
        assertThat(names(parties.recipients(article, placed, 3, 3))).containsExactly("the base");
    }

    @Test
    void theFightersAreTheArmedGroupNamedJustBefore() {
        // "Boko Haram raided the village." / "The fighters burned it."
        Sentence named = parsed("Boko/Boko/NNP/ORGANIZATION Haram/Haram/NNP/ORGANIZATION raided/raid/VBD "
                + "the/the/DT village/village/NN", "2>1:nsubj", "1>0:compound", "2>4:obj", "4>3:det");
        named = withEntities(named, entity(named, 0, 1, "ORGANIZATION", null));
        Sentence fighters = parsed("The/the/DT fighters/fighter/NNS burned/burn/VBD it/it/PRP",
                "2>1:nsubj", "1>0:det", "2>3:obj");
        AnnotatedArticle article = article("2020-01-01", named, fighters);
        assertThat(parties.actors(article, article.sentences().get(1), 2, 2)).singleElement().satisfies(p -> {
            assertThat(p.entity().entityText()).isEqualTo("The fighters");
            assertThat(p.entity().identifierText()).isEqualTo("Boko Haram");
        });
    }

    @Test
    void aNamedPersonGetsTheCountryAndSectorTheFieldsDictionariesGiveForTheDay() {
        // "Erdogan condemned the attack": Turkey's government in 2017, an elite politician before he held office
        Sentence s = parsed("Erdogan/Erdogan/NNP/PERSON condemned/condemn/VBD the/the/DT attack/attack/NN",
                "1>0:nsubj", "1>3:obj", "3>2:det");
        s = withEntities(s, entity(s, 0, 0, "PERSON", null));
        AnnotatedArticle in2017 = article("2017-01-02", s);
        assertThat(parties.actors(in2017, in2017.sentences().get(0), 1, 1)).singleElement().satisfies(p -> {
            assertThat(p.entity().code()).isEqualTo("TUR");
            assertThat(p.entity().sector()).isEqualTo("GOV");
            assertThat(p.entity().identifierText()).isEqualTo("Recep Tayyip Erdogan");
        });
        AnnotatedArticle in1995 = article("1995-06-01", s);
        assertThat(parties.actors(in1995, in1995.sentences().get(0), 1, 1)).singleElement()
                .satisfies(p -> assertThat(p.entity().sector()).isEqualTo("ELI"));
    }

    @Test
    void aCountryNameOfSeveralWordsIsReadWholeBeforeItsParts() {
        // "North Korea rejected the demand": not "Korea", and "The United States" has no one-word country in it
        PartyFinder finder = new PartyFinder(codebook, KnownPlaces.of(Set.of(),
                Map.of("Korea", "KOR", "North Korea", "PRK", "United States", "USA")));
        Sentence north = parsed("North/North/NNP Korea/Korea/NNP rejected/reject/VBD the/the/DT demand/demand/NN",
                "2>1:nsubj", "1>0:compound", "2>4:obj", "4>3:det");
        AnnotatedArticle article = article("2020-01-01", north);
        assertThat(finder.actors(article, article.sentences().get(0), 2, 2)).singleElement()
                .satisfies(p -> assertThat(p.entity().code()).isEqualTo("PRK"));
        Sentence us = parsed("The/the/DT United/United/NNP States/States/NNPS rejected/reject/VBD it/it/PRP",
                "3>2:nsubj", "2>0:det", "2>1:compound", "3>4:obj");
        AnnotatedArticle usArticle = article("2020-01-01", us);
        assertThat(finder.actors(usArticle, usArticle.sentences().get(0), 3, 3)).singleElement()
                .satisfies(p -> assertThat(p.entity().code()).isEqualTo("USA"));
    }

    @Test
    void aPersonsTitleGivesTheSectorBeforeTheNamedActorsOwnCodes() {
        // "President Erdogan condemned the attack" on a day the dictionary has him an elite: the title says GOV
        Sentence s = parsed("President/President/NNP Erdogan/Erdogan/NNP/PERSON condemned/condemn/VBD "
                + "the/the/DT attack/attack/NN", "2>1:nsubj", "1>0:compound", "2>4:obj", "4>3:det");
        s = withEntities(s, entity(s, 1, 1, "PERSON", null));
        AnnotatedArticle article = article("1995-06-01", s);
        assertThat(parties.actors(article, article.sentences().get(0), 2, 2)).singleElement().satisfies(p -> {
            assertThat(p.entity().code()).isEqualTo("TUR");
            assertThat(p.entity().sector()).isEqualTo("GOV");
        });
        // "former President Smith": the longer title of the field's agent nouns decides
        Sentence former = parsed("former/former/JJ President/President/NNP Smith/Smith/NNP/PERSON "
                + "condemned/condemn/VBD it/it/PRP", "3>2:nsubj", "2>1:compound", "2>0:amod", "3>4:obj");
        former = withEntities(former, entity(former, 2, 2, "PERSON", null));
        AnnotatedArticle formerArticle = article("2020-01-01", former);
        assertThat(parties.actors(formerArticle, formerArticle.sentences().get(0), 3, 3)).singleElement()
                .satisfies(p -> assertThat(p.entity().sector()).isEqualTo("ELI"));
    }

    @Test
    void aCapitalThatActsStandsForItsCountrysGovernment() {
        // "Berlin rejected the calls"
        PartyFinder finder = new PartyFinder(codebook, KnownPlaces.of(Set.of("Berlin"), Map.of())
                .withCapitals(Map.of("Berlin", "DEU")));
        Sentence s = parsed("Berlin/Berlin/NNP/CITY rejected/reject/VBD the/the/DT calls/call/NNS",
                "1>0:nsubj", "1>3:obj", "3>2:det");
        s = withEntities(s, entity(s, 0, 0, "CITY", null));
        AnnotatedArticle article = article("2020-01-01", s);
        assertThat(finder.actors(article, article.sentences().get(0), 1, 1)).singleElement().satisfies(p -> {
            assertThat(p.entity().code()).isEqualTo("DEU");
            assertThat(p.entity().sector()).isEqualTo("GOV");
        });
    }

    @Test
    void aCountOrAPartOfABodyIsOfTheCountryAndSectorOfItsOfPhrase() {
        // "Thousands of Iraqi soldiers protested", "A group of Iraqi soldiers protested"
        for (String words : List.of("Thousands/thousand/NNS", "group/group/NN")) {
            Sentence s = parsed(words + " of/of/IN Iraqi/Iraqi/JJ soldiers/soldier/NNS protested/protest/VBD",
                    "4>0:nsubj", "0>3:nmod", "3>1:case", "3>2:amod");
            AnnotatedArticle article = article("2020-01-01", s);
            assertThat(parties.actors(article, article.sentences().get(0), 4, 4)).singleElement().satisfies(p -> {
                assertThat(p.entity().code()).isEqualTo("IRQ");
                assertThat(p.entity().sector()).isEqualTo("MIL");
            });
        }
    }

    @Test
    void aCommonNounGetsItsSectorFromTheFieldsAgentNounsAndADemonymItsCountry() {
        // "Iraqi commandos stormed the village": "commando" is no row of agents.tsv, the field's agents file it MIL
        Sentence s = parsed("Iraqi/Iraqi/JJ commandos/commando/NNS stormed/storm/VBD the/the/DT village/village/NN",
                "2>1:nsubj", "1>0:amod", "2>4:obj", "4>3:det");
        AnnotatedArticle article = article("2020-01-01", s);
        assertThat(parties.actors(article, article.sentences().get(0), 2, 2)).singleElement().satisfies(p -> {
            assertThat(p.entity().code()).isEqualTo("IRQ");
            assertThat(p.entity().sector()).isEqualTo("MIL");
        });
    }

    @Test
    void aFieldAgentPhraseEndsAtTheHeadNoun() {
        // "A death squad killed him": the phrase gives the sector its head noun alone does not
        Sentence s = parsed("A/a/DT death/death/NN squad/squad/NN killed/kill/VBD him/he/PRP",
                "3>2:nsubj", "2>0:det", "2>1:compound", "3>4:obj");
        AnnotatedArticle article = article("2020-01-01", s);
        assertThat(parties.actors(article, article.sentences().get(0), 3, 3)).singleElement()
                .satisfies(p -> assertThat(p.entity().sector()).isEqualTo("UAF"));
    }

    @Test
    void aNounOfAgentsTsvKeepsItsHandRowEvenWithoutASector() {
        // "Firefighters reached the house": agents.tsv gives firefighters no sector; the field's agents say GOV
        Sentence s = parsed("Firefighters/firefighter/NNS reached/reach/VBD the/the/DT house/house/NN",
                "1>0:nsubj", "1>3:obj", "3>2:det");
        AnnotatedArticle article = article("2020-01-01", s);
        assertThat(parties.actors(article, article.sentences().get(0), 1, 1)).singleElement()
                .satisfies(p -> assertThat(p.entity().sector()).isNull());
    }

    @Test
    void aCityIsNoNamedActorOfTheDictionaries() {
        // "Memphis police arrested him": the dictionaries file Memphis under Egypt, the gazetteer knows better
        Sentence s = parsed("Memphis/Memphis/NNP/CITY police/police/NNS arrested/arrest/VBD him/he/PRP",
                "2>1:nsubj", "1>0:compound", "2>3:obj");
        AnnotatedArticle article = article("2016-01-01", s);
        assertThat(parties.actors(article, article.sentences().get(0), 2, 2)).singleElement().satisfies(p -> {
            assertThat(p.entity().code()).isNull();
            assertThat(p.entity().sector()).isEqualTo("COP");
        });
    }

    @Test
    void aNumberOrATimeIsNoParty() {
        // "killed 13 on Monday"
        Sentence s = parsed("Gunmen/gunman/NNS killed/kill/VBD 13/13/CD", "1>0:nsubj", "1>2:obj");
        AnnotatedArticle article = article("2020-01-01", s);
        assertThat(parties.recipients(article, article.sentences().get(0), 1, 1)).isEmpty();
    }

    @Test
    void conjoinedPartiesAreEachAParty() {
        Sentence s = parsed("Police/police/NNS and/and/CC soldiers/soldier/NNS raided/raid/VBD it/it/PRP",
                "3>0:nsubj", "0>2:conj", "2>1:cc", "3>4:obj");
        AnnotatedArticle article = article("2020-01-01", s);
        List<EventRecord.Entity> actors = parties.actors(article, article.sentences().get(0), 3, 3).stream()
                .map(Reading.Party::entity).toList();
        assertThat(actors).extracting(EventRecord.Entity::sector).containsExactly("COP", "MIL");
    }
}
