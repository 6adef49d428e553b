package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CAMEO verb dictionary becomes PLOVER verb patterns: a miniature dictionary, crosswalk and mode table written
 * here in PETRARCH's formats.
 */
class CameoConverterTest {

    private static final List<String> CROSSWALK = List.of(
            "16: SANCTION",
            "160: SANCTION,   ,  # Reduce relations",
            "161: SANCTION, withdraw,   diplomatic      # Reduce or break diplomatic relations",
            "162: SANCTION, discontinue,    human_security   # Reduce or stop aid",
            "0354: AGREE,  ,   economic # Express intent to ease economic sanctions",
            "190: ASSAULT, , military # Use conventional military force",
            "154: MOBILIZE, troops, military # Mobilize or increase armed forces");

    private static final List<String> MANUAL = List.of(
            "\\caption{SANCTION modes}",
            "\\begin{tabular}{|l|p{13cm}|}",
            "Name & Content \\\\",
            "withdraw & Reduce or break relations\\\\",
            "discontinue & Stop aid\\\\",
            "\\end{tabular}",
            "\\caption{MOBILIZE modes}",
            "troops & Mobilize armed personnel\\\\",
            "\\end{tabular}",
            "\\label{tab:general-contexts} \\\\",
            "\\hyperref[context:military]{military} & military \\\\",
            "\\hyperref[context:diplomatic]{diplomatic} & diplomacy \\\\",
            "\\end{longtable}");

    private static final List<String> DICTIONARY = List.of(
            "&MILITARY",
            "+TROOPS",
            "+ARMED_FORCES",
            "",
            "####### VERB PATTERNS #######",
            "---  CUT   [---]  ---",
            "CUT {CUTS CUTTING}  [160]",
            "SEVER",
            "+TAKE_LEAVE {+TOOK_LEAVE +TAKING_LEAVE}",
            "- * TIES                                   [160]         # CUT",
            "- * {DIPLOMATIC TIES}                      [161]         # SEVER",
            "- * AID                                    [162]         # CUT",
            "- * (IN AID)                               [162]         # CUT",
            "- * SANCTIONS                              [0354]        # CUT",
            "- * LINKS                                  [161]         # CUT",
            "- * LINKS                                  [190]         # SEVER",
            "- * (WITH ^) (ON TRADE)                    [161]         # CUT",
            "- * (TO)                                   [160]         # CUT",
            "- * EVIDENCE                               [012]         # CUT",
            "- * FUNDING                                [022]         # CUT",
            "- * FUNDING                                [162]         # SEVER",
            "- * BUDGET                                 [:162]        # CUT",
            "",
            "---  SEND   [---]  ---",
            "+SEND_IN {+SENT_IN +SENDS_IN +SENDING_IN}",
            "WIRE_+TAP",
            "- * &MILITARY (TO BORDER)                  [154:154]     # SEND",
            "~ a (a b ATTACK) SAY = a b 015",
            "",
            "---  EMBARGO   [162]  ---",
            "EMBARGO",
            "BOYCOTT [---]",
            "PLEAD [022]",
            "- * OIL                                    [162]         # EMBARGO");

    private List<CameoConverter.Row> convert() {
        CameoConverter converter = new CameoConverter(CameoConverter.readCrosswalk(CROSSWALK),
                CameoConverter.readModes(MANUAL), CameoConverter.readContexts(MANUAL));
        return converter.convert(DICTIONARY);
    }

    @Test
    void readsTheManualsModeTablesAndContexts() {
        Map<String, Set<String>> modes = CameoConverter.readModes(MANUAL);
        assertThat(modes.get("SANCTION")).containsExactlyInAnyOrder("withdraw", "discontinue");
        assertThat(modes.get("MOBILIZE")).containsExactly("troops");
        assertThat(CameoConverter.readContexts(MANUAL)).containsExactlyInAnyOrder("military", "diplomatic");
    }

    @Test
    void everyVerbOfABlockTakesItsPatternsWithTheCategoryModeAndContextOfTheCrosswalk() {
        List<String> rows = convert().stream().map(CameoConverter.Row::tsv).toList();
        assertThat(rows).contains(
                "cut\t-\ttie\t-\t-\t160\tSANCTION\t-\t-",
                "sever\t-\ttie\t-\t-\t160\tSANCTION\t-\t-",
                "cut\t-\tdiplomatic tie\t-\t-\t161\tSANCTION\twithdraw\tdiplomatic",
                "cut\t-\taid\t-\t-\t162\tSANCTION\tdiscontinue\t-",
                "cut\t-\t-\tin\taid\t162\tSANCTION\tdiscontinue\t-",
                "cut\t-\tsanction\t-\t-\t0354\tAGREE\t-\t-");
    }

    @Test
    void easingACurfewOrAStateOfEmergencyIsAConcessionAsTheManualSaysNotTheCrosswalksRetreat() {
        Map<String, CameoConverter.Plover> crosswalk = CameoConverter.readCrosswalk(List.of(
                "0813: RETREAT, ,   legal # Ease curfew",
                "0814: RETREAT, ,   legal # Ease state of emergency or martial law",
                "0872: RETREAT, withdraw,   military # Ease military blockade"));
        assertThat(crosswalk.get("0813")).isEqualTo(new CameoConverter.Plover("CONCEDE", "", List.of("legal")));
        assertThat(crosswalk.get("0814").category()).isEqualTo("CONCEDE");
        assertThat(crosswalk.get("0872").category()).isEqualTo("RETREAT");
    }

    @Test
    void aSynsetStaysAReferenceAndACompoundVerbKeepsItsParticle() {
        assertThat(convert().stream().map(CameoConverter.Row::tsv))
                .contains("send in\t-\t&military\tto\tborder\t154\tMOBILIZE\ttroops\tmilitary");
    }

    @Test
    void dropsWhatDecidesNothing() {
        List<CameoConverter.Row> rows = convert();
        // two categories for one pattern (also when one is an appeal), two prepositional phrases, a bare
        // preposition, a statement code, a passive-only code, a compound whose verb is not first
        assertThat(rows).noneMatch(r -> r.object().equals("link"));
        assertThat(rows).noneMatch(r -> r.preposition().equals("with") || r.preposition().equals("to")
                && r.prepositionObject().isEmpty());
        assertThat(rows).noneMatch(r -> r.object().equals("evidence"));
        assertThat(rows).noneMatch(r -> r.object().equals("funding") || r.object().equals("budget"));
        assertThat(rows).noneMatch(r -> r.verb().contains("tap"));
    }

    @Test
    void aVerbAloneReportsItsOwnCodeElseItsBlocks() {
        assertThat(convert().stream().map(CameoConverter.Row::tsv)).contains(
                "cut\t-\t-\t-\t-\t160\tSANCTION\t-\t-",
                "embargo\t-\t-\t-\t-\t162\tSANCTION\tdiscontinue\t-");
        // a block without a code, a verb whose own code is null, an appeal, which PLOVER drops
        assertThat(convert()).noneMatch(r -> r.object().isEmpty() && r.prepositionObject().isEmpty()
                && r.preposition().isEmpty() && List.of("sever", "boycott", "plead").contains(r.verb()));
    }

    @Test
    void aCompoundThatNamesItsOwnObjectTakesNoPatternOfItsBlock() {
        assertThat(CameoConverter.particles(DICTIONARY)).contains("in").doesNotContain("leave");
        assertThat(convert()).noneMatch(r -> r.verb().equals("take leave"));
        assertThat(convert()).anyMatch(r -> r.verb().equals("send in"));
    }
}
