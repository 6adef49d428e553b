package org.evident.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.evident.model.EventRecord;
import org.evident.model.Status;

/**
 * One real event as all its reports tell it. Nothing is averaged: every figure stays with the article that gave
 * it and the day that article appeared, in publication order, so a toll's trajectory (5 dead, then 7) shows.
 *
 * @param category the PLOVER category
 * @param modes    every mode any report gave
 * @param earliest first possible day, from the most precise report's range
 * @param latest   last possible day
 * @param place    the most precise place any report resolved, or null
 * @param status   the strongest evidence: the most assertive status any report gives
 * @param warnings every report whose status is weaker than asserted or reported, with who says so
 * @param figures  per size ("dead", "injured", "arrested"), each report's figure in publication order
 * @param sources  the articles, in publication order
 * @param responsibility who claims it, is blamed for it or denies it, once per party and status, first told first
 */
public record EventSummary(String category, List<String> modes, LocalDate earliest, LocalDate latest,
                           EventRecord.Location place, Status status, List<Warning> warnings,
                           Map<String, List<Figure>> figures, List<Source> sources, List<Claim> responsibility) {

    /** The size fields whose figures are kept side by side. */
    public static final List<String> SIZES = List.of("dead", "injured", "arrested");

    public EventSummary {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        modes = List.copyOf(modes);
        warnings = List.copyOf(warnings);
        figures = Map.copyOf(figures);
        sources = List.copyOf(sources);
        responsibility = responsibility == null ? List.of() : List.copyOf(responsibility); // absent in older stores
    }

    /** One figure as one report gave it; value is the record's conservative number, min/max its range. */
    public record Figure(Integer value, Integer min, Integer max, String text, String articleId,
                         String publication, LocalDate published, Status status, String source) {}

    /** A report that weakens the event: unverified, claimed, denied, predicted, hypothetical or negated. */
    public record Warning(Status status, String articleId, String publication, String source) {}

    /**
     * A party a report names as responsible: status CLAIMED (it says it did it), ALLEGED (others blame it), DENIED
     * or ASSERTED (the report says so in its own voice); the first article that said so.
     */
    public record Claim(String party, String status, String articleId, String publication) {}

    /** An article that reported the event. */
    public record Source(String articleId, String publication, LocalDate published) {}

    /** Sums up the reports of one event. */
    public static EventSummary of(List<Report> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one report");
        }
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Report::articleId));
        Set<String> modes = new LinkedHashSet<>();
        Status status = null;
        List<Warning> warnings = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Report report : ordered) {
            EventRecord r = report.record();
            modes.addAll(r.mode());
            status = status == null || r.status().ordinal() < status.ordinal() ? r.status() : status;
            if (r.status().ordinal() > Status.REPORTED.ordinal()) {
                warnings.add(new Warning(r.status(), r.articleId(), report.publication(), sourceText(r)));
            }
            sources.putIfAbsent(r.articleId(), new Source(r.articleId(), report.publication(), report.published()));
        }
        Map<String, List<Figure>> figures = new LinkedHashMap<>();
        for (String size : SIZES) {
            List<Figure> list = figures(ordered, size);
            if (!list.isEmpty()) {
                figures.put(size, list);
            }
        }
        Occurrence precise = ordered.stream().map(Occurrence::of).filter(Occurrence::dated)
                .min(Comparator.comparingLong(o -> ChronoUnit.DAYS.between(o.earliest(), o.latest()))).orElse(null);
        return new EventSummary(Occurrence.category(ordered.get(0).record()), List.copyOf(modes),
                precise == null ? null : precise.earliest(), precise == null ? null : precise.latest(),
                place(ordered), status, warnings, figures, List.copyOf(sources.values()), claims(ordered));
    }

    /** Each party and status once, as the first report to name it gave it. */
    private static List<Claim> claims(List<Report> ordered) {
        Map<String, Claim> claims = new LinkedHashMap<>();
        for (Report report : ordered) {
            for (EventRecord.Responsibility r : report.record().responsibility()) {
                String party = r.identifierText() != null ? r.identifierText() : r.entityText();
                if (party != null && !party.isBlank() && r.status() != null) {
                    claims.putIfAbsent(party.toLowerCase(Locale.ROOT) + "\t" + r.status(),
                            new Claim(party, r.status(), report.record().articleId(), report.publication()));
                }
            }
        }
        return List.copyOf(claims.values());
    }

    /** The highest figure any report gave for a size, or null. */
    public Integer highest(String size) {
        return figures.getOrDefault(size, List.of()).stream().map(Figure::value).filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);
    }

    /** The lowest figure any report gave for a size, or null. */
    public Integer lowest(String size) {
        return figures.getOrDefault(size, List.of()).stream().map(Figure::value).filter(Objects::nonNull)
                .min(Integer::compare).orElse(null);
    }

    private static List<Figure> figures(List<Report> ordered, String size) {
        Function<EventRecord.Size, Integer> value = switch (size) {
            case "dead" -> EventRecord.Size::dead;
            case "injured" -> EventRecord.Size::injured;
            default -> EventRecord.Size::arrested;
        };
        Function<EventRecord.SizeInfo, EventRecord.Count> count = switch (size) {
            case "dead" -> EventRecord.SizeInfo::dead;
            case "injured" -> EventRecord.SizeInfo::injured;
            default -> EventRecord.SizeInfo::arrested;
        };
        List<Figure> list = new ArrayList<>();
        for (Report report : ordered) {
            EventRecord r = report.record();
            Integer v = r.size() == null ? null : value.apply(r.size());
            EventRecord.Count c = r.sizeInfo() == null ? null : count.apply(r.sizeInfo());
            if (v != null || c != null) {
                list.add(new Figure(v, c == null ? v : c.min(), c == null ? v : c.max(), c == null ? null : c.text(),
                        r.articleId(), report.publication(), report.published(), r.status(), sourceText(r)));
            }
        }
        return list;
    }

    private static EventRecord.Location place(List<Report> ordered) {
        EventRecord.Location best = null;
        for (Report report : ordered) {
            EventRecord.Location loc = report.record().eventLoc();
            if (loc != null && (best == null || rank(loc) > rank(best))) {
                best = loc;
            }
        }
        return best;
    }

    private static int rank(EventRecord.Location loc) {
        int resolution = loc.resolution() == null ? 0 : loc.resolution();
        return resolution * 2 + (loc.lat() != null ? 1 : 0);
    }

    private static String sourceText(EventRecord r) {
        return r.source() == null ? null : r.source().text();
    }
}
