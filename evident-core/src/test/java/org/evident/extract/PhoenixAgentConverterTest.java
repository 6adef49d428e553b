package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Phoenix agent dictionary's format, on hand-written entries in it. */
class PhoenixAgentConverterTest {

    private static List<String> rows(String... lines) {
        return PhoenixAgentConverter.convert(List.of(lines)).stream().map(PhoenixAgentConverter.Agent::tsv).toList();
    }

    @Test
    void aCodeAddedAfterTheCountryGivesItsFirstPloverSectorUnderPloversName() {
        assertThat(rows(
                "# a comment",
                "RIOT_POLICE {} [~COP] # ab 06 Jul 2005",
                "FOREIGN_MINISTRY [~GOVMIL]",
                "NEWSPAPER [~MED]",
                "SURGEON [~HLH]",
                "MUSLIM_EXTREMIST [~MUSRAD]"))
                .containsExactly("riot police\tCOP", "foreign ministry\tGOV", "newspaper\tJRN", "surgeon\tMED");
    }

    @Test
    void substitutionSetsAndIrregularPluralsBecomePhrasesOfTheirOwn() {
        assertThat(rows(
                "!PERSON! = MAN, MEN",
                "CATTLE!PERSON! [~AGR]",
                "CATTLE_THIEF {CATTLE_THIEVES} [~CRM]"))
                .containsExactly("cattleman\tAGR", "cattlemen\tAGR", "cattle thief\tCRM", "cattle thieves\tCRM");
    }

    @Test
    void anOrganisationKindBeforeTheCountryAndAPhraseOfTwoSectorsAreDropped() {
        assertThat(rows(
                "TRUCE_MONITOR [IGO~]",
                "SPOKESMAN [~GOV]",
                "SPOKESMAN [~MED]",
                "SENATOR [~LEG]"))
                .containsExactly("senator\tLEG");
    }
}
