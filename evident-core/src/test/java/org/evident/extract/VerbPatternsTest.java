package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.parsed;

import java.util.List;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/**
 * The bundled CAMEO verb patterns find triggers only where the parse gives the verb the arguments its pattern
 * names, and a subject that can act; parses are written by hand here.
 */
class VerbPatternsTest {

    private final Codebook codebook = BundledCodebook.get();
    private final TriggerFinder finder = new TriggerFinder(codebook);

    private List<String> categories(Sentence s) {
        return finder.find(s).stream().map(t -> t.category() + " " + s.token(t.head()).text()).toList();
    }

    @Test
    void suspendingAidIsASanctionNotAid() {
        Sentence s = parsed("Washington/Washington/NNP/CITY suspended/suspend/VBD aid/aid/NN",
                "1>0:nsubj", "1>2:obj");
        assertThat(categories(s)).containsExactly("SANCTION suspended");
    }

    @Test
    void thePatternsNounMustBeTheVerbsOwnObject() {
        // "Washington cut costs, citing aid": the aid is not what was cut
        Sentence s = parsed("Washington/Washington/NNP/CITY cut/cut/VBD costs/cost/NNS ,/,/, "
                        + "citing/cite/VBG aid/aid/NN",
                "1>0:nsubj", "1>2:obj", "1>4:advcl", "4>5:obj");
        assertThat(categories(s)).containsExactly("AID aid");
    }

    @Test
    void aSubjectThatCannotActMakesNoEvent() {
        Sentence s = parsed("Prices/price/NNS cut/cut/VBD aid/aid/NN", "1>0:nsubj", "1>2:obj");
        assertThat(categories(s)).doesNotContain("SANCTION cut");
    }

    @Test
    void inTheLedeAPolitysPatternReportsAnEventWithoutACodebookTrigger() {
        Sentence s = parsed("Russia/Russia/NNP/COUNTRY cut/cut/VBD diplomatic/diplomatic/JJ ties/tie/NNS",
                "1>0:nsubj", "1>3:obj", "3>2:amod");
        assertThat(finder.find(s)).singleElement().satisfies(t -> {
            assertThat(t.category()).isEqualTo("SANCTION");
            assertThat(t.entry().modes()).containsExactly("withdraw");
        });
    }

    @Test
    void laterInTheArticleAPatternAddsNoRecordWhereTheCodebookHasNoTrigger() {
        Sentence lede = parsed("Russia/Russia/NNP/COUNTRY cut/cut/VBD diplomatic/diplomatic/JJ ties/tie/NNS",
                "1>0:nsubj", "1>3:obj", "3>2:amod");
        Sentence later = new Sentence(5, lede.tokens(), lede.dependencies(), List.of());
        assertThat(finder.find(later)).isEmpty();
    }

    @Test
    void aPatternAloneTellsNoEventOfABusinessOrABystander() {
        Sentence s = parsed("The/the/DT executive/executive/NN cut/cut/VBD ties/tie/NNS",
                "2>1:nsubj", "1>0:det", "2>3:obj");
        assertThat(finder.find(s)).isEmpty();
    }

    @Test
    void inTheLedeAVerbAloneReportsItsOwnCameoCode() {
        // "offer" has no codebook trigger: its dictionary code (030, an intent to cooperate) is AGREE
        Sentence s = parsed("Kenya/Kenya/NNP/COUNTRY offered/offer/VBD troops/troops/NNS",
                "1>0:nsubj", "1>2:obj");
        assertThat(categories(s)).containsExactly("AGREE offered");
    }

    @Test
    void aVerbWhoseClauseTellsTheActReportsNoCodeOfItsOwn() {
        // "decided to allow": what was decided is the act; "decide" alone (030) would be an intent to cooperate
        Sentence s = parsed("Kenya/Kenya/NNP/COUNTRY decided/decide/VBD to/to/TO allow/allow/VB voting/voting/NN",
                "1>0:nsubj", "1>3:xcomp", "3>2:mark", "3>4:obj");
        assertThat(categories(s)).doesNotContain("AGREE decided");
    }

    @Test
    void aBoilerThatExplodesIsAnAccidentNotABombing() {
        Sentence s = parsed("The/the/DT boiler/boiler/NN exploded/explode/VBD", "2>1:nsubj", "1>0:det");
        assertThat(categories(s)).containsExactly("X-DISASTER exploded");
    }

    @Test
    void aCodebookVerbWinsAndThePatternOnlyAddsItsMode() {
        Sentence s = parsed("India/India/NNP/COUNTRY deployed/deploy/VBD troops/troops/NNS",
                "1>0:nsubj", "1>2:obj");
        assertThat(finder.find(s)).singleElement().satisfies(t -> {
            assertThat(t.category()).isEqualTo("MOBILIZE");
            assertThat(t.entry().lemmas()).containsExactly("deploy");
        });
    }

    @Test
    void weaponsFoundAreWeaponsSeizedEvenPassiveAndWithoutACodebookTrigger() {
        // "A stash of firearms was found near the dam"
        Sentence s = parsed("A/a/DT stash/stash/NN of/of/IN firearms/firearm/NNS was/be/VBD found/find/VBN "
                        + "near/near/IN the/the/DT dam/dam/NN",
                "5>1:nsubj:pass", "1>0:det", "1>3:nmod", "3>2:case", "5>4:aux:pass", "5>8:obl", "8>6:case",
                "8>7:det");
        assertThat(finder.find(s)).singleElement().satisfies(t -> {
            assertThat(t.category()).isEqualTo("COERCE");
            assertThat(t.entry().modes()).containsExactly("seize");
            assertThat(s.token(t.head()).text()).isEqualTo("found");
        });
    }

    @Test
    void destroyingACacheOfWeaponsIsASeizureNotAnAssault() {
        Sentence s = parsed("Soldiers/soldier/NNS destroyed/destroy/VBD a/a/DT cache/cache/NN of/of/IN "
                        + "weapons/weapon/NNS",
                "1>0:nsubj", "1>3:obj", "3>2:det", "3>5:nmod", "5>4:case");
        assertThat(categories(s)).containsExactly("COERCE destroyed");
    }

    @Test
    void findingSomethingElseIsNoEvent() {
        Sentence s = parsed("Police/police/NNS found/find/VBD a/a/DT car/car/NN", "1>0:nsubj", "1>3:obj",
                "3>2:det");
        assertThat(finder.find(s)).isEmpty();
    }

    @Test
    void anIndustrialExplosionIsADisasterNotABombing() {
        Sentence s = parsed("A/a/DT gas/gas/NN explosion/explosion/NN hit/hit/VBD the/the/DT plant/plant/NN");
        assertThat(categories(s)).contains("X-DISASTER explosion").doesNotContain("ASSAULT explosion");
    }

    @Test
    void aMissileFiredWithNoTargetIsAShowOfForceNotAnAssault() {
        // "North Korea fired a ballistic missile over Japan"
        Sentence s = parsed("North/North/NNP/LOCATION Korea/Korea/NNP/LOCATION fired/fire/VBD a/a/DT "
                        + "ballistic/ballistic/JJ missile/missile/NN over/over/IN Japan/Japan/NNP/LOCATION",
                "1>0:compound", "2>1:nsubj", "2>5:obj", "5>3:det", "5>4:amod", "5>7:nmod", "7>6:case");
        assertThat(finder.find(s)).singleElement().satisfies(t -> {
            assertThat(t.category()).isEqualTo("MOBILIZE");
            assertThat(t.entry().modes()).containsExactly("weapons");
        });
    }

    @Test
    void missilesLaunchedIntoTheSeaHitNobody() {
        // "North Korea launched two short-range missiles into the sea"
        Sentence s = parsed("North/North/NNP/LOCATION Korea/Korea/NNP/LOCATION launched/launch/VBD two/two/CD "
                        + "short-range/short-range/JJ missiles/missile/NNS into/into/IN the/the/DT sea/sea/NN",
                "1>0:compound", "2>1:nsubj", "2>5:obj", "5>3:nummod", "5>4:amod", "2>8:obl", "8>6:case", "8>7:det");
        assertThat(finder.find(s)).singleElement().satisfies(t -> {
            assertThat(t.category()).isEqualTo("MOBILIZE");
            assertThat(t.entry().modes()).containsExactly("weapons");
        });
    }

    @Test
    void dozensOfRocketsFiredTowardsATownAreAnAttack() {
        // "Militants fired dozens of rockets towards the border town": the rockets are read through "dozens of"
        Sentence s = parsed("Militants/militant/NNS fired/fire/VBD dozens/dozen/NNS of/of/IN rockets/rocket/NNS "
                        + "towards/towards/IN the/the/DT border/border/NN town/town/NN",
                "1>0:nsubj", "1>2:obj", "2>4:nmod", "4>3:case", "1>8:obl", "8>5:case", "8>6:det", "8>7:compound");
        assertThat(finder.find(s)).singleElement().satisfies(t -> {
            assertThat(t.category()).isEqualTo("ASSAULT");
            assertThat(t.entry().modes()).contains("heavy-weapons");
        });
    }

    @Test
    void aMissileFiredAtATargetIsAnAssault() {
        Sentence s = parsed("Iran/Iran/NNP/COUNTRY launched/launch/VBD a/a/DT missile/missile/NN at/at/IN "
                        + "a/a/DT base/base/NN",
                "1>0:nsubj", "1>3:obj", "3>2:det", "1>6:obl", "6>4:case", "6>5:det");
        assertThat(finder.find(s)).singleElement().satisfies(t -> {
            assertThat(t.category()).isEqualTo("ASSAULT");
            assertThat(t.entry().modes()).containsExactly("heavy-weapons");
        });
    }

    @Test
    void aMissileThatKillsIsCodedAsTheAssaultAlone() {
        Sentence s = parsed("Rebels/rebel/NNS fired/fire/VBD a/a/DT missile/missile/NN that/that/WDT "
                        + "killed/kill/VBD three/three/CD",
                "1>0:nsubj", "1>3:obj", "3>2:det", "3>5:acl:relcl", "5>4:nsubj", "5>6:obj");
        assertThat(categories(s)).containsExactly("ASSAULT killed");
    }

    @Test
    void aSuspensionOfAidIsASanctionNotAid() {
        Sentence s = parsed("Washington/Washington/NNP/CITY announced/announce/VBD a/a/DT suspension/suspension/NN "
                        + "of/of/IN aid/aid/NN",
                "1>0:nsubj", "1>3:obj", "3>2:det", "3>5:nmod", "5>4:case");
        assertThat(finder.find(s)).singleElement().satisfies(t -> {
            assertThat(t.category()).isEqualTo("SANCTION");
            assertThat(s.token(t.head()).text()).isEqualTo("suspension");
        });
    }

    @Test
    void aNounOfAnActWithoutItsObjectIsNoPattern() {
        Sentence s = parsed("Washington/Washington/NNP/CITY announced/announce/VBD a/a/DT suspension/suspension/NN "
                        + "of/of/IN play/play/NN",
                "1>0:nsubj", "1>3:obj", "3>2:det", "3>5:nmod", "5>4:case");
        assertThat(finder.find(s)).isEmpty();
    }

    @Test
    void aNuclearBombTestedIsATestNotABombing() {
        Sentence s = parsed("Pyongyang/Pyongyang/NNP/CITY tested/test/VBD its/its/PRP$ nuclear/nuclear/JJ "
                        + "bomb/bomb/NN",
                "1>0:nsubj", "1>4:obj", "4>2:nmod:poss", "4>3:amod");
        assertThat(categories(s)).containsExactly("MOBILIZE tested");
    }

    @Test
    void aPrepositionBeforeATimeIsNoParticle() {
        // "fired over Japan on Tuesday" is not "fire on"
        Sentence s = new Sentence(0, parsed("They/they/PRP fired/fire/VBD over/over/IN Japan/Japan/NNP/COUNTRY "
                + "on/on/IN Tuesday/Tuesday/NNP/DATE").tokens(), List.of(),
                List.of(new org.evident.nlp.EntityMention(5, 5, "DATE", "Tuesday", null, 43, 50)));
        assertThat(finder.find(s)).isEmpty();
    }

    @Test
    void aParticleBeforeATimeIsStillAParticle() {
        // "blew themselves up Wednesday" is "blow up"
        Sentence s = new Sentence(0, parsed("Bombers/bomber/NNS blew/blow/VBD themselves/themselves/PRP up/up/RP "
                + "Wednesday/Wednesday/NNP/DATE").tokens(), List.of(),
                List.of(new org.evident.nlp.EntityMention(4, 4, "DATE", "Wednesday", null, 31, 40)));
        assertThat(categories(s)).containsExactly("ASSAULT blew");
    }

    /** "Sudan eased the curfew": a country, a verb and its object noun with a determiner. */
    private List<String> countryActsOn(String verb, String verbLemma, String noun) {
        return categories(parsed("Sudan/Sudan/NNP/COUNTRY " + verb + "/" + verbLemma + "/VBD the/the/DT "
                + noun + "/" + noun + "/NN", "1>0:nsubj", "1>3:obj", "3>2:det"));
    }

    @Test
    void aDeclaredCeasefireIsARetreatNotAnAgreement() {
        // PLOVER codes the declaration of a truce as de-escalation; CAMEO 0871 "declare ceasefire"
        assertThat(countryActsOn("declared", "declare", "ceasefire")).containsExactly("RETREAT declared");
    }

    @Test
    void aSpeechVerbWhosePatternRecodesNothingStaysASpeechVerb() {
        // "declared a curfew": the curfew is the event, the declaring its statement
        assertThat(countryActsOn("declared", "declare", "curfew")).containsExactly("COERCE curfew");
    }

    @Test
    void easingACurfewEndsItRatherThanImposingIt() {
        // PLOVER manual: CONCEDE covers "removing curfews" (the crosswalk's RETREAT is overridden)
        assertThat(countryActsOn("eased", "ease", "curfew")).containsExactly("CONCEDE eased");
    }

    @Test
    void aNounANameMakesSomeonesCanAct() {
        // "the Hizbollah group" acts as Hizbollah does; "the group" alone names no one
        Sentence named = parsed("The/the/DT Hizbollah/Hizbollah/NNP/ORGANIZATION group/group/NN declared/declare/VBD "
                        + "a/a/DT ceasefire/ceasefire/NN",
                "2>0:det", "2>1:compound", "3>2:nsubj", "3>5:obj", "5>4:det");
        assertThat(categories(named)).containsExactly("RETREAT declared");
    }

    @Test
    void reducingSuppliesIsASanction() {
        // PLOVER: reducing or stopping aid is SANCTION, not AID; CAMEO.2.0.txt has no "reduce supplies"
        Sentence s = parsed("Sudan/Sudan/NNP/COUNTRY reduced/reduce/VBD food/food/NN supplies/supply/NNS",
                "1>0:nsubj", "1>3:obj", "3>2:compound");
        assertThat(categories(s)).containsExactly("SANCTION reduced");
    }

    @Test
    void aSuspensionOfLinksIsASanction() {
        Sentence s = parsed("Italy/Italy/NNP/COUNTRY announced/announce/VBD a/a/DT suspension/suspension/NN "
                        + "of/of/IN links/link/NNS",
                "1>0:nsubj", "1>3:obj", "3>2:det", "3>5:nmod", "5>4:case");
        assertThat(finder.find(s)).singleElement().satisfies(t -> assertThat(t.category()).isEqualTo("SANCTION"));
    }

    @Test
    void strengtheningOnesForcesIsABuildUp() {
        Sentence s = parsed("Israel/Israel/NNP/COUNTRY strengthened/strengthen/VBD its/its/PRP$ forces/force/NNS",
                "1>0:nsubj", "1>3:obj", "3>2:nmod:poss");
        assertThat(categories(s)).containsExactly("MOBILIZE strengthened");
    }

    @Test
    void acceptingDemandsIsYieldingNotDemanding() {
        Sentence s = parsed("Sudan/Sudan/NNP/COUNTRY accepted/accept/VBD demands/demand/NNS from/from/IN "
                        + "rebels/rebel/NNS",
                "1>0:nsubj", "1>2:obj", "2>4:nmod", "4>3:case");
        assertThat(categories(s)).containsExactly("CONCEDE accepted");
    }

    @Test
    void aNounWordNetDerivesFromAVerbTakesItsPatterns() {
        // "reinforcement" is in deverbal-nouns.tsv only: WordNet links it to "reinforce", whose pattern with
        // troops is a build-up
        Sentence s = parsed("France/France/NNP/COUNTRY announced/announce/VBD the/the/DT "
                        + "reinforcement/reinforcement/NN of/of/IN its/its/PRP$ troops/troop/NNS",
                "1>0:nsubj", "1>3:obj", "3>2:det", "3>6:nmod", "6>4:case", "6>5:nmod:poss");
        assertThat(categories(s)).containsExactly("MOBILIZE reinforcement");
    }
}
