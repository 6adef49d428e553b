package org.evident.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evident.geo.build.GazetteerBuilder;
import org.evident.model.EventRecord.Location;
import org.junit.jupiter.api.Test;

class GazetteerGeocoderTest {

    private final GazetteerGeocoder geocoder = new GazetteerGeocoder(Fixture.gazetteer());

    /** Resolves the named toponyms at their first occurrences in the text. */
    private List<Optional<Location>> resolve(String text, String... names) {
        return resolve(geocoder, text, names);
    }

    /** The same with another geocoder. */
    private static List<Optional<Location>> resolve(GazetteerGeocoder geocoder, String text, String... names) {
        List<Toponym> toponyms = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int at = text.indexOf(name, from);
            toponyms.add(new Toponym(name, at, at + name.length()));
            from = at + name.length();
        }
        return geocoder.resolve(text, toponyms);
    }

    @Test
    void aLoneAmbiguousNameTakesTheMostPopulousPlace() {
        Location loc = resolve("Protests in Alexandria.", "Alexandria").get(0).orElseThrow();
        assertThat(loc.countryCode()).isEqualTo("EGY");
        assertThat(loc.resolution()).isEqualTo(4);
        assertThat(loc.geonameid()).isEqualTo(3L);
    }

    @Test
    void aCountySeatDoesNotOutrankATownNearlyTwiceItsSize() {
        Location loc = resolve("A parade in Arlington.", "Arlington").get(0).orElseThrow();
        assertThat(loc.geonameid()).isEqualTo(20L);
    }

    @Test
    void otherPlacesOfTheArticleChooseTheReading() {
        List<Optional<Location>> out = resolve("A fire in Alexandria. Rapides Parish deputies came from Pineville.",
                "Alexandria", "Rapides Parish", "Pineville");
        assertThat(out.get(0).orElseThrow().geonameid()).isEqualTo(1L);
        assertThat(out.get(0).orElseThrow().province()).isEqualTo("Louisiana");
        assertThat(out.get(1).orElseThrow().resolution()).isEqualTo(3);
    }

    @Test
    void containmentPicksThePlaceInsideTheNextOne() {
        List<Optional<Location>> out = resolve("A nightclub in Ortaköy, Istanbul was attacked.", "Ortaköy", "Istanbul");
        assertThat(out.get(0).orElseThrow().geonameid()).isEqualTo(6L);
        assertThat(out.get(0).orElseThrow().resolution()).isEqualTo(5);
    }

    @Test
    void countriesResolveByTheCountryTableBeforeAlternateNames() {
        Location iraq = resolve("Fighting in Iraq.", "Iraq").get(0).orElseThrow();
        assertThat(iraq.countryCode()).isEqualTo("IRQ");
        assertThat(iraq.featureCode()).isEqualTo("PCLI");
        assertThat(iraq.resolution()).isEqualTo(1);
        assertThat(resolve("Ankara and Turkey.", "Turkey").get(0).orElseThrow().countryCode()).isEqualTo("TUR");
    }

    @Test
    void aCompassPartOfACountryIsTheCountryAtCountryResolution() {
        Location loc = resolve("Air strikes in northern Syria.", "northern Syria").get(0).orElseThrow();
        assertThat(loc.countryCode()).isEqualTo("SYR");
        assertThat(loc.resolution()).isEqualTo(1);
        assertThat(loc.extractedPlace()).isEqualTo("northern Syria");
    }

    @Test
    void aDivisionListedWithAnotherDivisionIsReadAsADivisionBeforeATownOfTheSameName() {
        String text = "Cases were reported in Louisiana and Virginia; doctors in Istanbul and Damascus were alerted.";
        List<Optional<Location>> listed = resolve(text, "Louisiana", "Virginia", "Istanbul", "Damascus");
        assertThat(listed.get(1).orElseThrow().featureCode()).isEqualTo("ADM1");
        assertThat(listed.get(1).orElseThrow().province()).isEqualTo("Virginia");
        List<Optional<Location>> apart = resolve("Cases were reported in Louisiana. A man from Virginia fell ill;"
                + " doctors in Istanbul and Damascus were alerted.", "Louisiana", "Virginia", "Istanbul", "Damascus");
        assertThat(apart.get(1).orElseThrow().featureCode()).isEqualTo("PPL");
    }

    @Test
    void aDivisionListedWithADivisionOfAnotherCountryIsStillADivision() {
        List<Optional<Location>> out = resolve("Cases were reported in Louisiana. Farmers in Aksaray and Virginia were"
                + " alerted.", "Louisiana", "Aksaray", "Virginia");
        assertThat(out.get(2).orElseThrow().featureCode()).isEqualTo("ADM1");
    }

    @Test
    void toponymsGivenOutOfTextOrderAreReadWithTheirNeighboursInTheText() {
        String text = "Cases were reported in Louisiana. Farmers in Aksaray and Virginia were alerted.";
        List<Toponym> reversed = new ArrayList<>();
        for (String name : List.of("Virginia", "Aksaray", "Louisiana")) {
            int at = text.indexOf(name);
            reversed.add(new Toponym(name, at, at + name.length()));
        }
        List<Optional<Location>> out = geocoder.resolve(text, reversed);
        assertThat(out.get(0).orElseThrow().featureCode()).isEqualTo("ADM1");
        assertThat(out.get(0).orElseThrow().province()).isEqualTo("Virginia");
        assertThat(out.get(2).orElseThrow().province()).isEqualTo("Louisiana");
    }

    @Test
    void aTownBearingACountrysNameNeedsASignOfItsProvinceNotJustOfItsCountry() {
        Location country = resolve("Officials in Pineville, Louisiana, wrote to Egypt.", "Pineville", "Louisiana",
                "Egypt").get(2).orElseThrow();
        assertThat(country.countryCode()).isEqualTo("EGY");
        assertThat(country.featureCode()).isEqualTo("PCLI");
        Location town = resolve("Officials in Egypt, Virginia, wrote to Pineville.", "Egypt", "Virginia",
                "Pineville").get(0).orElseThrow();
        assertThat(town.countryCode()).isEqualTo("USA");
        assertThat(town.province()).isEqualTo("Virginia");
    }

    @Test
    void aRegionAfterACitysNameIsTheAreaAroundTheCityNotADivision() {
        Location loc = resolve("Nine cases in the Alexandria region.", "Alexandria").get(0).orElseThrow();
        assertThat(loc.featureCode()).isEqualTo("PPLA");
        assertThat(loc.geonameid()).isEqualTo(3L);
    }

    @Test
    void aNamedProvinceIsTheProvinceNotItsCapital() {
        Location province = resolve("Shelling in Idlib province.", "Idlib province").get(0).orElseThrow();
        assertThat(province.featureCode()).isEqualTo("ADM1");
        assertThat(province.resolution()).isEqualTo(2);
        Location city = resolve("Shelling in the city of Idlib.", "Idlib").get(0).orElseThrow();
        assertThat(city.featureCode()).isEqualTo("PPLA");
    }

    @Test
    void spellingVariantsResolve() {
        List<Optional<Location>> out = resolve("From al-Raqqa to Tartous and Samarraa, then Mazar-i-Sharif.",
                "al-Raqqa", "Tartous", "Samarraa", "Mazar-i-Sharif");
        assertThat(out).allSatisfy(o -> assertThat(o).isPresent());
        assertThat(out.get(0).get().countryCode()).isEqualTo("SYR");
        assertThat(out.get(1).get().resolvedPlace()).isEqualTo("Ţarţūs");
        assertThat(out.get(2).get().countryCode()).isEqualTo("IRQ");
        assertThat(out.get(3).get().countryCode()).isEqualTo("AFG");
    }

    @Test
    void anUnknownNameInAnArticleAboutOneCountryIsSomewhereInThatCountry() {
        List<Optional<Location>> out = resolve("Shells fell on Kafr Nubbul, south of Idlib and Aleppo in Syria.",
                "Kafr Nubbul", "Idlib", "Aleppo", "Syria");
        Location unknown = out.get(0).orElseThrow();
        assertThat(unknown.countryCode()).isEqualTo("SYR");
        assertThat(unknown.resolution()).isEqualTo(1);
        assertThat(unknown.extractedPlace()).isEqualTo("Kafr Nubbul");
        List<Optional<Location>> split = resolve("From Baghdad to Damascus and Kafr Nubbul.", "Baghdad", "Damascus",
                "Kafr Nubbul");
        assertThat(split.get(2)).isEmpty();
    }

    @Test
    void anUnknownSiteOfALocalStoryLiesInTheTownTheStoryIsAbout() {
        String text = "A fire broke out at Mercy Hospital in Pineville. Pineville firefighters came within minutes.";
        List<Optional<Location>> out = resolve(text, "Mercy Hospital", "Pineville", "Pineville");
        assertThat(out.get(0).orElseThrow().geonameid()).isEqualTo(4L);
        assertThat(out.get(0).orElseThrow().extractedPlace()).isEqualTo("Mercy Hospital");
        List<Optional<Location>> once = resolve("A fire broke out at Mercy Hospital in Pineville.", "Mercy Hospital",
                "Pineville");
        assertThat(once.get(0)).isEmpty();
    }

    @Test
    void aStreetOrASideOfATownIsNoNamesakeVillageButLiesInTheTownOfTheStory() {
        String text = "A man was shot on the Southwest Side. Pineville police said Pineville had seen no such crime.";
        Location side = resolve(text, "Southwest Side", "Pineville", "Pineville").get(0).orElseThrow();
        assertThat(side.geonameid()).isEqualTo(4L);
        assertThat(side.extractedPlace()).isEqualTo("Southwest Side");
        assertThat(resolve("A man was shot on the Southwest Side.", "Southwest Side").get(0)).isEmpty();
    }

    @Test
    void aPeopleIsNotPlacedInTheTownOfTheStory() {
        assertThat(GazetteerGeocoder.namesPeople("Texans")).isTrue();
        assertThat(GazetteerGeocoder.namesPeople("New Londoners")).isTrue();
        assertThat(GazetteerGeocoder.namesPeople("Aleutian Islands")).isFalse();
        assertThat(GazetteerGeocoder.namesPeople("Mercy Hospital")).isFalse();
        String text = "Texans cheered in Pineville. Pineville held a parade.";
        assertThat(resolve(text, "Texans", "Pineville", "Pineville").get(0)).isEmpty();
    }

    @Test
    void aTownKnownByNameAloneIsChosenOnlyWhereTheArticlePointsToIt() throws java.io.IOException {
        GazetteerBuilder builder = Fixture.builder();
        builder.addSupplementaryPlace("Innistown", 30.9, -92.3, "US", "LA", "");
        builder.addSupplementaryPlace("Innistown", 35.0, 36.0, "SY", "", "");
        GazetteerGeocoder withTowns = new GazetteerGeocoder(builder.build());
        Location town = resolve(withTowns, "Farmers near Innistown, Louisiana, met officials from Pineville.",
                "Innistown", "Louisiana", "Pineville").get(0).orElseThrow();
        assertThat(town.countryCode()).isEqualTo("USA");
        assertThat(town.province()).isEqualTo("Louisiana");
        assertThat(town.geonameid()).isNull();
        assertThat(resolve(withTowns, "Farmers near Innistown protested.", "Innistown").get(0)).isEmpty();
        builder.addSupplementaryPlace("Lonetown", 31.5, -92.0, "US", "LA", "");
        GazetteerGeocoder withUnique = new GazetteerGeocoder(builder.build());
        assertThat(resolve(withUnique, "Farmers near Lonetown protested.", "Lonetown").get(0).orElseThrow().province())
                .isEqualTo("Louisiana");
    }

    @Test
    void aShortWordAfterATownAndACommaIsADivisionsAbbreviationEvenWithoutItsFullStop() {
        List<Optional<Location>> out = resolve("PINEVILLE, La (AP) - Flooding closed roads.", "PINEVILLE", "La");
        assertThat(out.get(1).orElseThrow().featureCode()).isEqualTo("ADM1");
        assertThat(out.get(1).orElseThrow().province()).isEqualTo("Louisiana");
        assertThat(resolve("Rep. Jane Doe, D-Va, spoke.", "Va").get(0).orElseThrow().province()).isEqualTo("Virginia");
    }

    @Test
    void anUnknownNameStaysEmptyWithoutBlankingTheOthers() {
        List<Optional<Location>> out = resolve("Between Qwxzzyv and Aleppo.", "Qwxzzyv", "Aleppo");
        assertThat(out.get(0)).isEmpty();
        assertThat(out.get(1)).isPresent();
    }

    @Test
    void locationsCarryTheContractFields() {
        Location loc = resolve("Aleppo.", "Aleppo").get(0).orElseThrow();
        assertThat(loc.extractedPlace()).isEqualTo("Aleppo");
        assertThat(loc.resolvedPlace()).isEqualTo("Aleppo");
        assertThat(loc.geonameid()).isEqualTo(14L);
        assertThat(loc.lat()).isEqualTo(36.2021, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(loc.province()).isEqualTo("Aleppo");
        assertThat(loc.country()).isEqualTo("Syria");
        assertThat(loc.countryCode()).isEqualTo("SYR");
        assertThat(loc.featureClass()).isEqualTo("P");
    }

    @Test
    void namesAndNationalitiesGiveCountryCodes() {
        assertThat(geocoder.countryCode("Turkey")).contains("TUR");
        assertThat(geocoder.countryCode("Syrian")).isEmpty(); // the fixture has no demonyms of its own
        assertThat(geocoder.countryCode("Turks")).contains("TUR");
        assertThat(geocoder.country("SYR").orElseThrow().resolution()).isEqualTo(1);
        assertThat(geocoder.isPlaceName("Aleppo")).isTrue();
        assertThat(geocoder.isPlaceName("Tuesday")).isFalse();
    }

    @Test
    void aNationalityStandingAsAToponymIsItsCountry() {
        Location loc = resolve("Turks crossed.", "Turks").get(0).orElseThrow();
        assertThat(loc.countryCode()).isEqualTo("TUR");
    }
    @Test
    void aCompassWordThatIsPartOfANameReadsTheWholeName() {
        Location continent = resolve("Cases rose across North America.", "North America").get(0).orElseThrow();
        assertThat(continent.featureCode()).isEqualTo("CONT");
        assertThat(continent.countryCode()).isNull();
        Location part = resolve("Air strikes in northern Syria.", "northern Syria").get(0).orElseThrow();
        assertThat(part.countryCode()).isEqualTo("SYR");
    }

    @Test
    void aNationalityWithACompassWordIsItsCountryNotTheContinent() {
        Gazetteer g = new GazetteerBuilder()
                .addCountry("ZA", "ZAF", "South Africa", -29, 24, 953987)
                .addDemonym("ZA", "South African")
                .addRegion(List.of("Africa"), 7.19, 21.09, "", "CONT", 6255146)
                .addRegion(List.of("African"), 7.19, 21.09, "", "CONT", 0)
                .build();
        List<Optional<Location>> out = new GazetteerGeocoder(g).resolve("South African officials said.",
                List.of(new Toponym("South African", 0, 13)));
        assertThat(out.get(0).orElseThrow().countryCode()).isEqualTo("ZAF");
    }

    @Test
    void aBareDatelineNamingANationalCapitalIsThatCapital() {
        Gazetteer g = new GazetteerBuilder()
                .addGeoNamesRow(row(201, "Washington", "", 38.90, -77.04, "P", "PPLC", "DC", "001", 689545))
                .addGeoNamesRow(row(202, "Washington", "", 41.30, -91.69, "P", "PPLA2", "IA", "183", 7266))
                .addGeoNamesRow(row(203, "Iowa City", "", 41.66, -91.53, "P", "PPLA2", "IA", "103", 75130))
                .addAdmin1("US.IA", "Iowa", 4862182)
                .build();
        GazetteerGeocoder local = new GazetteerGeocoder(g);
        String bare = "WASHINGTON (Reuters) - Farmers near Iowa City said";
        List<Optional<Location>> out = local.resolve(bare, List.of(new Toponym("WASHINGTON", 0, 10),
                new Toponym("Iowa City", 36, 45)));
        assertThat(out.get(0).orElseThrow().geonameid()).isEqualTo(201L);
        String qualified = "WASHINGTON, Iowa - Farmers near Iowa City said";
        out = local.resolve(qualified, List.of(new Toponym("WASHINGTON", 0, 10), new Toponym("Iowa", 12, 16),
                new Toponym("Iowa City", 32, 41)));
        assertThat(out.get(0).orElseThrow().geonameid()).isEqualTo(202L);
        assertThat(GazetteerGeocoder.bareDateline(new Toponym("Washington", 0, 10),
                "Washington (Reuters) - Farmers")).isFalse();
    }

    @Test
    void aTownsNameWithoutItsRiverIsItsEverydayNameNotAVariant() {
        assertThat(GazetteerGeocoder.everydayName("Newcastle upon Tyne", "newcastle")).isTrue();
        assertThat(GazetteerGeocoder.everydayName("Southend-on-Sea", Names.key("Southend"))).isTrue();
        assertThat(GazetteerGeocoder.everydayName("Manhattan Beach", "manhattan")).isFalse();
        Gazetteer g = new GazetteerBuilder()
                .addGeoNamesRow(row(401, "Frankfurt am Main", "Frankfurt", 50.11, 8.68, "P", "PPLA2", "HE", "", 753056))
                .addGeoNamesRow(row(402, "Frankfurt", "", 38.2, -84.87, "P", "PPLA", "KY", "", 28602))
                .build();
        List<Optional<Location>> out = new GazetteerGeocoder(g).resolve("Bankers met in Frankfurt.",
                List.of(new Toponym("Frankfurt", 15, 24)));
        assertThat(out.get(0).orElseThrow().geonameid()).isEqualTo(401L);
    }

    @Test
    void aPlaceBearingTheNameOnlyAsAVariantIsNoEvidenceOfItsProvince() {
        Gazetteer g = new GazetteerBuilder()
                .addGeoNamesRow(row(101, "Paris", "", 33.66, -95.56, "P", "PPLA2", "TX", "277", 24782))
                .addGeoNamesRow(row(102, "Paris", "", 36.30, -88.33, "P", "PPLA2", "TN", "079", 10150))
                .addGeoNamesRow(row(103, "Swainsboro", "Paris", 32.60, -82.33, "P", "PPLA2", "GA", "107", 7471))
                .addGeoNamesRow(row(104, "Henry County", "", 33.45, -84.20, "A", "ADM2", "GA", "151", 64781))
                .addGeoNamesRow(row(105, "Henry County", "", 36.37, -88.33, "A", "ADM2", "TN", "079", 10819))
                .addGeoNamesRow(row(106, "Macon", "", 32.84, -83.63, "P", "PPLA2", "GA", "021", 91351))
                .addGeoNamesRow(row(107, "Nashville", "", 36.17, -86.78, "P", "PPLA", "TN", "037", 530852))
                .build();
        GazetteerGeocoder local = new GazetteerGeocoder(g);
        String text = "Paris and Henry County is rich in history.";
        List<Optional<Location>> out = local.resolve(text, List.of(new Toponym("Paris", 0, 5),
                new Toponym("Henry County", 10, 22)));
        assertThat(out.get(0).orElseThrow().geonameid()).isEqualTo(102L);
        assertThat(out.get(1).orElseThrow().geonameid()).isEqualTo(105L);
    }

    @Test
    void aFeatureNamedAfterAPlaceIsReadAsThatPlaceWhenTheGazetteerLacksIt() {
        Gazetteer g = new GazetteerBuilder()
                .addGeoNamesRow(row(201, "Salinas", "", 36.68, -121.66, "P", "PPLA2", "CA", "053", 156259))
                .addGeoNamesRow(row(202, "Columbus", "", 39.96, -83.00, "P", "PPLA", "OH", "049", 850106))
                .addGeoNamesRow(row(203, "Austin", "", 30.27, -97.74, "P", "PPLA", "TX", "453", 961855))
                .addAdmin1("US.OH", "Ohio", 0)
                .addAdmin1("US.TX", "Texas", 0)
                .build();
        GazetteerGeocoder local = new GazetteerGeocoder(g);
        String text = "Farms of the Salinas Valley. Ohioans voted. The Lune Valley flooded.";
        List<Optional<Location>> out = local.resolve(text, List.of(new Toponym("Salinas Valley", 13, 27),
                new Toponym("Ohioans", 29, 36), new Toponym("Lune Valley", 48, 59)));
        assertThat(out.get(0).orElseThrow().geonameid()).isEqualTo(201L);
        assertThat(out.get(1).orElseThrow().featureCode()).isEqualTo("ADM1");
        assertThat(out.get(1).orElseThrow().province()).isEqualTo("Ohio");
        assertThat(out.get(2)).isEmpty();
        Location texas = local.resolve("Texans voted.", List.of(new Toponym("Texans", 0, 6))).get(0).orElseThrow();
        assertThat(texas.province()).isEqualTo("Texas");
    }

    @Test
    void continentsAndRegionsStandForTheirAdjectivesAndCountriesForNamesWithoutThe() {
        Location europe = resolve("European ministers met.", "European").get(0).orElseThrow();
        assertThat(europe.featureCode()).isEqualTo("CONT");
        assertThat(europe.resolvedPlace()).isEqualTo("Europe");
        Gazetteer g = new GazetteerBuilder().addCountry("CG", "COG", "Republic of the Congo", -1, 15, 0).build();
        assertThat(g.countryByName("Republic of Congo")).contains("CG");
    }

    @Test
    void namesThatContainOneAnotherDoNotConfirmEachOthersReading() {
        Gazetteer g = new GazetteerBuilder()
                .addCountry("JO", "JOR", "Jordan", 31, 36, 0)
                .addCountry("PK", "PAK", "Pakistan", 30, 70, 0)
                .addGeoNamesRow(new String[] {"301", "Karak", "Karak", "", "33.12", "71.09", "P", "PPLA2", "PK", "",
                    "03", "K1", "", "", "13679", "", "", "", ""})
                .addGeoNamesRow(new String[] {"302", "Karak District", "Karak District", "", "33.12", "71.09", "A",
                    "ADM2", "PK", "", "03", "K1", "", "", "13679", "", "", "", ""})
                .addGeoNamesRow(new String[] {"303", "Karak City", "Karak City", "Karak", "31.16", "35.76", "P",
                    "PPLA", "JO", "", "09", "", "", "", "21678", "", "", "", ""})
                .addGeoNamesRow(new String[] {"304", "Amman", "Amman", "", "31.95", "35.93", "P", "PPLC", "JO", "",
                    "16", "", "", "", "1275857", "", "", "", ""})
                .build();
        String text = "Gunmen attacked police in Jordan. In the town of Karak, and in Karak district, shots rang out.";
        List<Toponym> toponyms = List.of(new Toponym("Jordan", 26, 32), new Toponym("Karak", 49, 54),
                new Toponym("Karak district", 63, 77));
        List<Optional<Location>> out = new GazetteerGeocoder(g).resolve(text, toponyms);
        assertThat(out.get(1).orElseThrow().geonameid()).isEqualTo(303L);
    }

    @Test
    void aDivisionNamedAfterTheCityThatIsMostOfItMeansTheCityUnlessTheTextSaysDivision() {
        Gazetteer g = new GazetteerBuilder()
                .addCountry("US", "USA", "United States", 39.8, -98.6, 6252001)
                .addGeoNamesRow(row(501, "Bigcity", "", 40.0, -80.0, "P", "PPL", "AA", "", 900_000))
                .addGeoNamesRow(row(502, "Smalltown", "", 40.5, -80.5, "P", "PPL", "AA", "", 600_000))
                .addGeoNamesRow(row(503, "Seatville", "", 45.0, -70.0, "P", "PPLA", "BB", "", 100_000))
                .addGeoNamesRow(row(504, "Farville", "", 48.0, -75.0, "P", "PPL", "BB", "", 900_000))
                .addAdmin1("US.AA", "Bigcity", 5001)
                .addAdmin1("US.BB", "Seatville", 5002)
                .build();
        GazetteerGeocoder local = new GazetteerGeocoder(g);
        assertThat(resolve(local, "Shelling in Bigcity.", "Bigcity").get(0).orElseThrow().geonameid())
                .isEqualTo(501L);
        assertThat(resolve(local, "Floods in Bigcity province.", "Bigcity province").get(0).orElseThrow()
                .geonameid()).isEqualTo(5001L);
        assertThat(resolve(local, "Elections in Seatville.", "Seatville").get(0).orElseThrow().geonameid())
                .as("a seat that is a small part of its division leaves the name to the division").isEqualTo(5002L);
    }

    @Test
    void saintAndItsAbbreviationAreOneName() {
        assertThat(Names.key("St. Petersburg")).isEqualTo(Names.key("Saint Petersburg"));
        assertThat(Names.key("Sainte-Foy")).isEqualTo(Names.key("Ste. Foy"));
        assertThat(Names.key("Saintes")).isEqualTo("saintes");
    }

    /** A GeoNames dump row of a US place. */
    private static String[] row(long id, String name, String alternates, double lat, double lon, String featureClass,
                                String featureCode, String admin1, String admin2, long population) {
        return new String[] {Long.toString(id), name, name, alternates, Double.toString(lat), Double.toString(lon),
            featureClass, featureCode, "US", "", admin1, admin2, "", "", Long.toString(population), "", "", "", ""};
    }

    @Test
    void aTownBearingTheNameOutranksABiggerTownOfItsProvinceOnceCalledSo() throws java.io.IOException {
        GazetteerBuilder builder = Fixture.builder();
        // a small town, and the province's big city that once bore its name
        builder.addGeoNamesRow(row(9001, "Oldmill", 31.2, -92.6, "PPL", "LA", 1900));
        builder.addGeoNamesRow(row(9002, "Baton Ridge", 30.4, -91.1, "PPLA", "LA", 220000));
        builder.addAlternateName(9002, "Oldmill");
        GazetteerGeocoder withFormerName = new GazetteerGeocoder(builder.build());
        Location town = resolve(withFormerName, "A gunman killed six people in Oldmill, Louisiana.", "Oldmill",
                "Louisiana").get(0).orElseThrow();
        assertThat(town.geonameid()).isEqualTo(9001L);
    }

    private static String[] row(long id, String name, double lat, double lon, String code, String admin1,
                                long population) {
        return new String[] {Long.toString(id), name, name, "", Double.toString(lat), Double.toString(lon), "P", code,
            "US", "", admin1, "", "", "", Long.toString(population)};
    }
}
