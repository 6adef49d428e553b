package org.evident.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;

/** The outlet's name after a page title's separator, on hand-built titles: what is cut, what stays. */
class HeadlineOutletTest {

    @Test
    void theTitleEndsBeforeItsFirstBar() {
        assertThat(HeadlineOutlet.headline("Police investigate shooting on the east side | Fox 59"))
                .isEqualTo("Police investigate shooting on the east side");
        assertThat(HeadlineOutlet.headline("Teen shot along canal bank in Harvey | Local News - Home"))
                .isEqualTo("Teen shot along canal bank in Harvey");
        assertThat(HeadlineOutlet.headline("Man wounded in drive-by shooting |")).isEqualTo("Man wounded in drive-by shooting");
    }

    @Test
    void aTitleWithoutABarStaysWhole() {
        assertThat(HeadlineOutlet.headline("Three shot in Dallas - police say suspect fled"))
                .isEqualTo("Three shot in Dallas - police say suspect fled");
        assertThat(HeadlineOutlet.headline("Erik Diaz, 19 - The Homicide Report - Los Angeles Times"))
                .isEqualTo("Erik Diaz, 19 - The Homicide Report - Los Angeles Times");
        assertThat(HeadlineOutlet.headline("Gunman kills 3 in Ohio")).isEqualTo("Gunman kills 3 in Ohio");
    }

    @Test
    void theOutletIsBlankedOutOfTheOpeningTitleLineKeepingEveryOffset() {
        String title = "Police investigate shooting | Fox 59";
        String body = title + "\n\nINDIANAPOLIS - A man was shot in the leg.";
        Article article = new Article(null, "a.json", title, body, LocalDate.of(2015, 12, 7), null, null, "en", null);

        Article read = HeadlineOutlet.of(article);

        assertThat(read.body()).hasSameSizeAs(body).startsWith("Police investigate shooting" + " ".repeat(9) + "\n\n")
                .endsWith("INDIANAPOLIS - A man was shot in the leg.");
        assertThat(read.title()).isEqualTo("Police investigate shooting");
    }

    @Test
    void aTextThatDoesNotOpenWithItsTitleIsLeftAsItIs() {
        Article article = new Article(null, "a.json", "Shooting | Fox 59", "A man was shot.", null, null, null, "en",
                null);
        assertThat(HeadlineOutlet.of(article)).isSameAs(article);
    }
}
