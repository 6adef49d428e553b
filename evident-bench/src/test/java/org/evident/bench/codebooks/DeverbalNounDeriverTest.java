package org.evident.bench.codebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evident.bench.codebooks.DeverbalNounDeriver.ActNoun;
import org.evident.bench.codebooks.DeverbalNounDeriver.Row;
import org.evident.bench.codebooks.DeverbalNounDeriver.VerbSense;
import org.junit.jupiter.api.Test;

/** The deriver on a hand-built WordNet and hand-built codebook rows. */
class DeverbalNounDeriverTest {

    /** "invade": sense 1 gives the act and the doer; "fire": sense 1 the act, sense 3 (rare) a dismissal. */
    private static final DeverbalNounDeriver.Lexicon WORDNET = verb -> switch (verb) {
        case "invade" -> List.of(new VerbSense(1, 12, List.of(new ActNoun("invasion", "noun.act", 1),
                new ActNoun("invader", "noun.person", 1))));
        case "fire" -> List.of(new VerbSense(1, 30, List.of(new ActNoun("firing", "noun.act", 1))),
                new VerbSense(2, 0, List.of(new ActNoun("fire", "noun.event", 1))),
                new VerbSense(3, 4, List.of(new ActNoun("dismissal", "noun.act", 1))));
        case "impose" -> List.of(new VerbSense(1, 9, List.of(new ActNoun("imposition", "noun.act", 4),
                new ActNoun("impost", "noun.possession", 1))));
        default -> List.of();
    };

    private List<String> nouns(Map<String, Set<String>> verbs) {
        return new DeverbalNounDeriver(WORDNET).derive(verbs).stream().map(r -> r.noun() + ">" + r.verb()).toList();
    }

    @Test
    void keepsTheActNotItsDoer() {
        assertThat(nouns(Map.of("invade", Set.of("COERCE")))).containsExactly("invasion>invade");
    }

    @Test
    void keepsOnlyTheVerbsFrequentTaggedSenses() {
        // sense 2 was never tagged while others were; sense 3 is past the first two
        assertThat(nouns(Map.of("fire", Set.of("ASSAULT")))).containsExactly("firing>fire");
    }

    @Test
    void dropsANounWhoseActSenseIsRareForTheNoun() {
        assertThat(nouns(Map.of("impose", Set.of("SANCTION")))).isEmpty();
    }

    @Test
    void rowsCarryTheVerbsSenseFileAndCategories() {
        Row row = new DeverbalNounDeriver(WORDNET).derive(Map.of("invade", Set.of("COERCE"))).get(0);
        assertThat(row).isEqualTo(new Row("invasion", "invade", 1, "noun.act", Set.of("COERCE")));
    }

    @Test
    void onlyOneWordVerbsWithAnObjectOnlyPatternGiveNouns() {
        Map<String, Set<String>> verbs = DeverbalNounDeriver.objectVerbs(List.of(
                "# verb\tsubject\tobject\tprep\tprep_object\tcameo\tcategory\tmodes",
                "impose\t-\tsanction\t-\t-\t163\tSANCTION\t-",
                "impose\t-\tcurfew\t-\t-\t174\tCOERCE\t-",
                "invade\t-\t-\t-\t-\t192\tCOERCE\tseize",
                "call off\t-\tstrike\t-\t-\t-\tRETREAT\t-",
                "deploy\t-\ttroop\tto\t-\t-\tMOBILIZE\t-",
                "attack\tpolice\tprotester\t-\t-\t-\tASSAULT\t-"));
        assertThat(verbs).containsExactly(Map.entry("impose", Set.of("COERCE", "SANCTION")));
    }

    @Test
    void carriesTheMitNoticeOverFromTheVerbCodebook() {
        assertThat(DeverbalNounDeriver.cameoNotice(List.of("# CAMEO verb patterns", "#",
                "# CAMEO.2.0.txt is under the MIT License:", "#   Copyright (c) 2015 Open Event Data Alliance",
                "#   Permission is hereby granted", "#", "# Columns"))).containsExactly(
                "# CAMEO.2.0.txt is under the MIT License:", "#   Copyright (c) 2015 Open Event Data Alliance",
                "#   Permission is hereby granted");
    }
}
