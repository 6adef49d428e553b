package org.evident.geo.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.evident.geo.Country;
import org.evident.geo.Fixture;
import org.evident.geo.Gazetteer;
import org.evident.geo.GazetteerIndex;
import org.evident.geo.Place;
import org.junit.jupiter.api.Test;

class GazetteerBuilderTest {

    private final Gazetteer gazetteer = Fixture.gazetteer();

    private List<String> names(String query) {
        return gazetteer.lookup(query).stream().map(m -> m.place().name() + "/" + m.quality()).toList();
    }

    @Test
    void findsPlacesByNameAsciiNameAndAlternateName() {
        assertThat(names("Tartus")).containsExactly("Ţarţūs/NAME", "Tartus/NAME"); // the town and its province
        assertThat(names("Tartous")).containsExactly("Ţarţūs/ALTERNATE");
        assertThat(names("Constantinople")).containsExactly("Istanbul/ALTERNATE");
    }

    @Test
    void dropsTheArabicArticleAndFoldsTransliterations() {
        assertThat(names("al-Raqqa")).containsExactly("Ar Raqqah/ALTERNATE");
        assertThat(names("Raqqah")).contains("Ar Raqqah/NAME");
        assertThat(names("Mazar-i-Sharif")).containsExactly("Mazār-e Sharīf/LOOSE");
        assertThat(names("Tartoos")).contains("Ţarţūs/LOOSE");
        assertThat(names("Samarraa")).containsExactly("Samarra/LOOSE");
    }

    @Test
    void supplementaryTownsFillOnlyNamesTheDumpLacksInTheirCountry() throws IOException {
        GazetteerBuilder builder = Fixture.builder();
        builder.addSupplementaryPlace("Pineville", 31.0, -92.0, "US", "LA", "");
        builder.addSupplementaryPlace("Innistown", 52.0, -92.0, "US", "LA", "");
        builder.addSupplementaryPlace("Innistown", 52.5, -92.5, "US", "LA", "");
        Gazetteer g = builder.build();
        assertThat(g.lookup("Pineville")).extracting(m -> m.place().geonameid()).containsExactly(4L);
        List<Gazetteer.Match> added = g.lookup("Innistown");
        assertThat(added).hasSize(1);
        assertThat(added.get(0).place().geonameid()).isZero();
        assertThat(added.get(0).place().population()).isZero();
        assertThat(added.get(0).place().admin1Key()).isEqualTo("US.LA");
    }

    @Test
    void codesAmongAlternateNamesNameOnlyGreatCitiesAndOnlyAsWritten() throws IOException {
        GazetteerBuilder builder = Fixture.builder();
        builder.addGeoNamesRow(("901\tSmalltown\tSmalltown\tACT,QYY\t31.5\t-97.1\tP\tPPL\tUS\t\tLA\t\t\t\t140000"
                + "\t\t\t\t").split("\t", -1));
        builder.addGeoNamesRow(("902\tBigtown\tBigtown\tBGT\t40.7\t-74.0\tP\tPPL\tUS\t\tVA\t\t\t\t8000000"
                + "\t\t\t\t").split("\t", -1));
        Gazetteer g = builder.build();
        assertThat(g.lookup("ACT")).isEmpty();
        assertThat(g.lookup("Ky")).extracting(m -> m.place().geonameid()).doesNotContain(901L);
        assertThat(g.lookup("BGT")).extracting(m -> m.place().geonameid()).containsExactly(902L);
        assertThat(g.lookup("Bgtt")).isEmpty();
    }

    @Test
    void fallsBackToOneEditOnlyForLongNames() {
        assertThat(names("Damascos")).containsExactly("Damascus/EDIT", "Damascus/EDIT");
        assertThat(names("Idlb")).isEmpty();
    }

    @Test
    void readsAlternateNamesFileSkippingLinksAndOtherScripts() {
        assertThat(names("Idleb")).containsExactly("Idlib/ALTERNATE");
        assertThat(gazetteer.knows("https://example.org/Idlib")).isFalse();
    }

    @Test
    void makesDivisionsFromCodeTablesWithTheirPlacesMiddle() {
        Place louisiana = gazetteer.admin1("US.LA").orElseThrow();
        assertThat(louisiana.kind()).isEqualTo(Place.Kind.ADMIN1);
        assertThat(louisiana.lat()).isBetween(31.3, 31.33);
        assertThat(louisiana.population()).isEqualTo(47889 + 14555 + 3000);
        assertThat(names("Rapides Parish")).containsExactly("Rapides Parish/NAME");
        assertThat(names("Idlib")).contains("Idlib/NAME", "Idlib Governorate/NAME");
    }

    @Test
    void aDivisionsMiddleLeavesOutAFewStraysBeyondAGapButKeepsTownsThatThinOut() {
        GazetteerBuilder.Middle province = new GazetteerBuilder.Middle();
        for (int i = 0; i < 40; i++) {
            province.add(36 + (i % 5), 114 + (i % 4), 1000);
        }
        province.add(31.5, 91.0, 0);
        province.add(31.0, 94.0, 0);
        assertThat(province.lat()).isEqualTo(38.0, within(0.01));
        assertThat(province.lon()).isEqualTo(115.5, within(0.01));

        GazetteerBuilder.Middle thinning = new GazetteerBuilder.Middle();
        for (int i = 0; i < 40; i++) {
            thinning.add(43 + (i % 3), -80 + (i % 4), 1000);
        }
        for (double[] town : new double[][] {{46, -81}, {47, -82}, {48, -84}, {50, -86}, {52, -87}, {56, -88}}) {
            thinning.add(town[0], town[1], 0);
        }
        assertThat(thinning.lat()).isEqualTo(49.5, within(0.01));
        assertThat(thinning.lon()).isEqualTo(-82.5, within(0.01));
    }

    @Test
    void aDivisionThatNoPlaceIsCodedToLiesWhereTheTownsNamedLikeItsDistrictsLie() {
        Gazetteer g = new GazetteerBuilder()
                .addGeoNamesRow(town(1, "Sarpsborg", 59.28, 11.11, "30"))
                .addGeoNamesRow(town(2, "Fredrikstad", 59.22, 10.93, "30"))
                .addGeoNamesRow(town(3, "Halden", 59.12, 11.39, "30"))
                .addGeoNamesRow(town(4, "Drammen", 59.74, 10.20, "30"))
                .addAdmin1("NO.30", "Viken", 0)
                .addAdmin1("NO.13", "Østfold", 0)
                .addAdmin2("NO.13.3105", "Sarpsborg")
                .addAdmin2("NO.13.3107", "Fredrikstad")
                .addAdmin2("NO.13.3101", "Halden")
                .build();
        Place ostfold = g.admin1("NO.13").orElseThrow();
        assertThat(ostfold.lat()).isEqualTo(59.20, within(0.01));
        assertThat(ostfold.lon()).isEqualTo(11.16, within(0.01));
        assertThat(g.lookup("Ostfold").get(0).place()).isEqualTo(ostfold);
    }

    private static String[] town(long id, String name, double lat, double lon, String admin1) {
        return new String[] {Long.toString(id), name, name, "", Double.toString(lat), Double.toString(lon), "P", "PPL",
            "NO", "", admin1, "", "", "", "20000", "", "", "", ""};
    }

    @Test
    void knowsCountriesByNamesDemonymsAndCodes() {
        assertThat(gazetteer.countryByName("Turkey")).contains("TR");
        assertThat(gazetteer.countryByName("U.S.")).contains("US");
        assertThat(gazetteer.country("SYR").map(Country::name)).contains("Syria");
        assertThat(gazetteer.country("SY").map(Country::geonameid)).contains(163843L);
    }

    @Test
    void indexRoundTripKeepsEveryAnswer() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GazetteerIndex.write(gazetteer, bytes);
        Gazetteer back = GazetteerIndex.read(new ByteArrayInputStream(bytes.toByteArray()), "test");
        assertThat(back.size()).isEqualTo(gazetteer.size());
        assertThat(back.keyCount()).isEqualTo(gazetteer.keyCount());
        for (String q : List.of("Tartous", "al-Raqqa", "Mazar-i-Sharif", "Damascos", "Rapides Parish", "Iraq")) {
            assertThat(back.lookup(q)).as(q).isEqualTo(gazetteer.lookup(q));
        }
        assertThat(back.admin1("US.LA")).isEqualTo(gazetteer.admin1("US.LA"));
    }

    @Test
    void badDumpRowNamesTheFileAndLine() {
        String text = "1\tX\tX\t\tnot-a-number\t2\tP\tPPL\tUS\t\tLA\t\t\t\t0\t\t\t\t\n";
        assertThatThrownBy(() -> GeoNamesFiles.read(GeoNamesFiles.Kind.PLACES,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.txt", new GazetteerBuilder()))
                .isInstanceOf(IOException.class).hasMessageStartingWith("bad.txt:1: bad PLACES row");
    }

    @Test
    void rejectsAFileThatIsNoDump() throws Exception {
        var file = java.nio.file.Path.of(Fixture.class.getResource("fixture-not-a-dump.txt").toURI());
        assertThatThrownBy(() -> GeoNamesFiles.kindOf(file))
                .isInstanceOf(IOException.class).hasMessageContaining("not a GeoNames dump file");
    }
    @Test
    void aDivisionTakesTheGeoNamesIdOfAnOlderTableOnlyWhereTheNamesAgree() {
        GazetteerBuilder builder = new GazetteerBuilder()
                .addCountry("KZ", "KAZ", "Kazakhstan", 48, 68, 1522867)
                .addCountry("VN", "VNM", "Vietnam", 16, 106, 1562822)
                .addAdmin1("KZ.04", "Aktobe", 0)
                .addAdmin1("VN.44", "Quang Tri", 0);
        builder.addGeoNamesRow("1\tAqtobe\tAqtobe\t\t50.28\t57.21\tP\tPPLA\tKZ\t\t04\t\t\t\t500000\t\t\t\t"
                .split("\t", -1));
        builder.addGeoNamesRow("2\tDong Ha\tDong Ha\t\t16.82\t107.1\tP\tPPLA\tVN\t\t44\t\t\t\t90000\t\t\t\t"
                .split("\t", -1));
        assertThat(builder.identifyAdmin1("KZ.04", 1526970, List.of("Aqtöbe oblysy", "Aqtoebe"))).isTrue();
        assertThat(builder.identifyAdmin1("VN.44", 1581129, List.of("Ha Noi"))).isFalse();
        assertThat(builder.identifyAdmin1("KZ.99", 1, List.of("Nowhere"))).isFalse();
        Gazetteer gazetteer = builder.build();
        assertThat(divisionIds(gazetteer, "Aktobe")).containsExactly(1526970L);
        assertThat(divisionIds(gazetteer, "Aqtobe oblysy")).containsExactly(1526970L);
        assertThat(divisionIds(gazetteer, "Quang Tri")).containsExactly(0L);
    }

    private static List<Long> divisionIds(Gazetteer gazetteer, String name) {
        return gazetteer.lookup(name).stream().map(Gazetteer.Match::place)
                .filter(p -> p.kind() == Place.Kind.ADMIN1).map(Place::geonameid).toList();
    }

    @Test
    void anAirportIsKnownByItsOwnNameWithoutItsTown() {
        var heathrow = GazetteerBuilder.AirportNames.of("London Heathrow Airport", List.of("London"));
        assertThat(heathrow.full()).contains("London Heathrow Airport", "Heathrow Airport");
        assertThat(heathrow.bare()).isEqualTo("Heathrow");
        var pearson = GazetteerBuilder.AirportNames.of("Lester B. Pearson International Airport", List.of("Toronto"));
        assertThat(pearson.full()).contains("Pearson International Airport", "Pearson Airport");
        assertThat(pearson.bare()).as("a person's names are no place's").isNull();
        var trudeau = GazetteerBuilder.AirportNames.of("Montreal / Pierre Elliott Trudeau International Airport",
                List.of("Montréal"));
        assertThat(trudeau.full()).contains("Pierre Elliott Trudeau International Airport");
        assertThat(GazetteerBuilder.AirportNames.of("Bakırköy Atatürk Airport", List.of("Bakırköy", "Istanbul"))
                .bare()).isEqualTo("Atatürk");
        assertThat(GazetteerBuilder.AirportNames.of("Zaventem", List.of("Zaventem")).full())
                .as("no airport word: a heliport or an airstrip").isEmpty();
        assertThat(GazetteerBuilder.AirportNames.of("Lyon Airport", List.of("Lyon")).bare())
                .as("only the town's name").isNull();
    }

    @Test
    void anAirportsBareNameIsKeptOnlyWhereNoTownOfItsCountryBearsIt() throws IOException {
        GazetteerBuilder builder = Fixture.builder();
        builder.addAirport("Pineville Regional Airport", 31.3, -92.4, "US", "LA", List.of("Alexandria"));
        builder.addAirport("Alexandria Innisfield Airport", 31.4, -92.3, "US", "LA", List.of("Alexandria"));
        Gazetteer g = builder.build();
        assertThat(g.lookup("Pineville")).extracting(m -> m.place().featureCode()).doesNotContain("AIRP");
        assertThat(g.lookup("Pineville Airport")).extracting(m -> m.place().name())
                .containsExactly("Pineville Regional Airport");
        assertThat(g.lookup("Innisfield")).extracting(m -> m.place().name())
                .containsExactly("Alexandria Innisfield Airport");
        assertThat(g.lookup("Innisfield").get(0).place().resolution()).isEqualTo(5);
    }

    @Test
    void aPreferredCountryNameSettlesWhatTheTableReadsOtherwise() {
        Gazetteer g = new GazetteerBuilder()
                .addCountry("CG", "COG", "Republic of the Congo", -1, 15.5, 2260494)
                .addCountry("CD", "COD", "DR Congo", -2.5, 23.5, 203312)
                .addCountryName("CG", "Congo")
                .addCountryName("CD", "Congo")
                .build();
        assertThat(g.countryByName("Congo")).contains("CG");
        Gazetteer preferred = new GazetteerBuilder()
                .addCountry("CG", "COG", "Republic of the Congo", -1, 15.5, 2260494)
                .addCountryName("CG", "Congo")
                .preferCountryName("CD", "Congo")
                .build();
        assertThat(preferred.countryByName("Congo")).contains("CD");
        assertThat(preferred.countryByName("Republic of the Congo")).contains("CG");
    }

    @Test
    void divisionNamesAgreeAcrossKindWordsSaintsAndSpellings() {
        assertThat(GazetteerBuilder.sameDivisionName("Saint Mary Parish", "St. Mary")).isTrue();
        assertThat(GazetteerBuilder.sameDivisionName("Sfax Governorate", "Sfax")).isTrue();
        assertThat(GazetteerBuilder.sameDivisionName("Aktobe", "Aqtöbe oblysy")).isTrue();
        assertThat(GazetteerBuilder.sameDivisionName("An Giang", "Dak Nong")).isFalse();
        assertThat(GazetteerBuilder.sameDivisionName("Province", "Province of")).isFalse();
    }

    @Test
    void divisionsAreAlsoKnownWithoutTheKindWordsBeforeOrAfterTheirNames() {
        assertThat(GazetteerBuilder.withoutDivisionWord("Province of Nueva Ecija")).isEqualTo("nueva ecija");
        assertThat(GazetteerBuilder.withoutDivisionWord("Kabupaten Pangandaran")).isEqualTo("pangandaran");
        assertThat(GazetteerBuilder.withoutDivisionWord("Departamento de Lima")).isEqualTo("lima");
        assertThat(GazetteerBuilder.withoutDivisionWord("Rapides Parish")).isEqualTo("rapides");
        assertThat(GazetteerBuilder.withoutDivisionWord("Kota")).isNull();
        assertThat(GazetteerBuilder.withoutDivisionWord("Nueva Ecija")).isNull();
    }

    @Test
    void aContinentOrRegionIsAlsoKnownByItsAdjective() {
        assertThat(GazetteerBuilder.adjective("Asia")).isEqualTo("Asian");
        assertThat(GazetteerBuilder.adjective("Sinai")).isNull();
    }
}
