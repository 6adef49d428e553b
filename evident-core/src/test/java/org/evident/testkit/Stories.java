package org.evident.testkit;

import java.time.LocalDate;
import java.util.List;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.resolve.Report;

/**
 * Handwritten articles about invented events, with the records an ideal extractor would give for them. One
 * bombing is told by four differently worded articles over three days (the toll rising from 5 to 7, one account
 * unverified); two other events happen in the same city on the same day.
 */
public final class Stories {

    /** One article and its records. */
    public record Story(Article article, List<EventRecord> records) {
        public List<Report> reports() {
            return records.stream().map(r -> new Report(r, article.source(), article.published())).toList();
        }
    }

    private static final double LAT = 35.4681;
    private static final double LON = 44.3922;

    private Stories() {}

    /** Four reports of one market bombing, in publication order. */
    public static List<Story> marketBombing() {
        Story first = story("Northern Courier", "2024-03-01", "Bomb kills five at Kirkuk market",
                "A bomb exploded at a crowded market in Kirkuk on Friday, killing five people, police said.",
                b -> b.category("ASSAULT", "explosives").date("2024-03-01").place("Kirkuk", LAT, LON, "IRQ", "Iraq", 4)
                        .dead(5, "killing five people").status(Status.REPORTED, "police").recipient("people", null));
        Story second = story("Gulf Wire", "2024-03-02", "Kirkuk toll rises",
                "The death toll from Friday's blast at the Kirkuk market has risen to seven, the health ministry said.",
                b -> b.category("ASSAULT", "explosives").date("2024-03-01")
                        .place("Kirkuk", LAT + 0.004, LON + 0.006, "IRQ", "Iraq", 4)
                        .dead(7, "risen to seven").status(Status.REPORTED, "the health ministry"));
        Story third = story("Regional Monitor", "2024-03-02", "Militants claim market attack",
                "Militants said online that they set off the explosives in Kirkuk's market, killing a dozen people;"
                        + " the claim could not be verified.",
                b -> b.category("ASSAULT", "explosives").date("2024-03-01").place("Kirkuk", LAT, LON, "IRQ", "Iraq", 4)
                        .dead(12, "killing a dozen people").status(Status.UNVERIFIED, "militants")
                        .actor("militants", null).recipient("people", null));
        Story fourth = story("Daily Ledger", "2024-03-03", "Kirkuk buries its dead",
                "Families in Kirkuk buried the seven people killed when a bomb tore through the central market.",
                b -> b.category("ASSAULT", "explosives").date("2024-03-01").placeName("Kirkuk")
                        .dead(7, "the seven people killed").recipient("people", null));
        return List.of(first, second, third, fourth);
    }

    /** Two other events in Kirkuk on the same Friday: arrests at a protest and a drone strike. */
    public static List<Story> sameDayOtherEvents() {
        Story arrests = story("Northern Courier", "2024-03-01", "Protesters detained",
                "Police arrested twenty protesters outside the governor's office in Kirkuk on Friday.",
                b -> b.category("COERCE", "arrest").date("2024-03-01").place("Kirkuk", LAT, LON, "IRQ", "Iraq", 4)
                        .arrested(20).actor("police", "IRQCOP").recipient("protesters", "IRQOPP"));
        Story strike = story("Gulf Wire", "2024-03-02", "Drone strike near Kirkuk",
                "A drone strike hit a car on the Kirkuk ring road on Friday, killing two fighters.",
                b -> b.category("ASSAULT", "drone").date("2024-03-01").place("Kirkuk", LAT + 0.02, LON - 0.03, "IRQ", "Iraq", 4)
                        .dead(2, "killing two fighters").recipient("fighters", "IRQREB"));
        return List.of(arrests, strike);
    }

    /** One article with one record built by {@code fill}; the record's text is the whole body. */
    public static Story story(String publication, String published, String title, String body,
                              java.util.function.UnaryOperator<EventRecords> fill) {
        Article article = new Article(null, publication + "/" + published, title, body, LocalDate.parse(published),
                null, publication, null, null);
        EventRecord record = fill.apply(EventRecords.of("evd-" + article.id().substring(0, 6) + "-0001", article.id())
                .text(body)).build();
        return new Story(article, List.of(record));
    }
}
