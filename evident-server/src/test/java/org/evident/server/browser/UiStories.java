package org.evident.server.browser;

import java.util.ArrayList;
import java.util.List;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.store.Store;
import org.evident.testkit.Stories;
import org.evident.testkit.Stories.Story;

/**
 * The stories the browser tests show: the test kit's Kirkuk bombing (four reports of one event) and two other
 * events that day, plus a Kabul bombing whose article and record carry script and image-tag payloads, and arrests in
 * Lagos. Every record gets evidence spans for the values whose words are in its article.
 */
final class UiStories {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";

    private UiStories() {}

    static List<Story> all() {
        List<Story> stories = new ArrayList<>();
        stories.addAll(Stories.marketBombing());
        stories.addAll(Stories.sameDayOtherEvents());
        stories.add(Stories.story("Kabul Times", "2024-03-12", "Car bomb " + SCRIPT,
                "A car bomb killed 9 people at a Kabul checkpoint on Tuesday, officials said. " + SCRIPT
                        + " Witnesses posted " + IMAGE + " online.",
                b -> b.category("ASSAULT", "explosives").date("2024-03-12")
                        .place("Kabul", 34.5281, 69.1723, "AFG", "Afghanistan", 4).dead(9, "killed 9 people")
                        .status(Status.REPORTED, "officials").actor("gunmen " + IMAGE, null)));
        stories.add(Stories.story("Lagos Post", "2024-03-20", "Dozens held after march",
                "Police reportedly detained 30 marchers in Lagos on Wednesday; the figure could not be confirmed.",
                b -> b.category("COERCE", "arrest").date("2024-03-20")
                        .place("Lagos", 6.4541, 3.3947, "NGA", "Nigeria", 4).arrested(30)
                        .status(Status.UNVERIFIED, "Police").actor("Police", null).recipient("marchers", null)));
        return stories.stream().map(UiStories::withEvidence).toList();
    }

    /** Saves every story in {@code store}. */
    static void fill(Store store) {
        for (Story story : all()) {
            store.save(story.article(), story.records());
        }
        store.commitIndex();
    }

    private static Story withEvidence(Story story) {
        String body = story.article().body();
        return new Story(story.article(), story.records().stream().map(r -> withEvidence(r, body)).toList());
    }

    private static EventRecord withEvidence(EventRecord r, String body) {
        List<EventRecord.Evidence> evidence = new ArrayList<>();
        add(evidence, body, "event", r.mentions().get(0).text());
        if (r.eventLoc() != null) {
            add(evidence, body, "event_loc", r.eventLoc().extractedPlace());
        }
        if (r.sizeInfo().dead() != null) {
            add(evidence, body, "size.dead", r.sizeInfo().dead().text());
        }
        if (r.size().arrested() != null) {
            add(evidence, body, "size.arrested", String.valueOf(r.size().arrested()));
        }
        for (String day : List.of("Friday", "Tuesday", "Wednesday")) {
            add(evidence, body, "date", day);
        }
        if (r.source() != null) {
            add(evidence, body, "source", r.source().text());
        }
        r.actor().forEach(a -> add(evidence, body, "actor", a.entityText()));
        r.recipient().forEach(a -> add(evidence, body, "recipient", a.entityText()));
        if (body.contains(SCRIPT)) {
            add(evidence, body, "event", SCRIPT);
        }
        return new EventRecord(r.id(), r.articleId(), r.date(), r.enddate(), r.dateInfo(), r.event(), r.mode(),
                r.context(), r.actor(), r.recipient(), r.eventLoc(), r.size(), r.sizeInfo(), r.eventText(),
                r.textInfo(), r.citeInfo(), r.status(), r.source(), r.responsibility(), r.forecast(), evidence,
                r.mentions(), r.confidence());
    }

    private static void add(List<EventRecord.Evidence> evidence, String body, String field, String words) {
        int at = words == null || words.isEmpty() ? -1 : body.indexOf(words);
        if (at >= 0) {
            evidence.add(new EventRecord.Evidence(field, at, at + words.length(), words));
        }
    }
}
