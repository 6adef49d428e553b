package org.evident.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kind of place a toponym's own words or its neighbours announce, read from kind-words.tsv. */
class MentionTest {

    private static Mention read(String text, String name) {
        int begin = text.indexOf(name);
        return Mention.of(new Toponym(name, begin, begin + name.length()), text);
    }

    @Test
    void aKindWordEndingTheNameAsksForThatKindAndLeavesTheBareName() {
        Mention mention = read("Shelling in Idlib Province went on.", "Idlib Province");

        assertThat(mention.wanted()).isEqualTo(Place.Kind.ADMIN1);
        assertThat(mention.withoutKindWord()).isEqualTo("Idlib");
    }

    @Test
    void aKindWordBeforeTheNameWithOfOrJustAfterItAsksForThatKind() {
        assertThat(read("Troops entered the district of Kunduz.", "Kunduz").wanted()).isEqualTo(Place.Kind.ADMIN2);
        assertThat(read("They fled Rapides Parish on Monday.", "Rapides").wanted()).isEqualTo(Place.Kind.ADMIN2);
        assertThat(read("Fighting near the town of Manbij.", "Manbij").wanted()).isEqualTo(Place.Kind.PLACE);
    }

    @Test
    void aWordTheFileDoesNotWriteInThatPlaceAsksForNothing() {
        // "oblast" tells the kind only as the last word of the name, "state" not after it
        assertThat(read("Troops left the oblast of Kherson.", "Kherson").wanted()).isNull();
        assertThat(read("Voters in Lagos State went to the polls.", "Lagos").wanted()).isNull();
    }

    @Test
    void aPartWordBeforeTheNameLeavesThePlaceItIsAPartOf() {
        Mention northern = read("Clashes in northern Kenya went on.", "northern Kenya");
        Mention southEast = read("Floods hit South-East Asia.", "South-East Asia");

        assertThat(northern.compass()).isTrue();
        assertThat(northern.name()).isEqualTo("Kenya");
        assertThat(southEast.name()).isEqualTo("Asia");
        assertThat(read("Shots in downtown Dayton.", "downtown Dayton").name()).isEqualTo("Dayton");
        assertThat(read("Rain in Norwich.", "Norwich").compass()).isFalse();
    }
}
