package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evident.testkit.Extraction.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.testkit.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages without events of their own (sport, entertainment, products, markets) give no figurative records. */
class PageGenreTest {

    private static final String MATCH_REPORT = "Rovers defeated United 2-1 in a league match on Saturday.\n\n"
            + "The striker attacked the goal from the first whistle and scored twice before half-time. "
            + "The coach said his players had fought for every ball. The goalkeeper and the midfielder were "
            + "praised by the fans at the stadium. The club now leads the league by three points after the cup tie, "
            + "and the team will meet the champions in the semi-final next week.";

    private static List<String> categories(List<EventRecord> records) {
        return records.stream().map(r -> r.event().get(0)).toList();
    }

    @Test
    void aMatchReportGivesNoRecord() {
        assertThat(extract(MATCH_REPORT, "2016-03-07")).isEmpty();
    }

    @Test
    void anArrestOnASportPageIsStillAnEvent() {
        List<EventRecord> records = extract(MATCH_REPORT + " After the game police arrested twelve fans outside "
                + "the stadium.", "2016-03-07");
        assertThat(categories(records)).containsOnly("COERCE");
    }

    @Test
    void aDeathMakesThePageNews() {
        List<EventRecord> records = extract(MATCH_REPORT + " Gunmen attacked a bus carrying supporters after the "
                + "match, killing two people.", "2016-03-07");
        assertThat(categories(records)).contains("ASSAULT");
    }

    @Test
    void aNewsReportKeepsItsEvents() {
        List<EventRecord> records = extract("Troops attacked rebel positions near the border on Monday, and "
                + "protesters marched on the parliament to demand the minister's resignation.", "2016-03-07");
        assertThat(categories(records)).contains("ASSAULT", "PROTEST");
    }

    @Test
    void theSectionLabelDecidesWhenTheReaderGivesOne() {
        String text = "The champion attacked from the start and defeated his rival in straight sets.";
        Article news = new Article(null, "test", null, text, LocalDate.parse("2016-03-07"), null, null, null, null);
        assertThat(Extraction.pipeline().process(news).records()).isNotEmpty();
        Article sport = new Article(null, "test", null, text, LocalDate.parse("2016-03-07"), null, null, null,
                "Sport / Tennis");
        assertThat(Extraction.pipeline().process(sport).records()).isEmpty();
    }

    @Test
    void aCueOfAnUnknownGenreNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("genres.add.tsv"), "# lemma\tgenre\tsource\nlute\tmusic\tevident\n");

        assertThatThrownBy(() -> Codebook.load(dir, "en"))
                .hasMessageStartingWith(file + ":2: unknown genre 'music', expected one of genre-keeps.tsv: [");
    }

    @Test
    void aThingOfAGenreAsArgumentGivesTheTriggerThatSense() {
        assertThat(extract("Oil prices hit a record high on Monday.", "2016-03-07")).isEmpty();
        assertThat(extract("The band released a new album in London on Friday.", "2016-03-07")).isEmpty();
        assertThat(categories(extract("Gunmen attacked the market in Kano on Friday.", "2016-03-07")))
                .contains("ASSAULT");
        assertThat(categories(extract("The rebels released two hostages on Friday.", "2016-03-07")))
                .contains("RETREAT");
    }

    @Test
    void aPageThatNamesStateActorsAsOftenAsItsGenreIsNews() {
        List<EventRecord> records = extract("The government ordered officials to delete e-mails more than three "
                + "months old. The opposition leader condemned the deletion of the e-mails on Monday. The minister "
                + "said e-mail and computer records were kept by the software, a spokesman added, and old e-mails "
                + "were removed.", "2016-03-07");
        assertThat(categories(records)).contains("ACCUSE");
    }
}
