package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Phoenix actor dictionaries' format, on hand-written entries in it. */
class PhoenixConverterTest {

    @Test
    void aPersonKeepsEveryNameAndEveryDatedCode() {
        List<PhoenixConverter.Actor> actors = PhoenixConverter.convert(List.of(
                "# a comment",
                "JANE_ROE_  # CountryInfo.txt",
                "+MRS_ROE_",
                "+PRESIDENT_ROE",
                "\t[FRAELI 600101-020512]",
                "\t[FRAGOV >020512]",
                "\t[FRAELI]"));
        assertThat(actors).singleElement().satisfies(a -> {
            assertThat(a.names()).containsExactly("JANE ROE", "MRS ROE", "PRESIDENT ROE");
            assertThat(a.identifier()).isEqualTo("Jane Roe");
            assertThat(a.tsv()).endsWith("\tFRA:ELI:1960-01-01:2002-05-12;FRA:GOV:2002-05-12:;FRA:ELI::");
        });
    }

    @Test
    void rolesBecomePloverSectorsAndTheUnitedNationsKeepsItsOwnCode() {
        List<PhoenixConverter.Actor> actors = PhoenixConverter.convert(List.of(
                "NORTHERN_FRONT_ [XYZINSMUS] # armed group",
                "",
                "DAILY_HERALD_ [GBRMED]",
                "",
                "UN_SECRETARY_GENERAL",
                "+UNSG",
                "\t[IGOUNO]"));
        assertThat(actors).extracting(PhoenixConverter.Actor::tsv).containsExactly(
                "NORTHERN FRONT\tNorthern Front\tXYZ:REB::",
                "DAILY HERALD\tDaily Herald\tGBR:JRN::",
                "UN SECRETARY GENERAL|UNSG\tUn Secretary General\tUNO:::");
    }

    @Test
    void countriesAndEntriesWithoutCodeAreDropped() {
        List<PhoenixConverter.Actor> actors = PhoenixConverter.convert(List.of(
                "RURITANIA_  [RUR]",
                "+RURITANIAN_",
                "+STRELSAU_",
                "",
                "SOMEONE_UNCODED_",
                "",
                "RUDOLF_RASSENDYLL_  [RURGOV 18940101-18941231]"));
        assertThat(actors).extracting(PhoenixConverter.Actor::identifier).containsExactly("Rudolf Rassendyll");
    }

    @Test
    void twoDigitYearsReadAsTheLastCenturyUntilThirty() {
        assertThat(PhoenixConverter.day("450703")).isEqualTo("1945-07-03");
        assertThat(PhoenixConverter.day("070723")).isEqualTo("2007-07-23");
        assertThat(PhoenixConverter.day("20140130")).isEqualTo("2014-01-30");
        assertThat(PhoenixConverter.day("2004017")).isNull();
    }
}
