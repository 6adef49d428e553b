package org.evident.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.testkit.EventRecords;
import org.evident.testkit.Stories;
import org.junit.jupiter.api.Test;

class ResolverTest {

    private final Resolver resolver = new Resolver(MergeRule.standard());

    private static List<Report> reports(List<Stories.Story> stories) {
        List<Report> reports = new ArrayList<>();
        stories.forEach(s -> reports.addAll(s.reports()));
        return reports;
    }

    @Test
    void fourDifferentlyWordedArticlesOfOneBombingMergeIntoOneEvent() {
        List<List<Report>> events = resolver.cluster(reports(Stories.marketBombing()));

        assertThat(events).hasSize(1);
        assertThat(events.get(0)).hasSize(4);
    }

    @Test
    void mergedEventKeepsEveryFigureWithItsSourceInPublicationOrder() {
        EventSummary summary = EventSummary.of(reports(Stories.marketBombing()));

        assertThat(summary.figures().get("dead")).extracting(EventSummary.Figure::value).containsExactly(5, 7, 12, 7);
        assertThat(summary.figures().get("dead")).extracting(EventSummary.Figure::publication)
                .containsExactly("Northern Courier", "Gulf Wire", "Regional Monitor", "Daily Ledger");
        assertThat(summary.lowest("dead")).isEqualTo(5);
        assertThat(summary.highest("dead")).isEqualTo(12);
        assertThat(summary.sources()).hasSize(4);
    }

    @Test
    void mergedEventShowsStrongestEvidenceAndEveryWarning() {
        EventSummary summary = EventSummary.of(reports(Stories.marketBombing()));

        assertThat(summary.status()).isEqualTo(Status.ASSERTED);
        assertThat(summary.warnings()).extracting(EventSummary.Warning::status).containsExactly(Status.UNVERIFIED);
        assertThat(summary.warnings().get(0).source()).isEqualTo("militants");
        assertThat(summary.place().resolvedPlace()).isEqualTo("Kirkuk");
    }

    @Test
    void sameDayEventsOfOtherKindsInTheSameCityStayApart() {
        List<Stories.Story> all = new ArrayList<>(Stories.marketBombing());
        all.addAll(Stories.sameDayOtherEvents());

        List<List<Report>> events = resolver.cluster(reports(all));

        assertThat(events).hasSize(3);
        assertThat(events).extracting(List::size).containsExactlyInAnyOrder(4, 1, 1);
    }

    @Test
    void recordsOfOneArticleAreOneEventOnlyWhenPlaceAndModeAgree() {
        // the in-article merge left two records of one shooting: same town, same weapon
        EventRecord headline = kirkukShooting("r1", "same", "firearms");
        EventRecord body = kirkukShooting("r2", "same", "firearms");
        // the same article's stabbing there that day is told apart by its weapon, as the extractor did
        EventRecord stabbing = kirkukShooting("r3", "same", "blade");
        EventRecord unarmed = kirkukShooting("r4", "same");

        assertThat(resolver.cluster(List.of(new Report(headline, null, null), new Report(body, null, null),
                new Report(stabbing, null, null), new Report(unarmed, null, null))))
                .extracting(List::size).containsExactlyInAnyOrder(2, 1, 1);
    }

    @Test
    void theResolutionStageJoinsAnArticlesRecordsToTheStoredEventTheyBothMatch() {
        EventRecord stored = kirkukShooting("s1", "earlier", "firearms");
        EventRecord first = kirkukShooting("r1", "new", "firearms");
        EventRecord second = kirkukShooting("r2", "new", "firearms");
        Resolver.Candidate<Long> event = new Resolver.Candidate<>(7L, List.of(occurrence(stored)));

        List<Resolver.Placement<Long>> placements = resolver.resolve(Article.of("new.txt", "Shooting.", null),
                List.of(first, second), occurrence -> List.of(event));

        assertThat(placements).extracting(Resolver.Placement::joins).containsExactly(Optional.of(7L), Optional.of(7L));
        assertThat(placements).extracting(Resolver.Placement::record).containsExactly(first, second);
    }

    @Test
    void theResolutionStageJoinsARecordToTheEventAnEarlierRecordOfItsArticleStarted() {
        EventRecord first = kirkukShooting("r1", "new", "firearms");
        EventRecord second = kirkukShooting("r2", "new", "firearms");

        List<Resolver.Placement<Long>> placements = resolver.resolve(Article.of("new.txt", "Shooting.", null),
                List.of(first, second), occurrence -> List.of());

        // as cluster() does: the first record starts an event, the second joins it
        assertThat(placements).extracting(Resolver.Placement::joins).containsOnly(Optional.empty());
        assertThat(placements).extracting(Resolver.Placement::joinsRecord)
                .containsExactly(OptionalInt.empty(), OptionalInt.of(0));
    }

    @Test
    void anActorsStemmedWordNamesAPlaceEndingInS() {
        // "two Memphis men": the actor word is stemmed to "Memphi", the place is "Memphis"
        EventRecord placed = shooting("r1", "a").date("2024-01-01")
                .place("Memphis", 35.15, -90.05, "USA", "United States", 4).build();
        EventRecord named = shooting("r2", "b").date("2024-01-01").actor("two Memphis men", null).build();

        MergeRule.Verdict verdict = MergeRule.standard().compare(occurrence(named), occurrence(placed));
        assertThat(verdict.same()).isTrue();
        assertThat(verdict.reason()).contains("place AGREE");
    }

    @Test
    void oneTownsNameResolvedToHomonymsInTwoCountriesIsOnePlace() {
        // "SAN ANTONIO (AP)" resolved to the Texan city in one report and to the Honduran town in the other
        EventRecord texas = shooting("r1", "a", "San Antonio", 29.42, -98.49, "USA", 4);
        EventRecord honduras = shooting("r2", "b", "San Antonio", 15.33, -87.15, "HND", 4);
        EventRecord toledo = shooting("r3", "c", "Toledo", 15.33, -87.15, "HND", 4);
        EventRecord texasCountry = shooting("r4", "d", "United States", 39.76, -98.5, "USA", 1);
        EventRecord mexicoCountry = shooting("r5", "e", "United States", 23.0, -102.0, "MEX", 1);

        MergeRule.Verdict homonyms = MergeRule.standard().compare(occurrence(texas), occurrence(honduras));
        assertThat(homonyms.same()).isTrue();
        assertThat(homonyms.reason()).contains("place AGREE");
        // another town's name, or a country's name, in another country is still another place
        assertThat(MergeRule.standard().compare(occurrence(texas), occurrence(toledo)).conflict()).isTrue();
        assertThat(MergeRule.standard().compare(occurrence(texasCountry), occurrence(mexicoCountry)).conflict())
                .isTrue();
    }

    @Test
    void neighbouringPlacesTheGazetteerFilesUnderTwoCountriesAreJudgedByTheirDistance() {
        // a contested city and a town 15 km away, filed under two different country codes
        EventRecord city = shooting("r1", "a", "Old Harbour", 31.77, 35.21, "ISR", 4);
        EventRecord town = shooting("r2", "b", "Hill Town", 31.90, 35.20, "PSE", 3);
        EventRecord farTown = shooting("r3", "c", "Far Town", 32.60, 35.29, "PSE", 4);
        EventRecord country = shooting("r4", "d", "Israel", 31.5, 34.75, "ISR", 1);

        assertThat(MergeRule.standard().compare(occurrence(city), occurrence(town)).conflict()).isFalse();
        assertThat(MergeRule.standard().compare(occurrence(city), occurrence(farTown)).conflict()).isTrue();
        // a country gives no point to measure from
        assertThat(MergeRule.standard().compare(occurrence(country), occurrence(town)).conflict()).isTrue();
    }

    private static EventRecord shooting(String id, String article, String place, double lat, double lon,
                                        String countryCode, int resolution) {
        return EventRecords.of(id, article).category("ASSAULT", "firearms").date("2024-01-01")
                .place(place, lat, lon, countryCode, countryCode, resolution).build();
    }

    @Test
    void placesBeyondTheCityToleranceStayApart() {
        MergeRule.Verdict verdict = MergeRule.standard().compare(
                occurrence("a", 35.46, 44.39), occurrence("b", 36.34, 43.13));

        assertThat(verdict.same()).isFalse();
        assertThat(verdict.reason()).contains("places");
    }

    @Test
    void reportsDatedMoreThanTheWindowApartStayApart() {
        EventRecord a = EventRecords.of("r1", "a").date("2024-01-01").place("X", 1, 1, "AAA", "A", 4).build();
        EventRecord b = EventRecords.of("r2", "b").date("2024-01-05").place("X", 1, 1, "AAA", "A", 4).build();

        assertThat(MergeRule.standard().compare(Occurrence.of(new Report(a, null, null)),
                Occurrence.of(new Report(b, null, null))).same()).isFalse();
    }

    @Test
    void differentlyCodedActorsStayApartEvenAtOnePlaceAndDay() {
        EventRecord a = EventRecords.of("r1", "a").category("ASSAULT", "aerial").date("2024-01-01")
                .place("X", 1, 1, "AAA", "A", 4).actor("Turkish jets", "TUR").build();
        EventRecord b = EventRecords.of("r2", "b").category("ASSAULT", "aerial").date("2024-01-01")
                .place("X", 1, 1, "AAA", "A", 4).actor("Russian jets", "RUS").build();

        assertThat(MergeRule.standard().compare(Occurrence.of(new Report(a, null, null)),
                Occurrence.of(new Report(b, null, null))).same()).isFalse();
    }

    @Test
    void unplacedReportsMergeOnlyWhenTheirActorsShareAName() {
        EventRecord a = EventRecords.of("r1", "a").category("PROTEST").date("2024-01-01")
                .actor("Punjab farmers", null).build();
        EventRecord b = EventRecords.of("r2", "b").category("PROTEST").date("2024-01-01")
                .actor("farmers from Punjab", null).build();
        EventRecord c = EventRecords.of("r3", "c").category("PROTEST").date("2024-01-01").actor("farmers", null).build();
        EventRecord d = EventRecords.of("r4", "d").category("PROTEST").date("2024-01-01")
                .actor("the farmers", null).build();
        MergeRule rule = MergeRule.standard();

        assertThat(rule.compare(occurrence(a), occurrence(b)).same()).isTrue();
        // "farmers" is in every report of every farmers' protest: it names no one
        assertThat(rule.compare(occurrence(a), occurrence(c)).same()).isFalse();
        assertThat(rule.compare(occurrence(c), occurrence(d)).same()).isFalse();
    }

    @Test
    void genericNameWordsAndLoneHeadlineWordsNameNoOne() {
        EventRecord a = EventRecords.of("r1", "a").category("ASSAULT").date("2024-01-01")
                .actor("an Oglethorpe County teen", null).build();
        EventRecord b = EventRecords.of("r2", "b").category("ASSAULT").date("2024-01-01")
                .actor("the Kern County Sheriff's Office", null).build();
        EventRecord c = EventRecords.of("r3", "c").category("ASSAULT").date("2024-01-01").actor("Teen", null).build();
        EventRecord d = EventRecords.of("r4", "d").category("ASSAULT").date("2024-01-01").actor("Teen", null).build();

        assertThat(MergeRule.standard().compare(occurrence(a), occurrence(b)).same()).isFalse();
        assertThat(MergeRule.standard().compare(occurrence(c), occurrence(d)).same()).isFalse();
    }

    @Test
    void aReportWhoseActorsNameTheOtherReportsTownJoinsIt() {
        EventRecord town = shooting("r1", "a").date("2024-01-01")
                .place("Traer", 42.19, -92.47, "USA", "United States", 4).build();
        EventRecord country = shooting("r2", "b").publicationDate("2024-01-01")
                .place("United States", 39.76, -98.5, "USA", "United States", 1).actor("a Traer girl", null).build();
        EventRecord elsewhere = shooting("r3", "c").publicationDate("2024-01-01")
                .place("United States", 39.76, -98.5, "USA", "United States", 1).actor("a Vinton girl", null).build();

        MergeRule.Verdict named = MergeRule.standard().compare(occurrence(town), occurrence(country));
        assertThat(named.same()).isTrue();
        assertThat(MergeRule.standard().compare(occurrence(town), occurrence(elsewhere)).same()).isFalse();
    }

    @Test
    void aCountryContainsItsTownsWhenADistinctiveTollAgrees() {
        EventRecord city = shooting("r1", "a").date("2024-01-01")
                .place("Las Vegas", 36.17, -115.14, "USA", "United States", 4).dead(58, "58").build();
        EventRecord country = shooting("r2", "b").publicationDate("2024-01-01")
                .place("United States", 39.76, -98.5, "USA", "United States", 1).dead(58, "58").build();
        EventRecord oneDead = shooting("r3", "c").publicationDate("2024-01-01")
                .place("United States", 39.76, -98.5, "USA", "United States", 1).dead(1, "one").build();
        EventRecord cityOneDead = shooting("r4", "d").date("2024-01-01")
                .place("Reno", 39.53, -119.81, "USA", "United States", 4).dead(1, "one").build();

        assertThat(MergeRule.standard().compare(occurrence(city), occurrence(country)).same()).isTrue();
        // one dead is in most reports of most shootings: it tells nothing
        assertThat(MergeRule.standard().compare(occurrence(cityOneDead), occurrence(oneDead)).same()).isFalse();
    }

    @Test
    void aCountryContainsItsTownWhenBothTellTheSameDayAndMode() {
        EventRecord city = shooting("r1", "a").date("2024-01-01")
                .place("Las Vegas", 36.17, -115.14, "USA", "United States", 4).build();
        EventRecord sameDay = shooting("r2", "b").date("2024-01-01")
                .place("United States", 39.76, -98.5, "USA", "United States", 1).build();
        EventRecord byPublication = shooting("r3", "c")
                .publicationDate("2024-01-01").place("United States", 39.76, -98.5, "USA", "United States", 1).build();
        EventRecord otherMode = EventRecords.of("r4", "d").category("ASSAULT", "explosives").date("2024-01-01")
                .place("United States", 39.76, -98.5, "USA", "United States", 1).build();

        assertThat(MergeRule.standard().compare(occurrence(city), occurrence(sameDay)).reason()).contains("CONTAINS");
        assertThat(MergeRule.standard().compare(occurrence(city), occurrence(sameDay)).same()).isTrue();
        assertThat(MergeRule.standard().compare(occurrence(city), occurrence(byPublication)).same()).isFalse();
        assertThat(MergeRule.standard().compare(occurrence(city), occurrence(otherMode)).same()).isFalse();
    }

    @Test
    void aDateTakenFromThePublicationDayReachesBackToTheDaysBefore() {
        EventRecord told = shooting("r1", "a").date("2024-01-01")
                .place("Reno", 39.53, -119.81, "USA", "United States", 4).build();
        EventRecord later = shooting("r2", "b")
                .publicationDate("2024-01-04")
                .place("Reno", 39.53, -119.81, "USA", "United States", 4).build();

        Occurrence o = occurrence(later);
        assertThat(o.earliest()).hasToString("2024-01-01");
        assertThat(o.latest()).hasToString("2024-01-04");
        assertThat(MergeRule.standard().compare(occurrence(told), o).same()).isTrue();
    }

    @Test
    void explainNamesTheClosestEarlierReportAndTheFieldsThatAgreed() {
        EventRecord first = shooting("r1", "a").date("2024-01-01")
                .place("Reno", 39.53, -119.81, "USA", "United States", 4).actor("Dale Morgan", null).build();
        EventRecord second = shooting("r2", "b").publicationDate("2024-01-01")
                .place("United States", 39.76, -98.5, "USA", "United States", 1).dead(3, "three").build();
        EventRecord third = shooting("r3", "c").date("2024-01-01")
                .place("Reno", 39.53, -119.81, "USA", "United States", 4).actor("the Dale Morgan", null)
                .dead(3, "three").build();

        List<Resolver.Joined> joined = resolver.explain(List.of(new Report(first, "Courier", null),
                new Report(second, "Wire", null), new Report(third, "Ledger", null)));

        assertThat(joined.get(0).verdict()).isNull();
        assertThat(joined.get(0).closest()).isEqualTo(-1);
        // the country-placed report with no name and a toll the first does not give: the rule would not join it
        assertThat(joined.get(1).verdict().same()).isFalse();
        // the third agrees with the first on place and with the second on the toll; the first scores higher
        assertThat(joined.get(2).closest()).isZero();
        assertThat(joined.get(2).verdict().same()).isTrue();
        assertThat(joined.get(2).verdict().reason()).contains("place AGREE").contains("actors AGREE").contains("days SAME");
    }

    @Test
    void reportsNamingTheSamePersonInTheirSentencesAgreeOnActors() {
        EventRecord first = shooting("r1", "a").date("2024-01-01")
                .place("United States", 39.76, -98.5, "USA", "United States", 1)
                .text("Deputies said Orla Venkman was shot near the Quarry Creek bridge on Monday.").build();
        EventRecord second = shooting("r2", "b").date("2024-01-02")
                .place("United States", 39.76, -98.5, "USA", "United States", 1)
                .text("The victim, identified as Orla Venkman, died at the scene, police said.").build();
        EventRecord other = shooting("r3", "c").date("2024-01-02")
                .place("United States", 39.76, -98.5, "USA", "United States", 1)
                .text("A man was shot on Monday Night near a gas station, Sheriff Office officials said.").build();
        EventRecord headline = shooting("r4", "d").date("2024-01-02")
                .place("United States", 39.76, -98.5, "USA", "United States", 1)
                .text("Man Shot Near Quarry Creek Bridge On Monday").build();

        assertThat(MergeRule.standard().compare(occurrence(first), occurrence(second)).reason())
                .contains("actors AGREE");
        // days, generic words and a headline's capitals name no one
        assertThat(MergeRule.standard().compare(occurrence(first), occurrence(other)).same()).isFalse();
        assertThat(MergeRule.standard().compare(occurrence(first), occurrence(headline)).same()).isFalse();
    }

    @Test
    void anUndatedReportWeeksLaterFollowsUpTheEventWhoseTownAndPeopleItNames() {
        EventRecord shooting = shooting("r1", "a").date("2024-03-02")
                .place("Reno", 39.53, -119.81, "USA", "United States", 4)
                .text("Orla Venkman was shot outside a bar on Reno Avenue on Saturday.").build();
        EventRecord charged = shooting("r2", "b").publicationDate("2024-04-10")
                .place("Reno", 39.53, -119.81, "USA", "United States", 4)
                .text("A grand jury indicted the man accused of shooting Orla Venkman, prosecutors said.").build();
        EventRecord anotherVictim = shooting("r3", "c").publicationDate("2024-04-10")
                .place("Reno", 39.53, -119.81, "USA", "United States", 4)
                .text("Dale Morgan was shot outside a bar on Reno Avenue, police said.").build();
        EventRecord datedLater = shooting("r4", "d").date("2024-04-08")
                .place("Reno", 39.53, -119.81, "USA", "United States", 4)
                .text("Orla Venkman was shot again on Monday.").build();
        EventRecord monthsLater = shooting("r5", "e").publicationDate("2024-07-10")
                .place("Reno", 39.53, -119.81, "USA", "United States", 4)
                .text("The man accused of shooting Orla Venkman pleaded guilty.").build();

        MergeRule.Verdict followUp = MergeRule.standard().compare(occurrence(shooting), occurrence(charged));
        assertThat(followUp.same()).isTrue();
        assertThat(followUp.reason()).contains("FOLLOW-UP");
        // only the town's name in common: every report of every shooting there has it
        assertThat(MergeRule.standard().compare(occurrence(shooting), occurrence(anotherVictim)).same()).isFalse();
        // a report that dates its own event weeks later tells of another one
        assertThat(MergeRule.standard().compare(occurrence(shooting), occurrence(datedLater)).conflict()).isTrue();
        assertThat(MergeRule.standard().compare(occurrence(shooting), occurrence(monthsLater)).conflict()).isTrue();
    }

    @Test
    void placesOfOneNameResolvedToDifferentHomonymsStillAgree() {
        EventRecord county = shooting("r1", "a").date("2024-01-01")
                .place("Harlow County", 37.3, -87.5, "USA", "United States", 3).build();
        EventRecord town = shooting("r2", "b").date("2024-01-01")
                .place("Harlow", 45.0, -93.4, "USA", "United States", 4).build();
        EventRecord elsewhere = shooting("r3", "c").date("2024-01-01")
                .place("Dunmore", 45.0, -93.4, "USA", "United States", 4).build();

        assertThat(MergeRule.standard().compare(occurrence(county), occurrence(town)).same()).isTrue();
        assertThat(MergeRule.standard().compare(occurrence(county), occurrence(elsewhere)).conflict()).isTrue();
    }

    /** A record of a shooting (ASSAULT, firearms), to be given its date, place and the rest. */
    private static EventRecords shooting(String id, String articleId) {
        return EventRecords.of(id, articleId).category("ASSAULT", "firearms");
    }

    private static EventRecord kirkukShooting(String id, String article, String... modes) {
        return EventRecords.of(id, article).category("ASSAULT", modes).date("2024-01-01")
                .place("Kirkuk", 35.46, 44.39, "IRQ", "Iraq", 4).build();
    }

    private static Occurrence occurrence(EventRecord r) {
        return Occurrence.of(new Report(r, null, null));
    }

    private static Occurrence occurrence(String article, double lat, double lon) {
        EventRecord r = EventRecords.of("r-" + article, article).date("2024-01-01")
                .place("P", lat, lon, "IRQ", "Iraq", 4).build();
        return Occurrence.of(new Report(r, null, null));
    }

    @Test
    void aReportThatContradictsOneMemberDoesNotJoinTheEventByChaining() {
        EventRecord monday = EventRecords.of("r1", "a").category("PROTEST").date("2024-01-01")
                .place("X", 1, 1, "AAA", "A", 4).build();
        EventRecord tuesday = EventRecords.of("r2", "b").category("PROTEST").date("2024-01-02")
                .place("X", 1, 1, "AAA", "A", 4).build();
        EventRecord wednesday = EventRecords.of("r3", "c").category("PROTEST").date("2024-01-03")
                .place("X", 1, 1, "AAA", "A", 4).build();

        List<List<Report>> events = resolver.cluster(List.of(new Report(monday, null, null),
                new Report(tuesday, null, null), new Report(wednesday, null, null)));

        assertThat(events).extracting(List::size).containsExactly(2, 1);
    }
}
