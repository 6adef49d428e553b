package org.evident.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.evident.testkit.Stories;
import org.evident.testkit.Stories.Story;
import org.junit.jupiter.api.Test;

/**
 * One event as all its reports tell it: who is named responsible. Status, warnings and figures are tested where
 * reports merge ({@link ResolverTest}).
 */
class EventSummaryTest {

    private static List<Report> reports(List<Story> stories) {
        List<Report> reports = new ArrayList<>();
        stories.forEach(s -> reports.addAll(s.reports()));
        return reports;
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
