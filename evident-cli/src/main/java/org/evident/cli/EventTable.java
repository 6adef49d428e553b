package org.evident.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.evident.resolve.EventSummary;
import org.evident.store.StoredEvent;

/** Prints stored events for a reader: one line per event, then its figures per source and the matching passage. */
final class EventTable {

    private EventTable() {}

    static void print(PrintStream out, List<StoredEvent> events) {
        for (StoredEvent event : events) {
            EventSummary s = event.summary();
            String category = s.category() + (s.modes().isEmpty() ? "" : "/" + String.join(",", s.modes()));
            String days = s.earliest() == null ? "-" : s.earliest().equals(s.latest()) ? s.earliest().toString()
                    : s.earliest() + ".." + s.latest();
            out.printf("#%-6d %-22s %-24s %-26s %-10s %d article%s%s%n", event.id(), days, category, place(s.place()),
                    s.status(), s.sources().size(), s.sources().size() == 1 ? "" : "s", warnings(s));
            for (String size : EventSummary.SIZES) {
                List<EventSummary.Figure> figures = s.figures().get(size);
                if (figures != null) {
                    out.println("        " + size + ": " + figures.stream().map(EventTable::figure)
                            .collect(Collectors.joining(" → ")));
                }
            }
            if (event.highlight() != null) {
                out.println("        \"" + event.highlight() + "\"");
            }
        }
        if (events.isEmpty()) {
            out.println("no events match");
        }
    }

    private static String figure(EventSummary.Figure f) {
        String value = f.value() != null ? f.value().toString() : f.min() + "+";
        String who = f.publication() != null ? f.publication() : f.articleId();
        String status = f.status() == Status.ASSERTED ? "" : " " + f.status();
        return value + status + " (" + who + (f.published() == null ? "" : ", " + f.published()) + ")";
    }

    private static String warnings(EventSummary s) {
        if (s.warnings().isEmpty()) {
            return "";
        }
        return "  warnings: " + s.warnings().stream()
                .map(w -> w.status() + (w.source() == null ? "" : " per " + w.source())
                        + (w.publication() == null ? "" : " (" + w.publication() + ")"))
                .collect(Collectors.joining("; "));
    }

    private static String place(EventRecord.Location loc) {
        if (loc == null) {
            return "-";
        }
        String name = loc.resolvedPlace() != null ? loc.resolvedPlace() : loc.extractedPlace();
        return loc.countryCode() == null ? name : name + ", " + loc.countryCode();
    }
}
