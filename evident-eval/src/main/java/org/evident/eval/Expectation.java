package org.evident.eval;

import java.util.List;
import java.util.Set;
import org.evident.model.EventRecord;

/**
 * What a labelled text's records must hold to count as read: a record of one of the categories, and where the
 * label fixes it, a mode of that record among the modes; or, for a claim of responsibility, a record with a
 * responsibility entry of status CLAIMED.
 *
 * @param categories the accepted categories (empty for a claim)
 * @param modes      the accepted modes, empty when the label fixes none
 * @param claim      true when a CLAIMED responsibility entry is what counts
 */
public record Expectation(Set<String> categories, Set<String> modes, boolean claim) {

    public Expectation {
        categories = Set.copyOf(categories);
        modes = Set.copyOf(modes);
    }

    /** One of the categories, any mode. */
    public static Expectation category(String... categories) {
        return new Expectation(Set.of(categories), Set.of(), false);
    }

    /** The category with one of the modes. */
    public static Expectation withModes(String category, String... modes) {
        return new Expectation(Set.of(category), Set.of(modes), false);
    }

    /** A record whose responsibility entry has status CLAIMED, of any category. */
    public static Expectation claimOfResponsibility() {
        return new Expectation(Set.of(), Set.of(), true);
    }

    public boolean fixesMode() {
        return !modes.isEmpty();
    }

    /** Whether some record has an expected category (or, for a claim, a CLAIMED responsibility). */
    public boolean categoryMet(List<EventRecord> records) {
        return records.stream().anyMatch(this::hasCategory);
    }

    /** Whether some record has an expected category and, where the label fixes one, an expected mode. */
    public boolean modeMet(List<EventRecord> records) {
        return records.stream().anyMatch(r -> hasCategory(r) && (!fixesMode()
                || r.mode().stream().anyMatch(modes::contains)));
    }

    private boolean hasCategory(EventRecord record) {
        if (claim) {
            return record.responsibility().stream().anyMatch(r -> "CLAIMED".equals(r.status()));
        }
        return record.event().stream().anyMatch(categories::contains);
    }

    /** "ASSAULT aerial|drone", "AGREE|COOPERATE", "responsibility CLAIMED". */
    @Override
    public String toString() {
        if (claim) {
            return "responsibility CLAIMED";
        }
        String category = String.join("|", categories.stream().sorted().toList());
        return fixesMode() ? category + " " + String.join("|", modes.stream().sorted().toList()) : category;
    }
}
