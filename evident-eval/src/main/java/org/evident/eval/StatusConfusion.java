package org.evident.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.evident.model.EventRecord;
import org.evident.model.Status;

/**
 * Gold status against record status, counted over the found required gold events that carry a status: row = the
 * gold status, column = the status of the event's matching record (the match of {@link GoldScorer#matches}).
 * Required events that no record covers are counted apart, per gold status, so that recall here is recall of the
 * status among found events. Mutable: add articles one by one, then read or {@link #format} it.
 */
public final class StatusConfusion {

    private static final Status[] STATUSES = Status.values();

    private final int[][] counts = new int[STATUSES.length][STATUSES.length];
    private final int[] notFound = new int[STATUSES.length];

    /** Adds one article's gold events and records; {@code text} is the article text the anchors index. */
    public StatusConfusion add(Gold gold, String text, List<EventRecord> records) {
        int[] match = new GoldScorer().matches(gold, text, records);
        for (int g = 0; g < match.length; g++) {
            Gold.GoldEvent event = gold.events().get(g);
            if (!event.required() || event.status() == null) {
                continue;
            }
            Status expected = parse(event.status(), event.id());
            if (match[g] < 0) {
                notFound[expected.ordinal()]++;
            } else {
                counts[expected.ordinal()][records.get(match[g]).status().ordinal()]++;
            }
        }
        return this;
    }

    private static Status parse(String status, String goldId) {
        try {
            return Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("gold event " + goldId + ": unknown status " + status
                    + " (expected one of " + Arrays.toString(STATUSES) + ")", e);
        }
    }

    /** Found gold events of status {@code gold} whose record says {@code got}. */
    public int count(Status gold, Status got) {
        return counts[gold.ordinal()][got.ordinal()];
    }

    /** Required gold events of this status that no record covers. */
    public int notFound(Status gold) {
        return notFound[gold.ordinal()];
    }

    /** Found gold events with a status. */
    public int found() {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    }

    /** Share of found gold events whose record has the gold status; 1.0 when none was found. */
    public double accuracy() {
        int right = 0;
        for (Status s : STATUSES) {
            right += count(s, s);
        }
        return found() == 0 ? 1.0 : (double) right / found();
    }

    /** Of the found events whose record says {@code status}, the share that gold agrees with; NaN when none. */
    public double precision(Status status) {
        int column = 0;
        for (Status gold : STATUSES) {
            column += count(gold, status);
        }
        return column == 0 ? Double.NaN : (double) count(status, status) / column;
    }

    /** Of the found events gold gives {@code status}, the share whose record says so too; NaN when none. */
    public double recall(Status status) {
        int row = Arrays.stream(counts[status.ordinal()]).sum();
        return row == 0 ? Double.NaN : (double) count(status, status) / row;
    }

    /** The table: one row per gold status, one column per record status, then not-found, precision and recall. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-13s", "gold \\ record"));
        for (Status s : STATUSES) {
            out.append(String.format(Locale.ROOT, " %5.5s", s.name()));
        }
        out.append("  missed   prec  recall\n");
        for (Status gold : STATUSES) {
            out.append(String.format(Locale.ROOT, "%-13s", gold.name()));
            for (Status got : STATUSES) {
                out.append(String.format(Locale.ROOT, " %5d", count(gold, got)));
            }
            out.append(String.format(Locale.ROOT, "  %6d %6s %7s%n", notFound(gold), ratio(precision(gold)),
                    ratio(recall(gold))));
        }
        out.append(String.format(Locale.ROOT, "status accuracy %.3f over %d found events%n", accuracy(), found()));
        return out.toString();
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
