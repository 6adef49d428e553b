package org.evident.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.evident.model.Status;
import org.evident.testkit.Stories;
import org.evident.testkit.Stories.Story;
import org.junit.jupiter.api.Test;

/** One event as all its reports tell it: the strongest status, every weaker report, figures and claims kept apart. */
class EventSummaryTest {

    private static List<Report> reports(List<Story> stories) {
        List<Report> reports = new ArrayList<>();
        stories.forEach(s -> reports.addAll(s.reports()));
        return reports;
    }

    @Test
    void theStatusIsTheMostAssertiveReportsAndWeakerReportsAreWarnings() {
        EventSummary summary = EventSummary.of(reports(Stories.marketBombing()));

        assertThat(summary.status()).isEqualTo(Status.ASSERTED);
        assertThat(summary.warnings()).extracting(EventSummary.Warning::status).containsExactly(Status.UNVERIFIED);
        assertThat(summary.warnings().get(0).source()).isEqualTo("militants");
    }

    @Test
    void everyFigureStaysWithItsArticleInPublicationOrder() {
        List<Story> stories = new ArrayList<>(Stories.marketBombing());
        Collections.reverse(stories);

        EventSummary summary = EventSummary.of(reports(stories));

        assertThat(summary.figures().get("dead")).extracting(EventSummary.Figure::value).containsExactly(5, 7, 12, 7);
        assertThat(summary.highest("dead")).isEqualTo(12);
        assertThat(summary.lowest("dead")).isEqualTo(5);
        assertThat(summary.sources()).extracting(EventSummary.Source::publication)
                .containsExactly("Northern Courier", "Gulf Wire", "Regional Monitor", "Daily Ledger");
    }

    @Test
    void eachPartyAndStanceIsKeptOnceAsTheFirstReportToNameItGaveIt() {
        Story blamed = Stories.story("Gulf Wire", "2024-03-02", "Officials blame rebels",
                "Officials blamed the Northern Front for the bombing.",
                b -> b.category("ASSAULT", "explosives").date("2024-03-01").responsibility("Northern Front", "ALLEGED"));
        Story claimed = Stories.story("Regional Monitor", "2024-03-03", "Group claims bombing",
                "The Northern Front said it carried out the bombing; officials again blamed the northern front.",
                b -> b.category("ASSAULT", "explosives").date("2024-03-01").responsibility("Northern Front", "CLAIMED")
                        .responsibility("northern front", "ALLEGED"));

        EventSummary summary = EventSummary.of(reports(List.of(claimed, blamed)));

        assertThat(summary.responsibility()).extracting(EventSummary.Claim::party, EventSummary.Claim::status,
                EventSummary.Claim::publication).containsExactly(
                        Tuple.tuple("Northern Front", "ALLEGED", "Gulf Wire"),
                        Tuple.tuple("Northern Front", "CLAIMED", "Regional Monitor"));
        assertThat(EventSummary.of(reports(Stories.marketBombing())).responsibility()).isEmpty();
    }

    @Test
    void anEventNeedsAReport() {
        assertThatThrownBy(() -> EventSummary.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
