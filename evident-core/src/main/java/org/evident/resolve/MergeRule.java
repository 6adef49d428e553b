package org.evident.resolve;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.evident.geo.GeoMath;

/**
 * The rule that decides whether two reports tell of the same real event. It is deliberately a short list of
 * checks an analyst would make, each of which can say "agree", "cannot tell" or "conflict":
 *
 * <ol>
 *   <li><b>Article.</b> The extractor merged the mentions of one event within an article, so two records of one
 *       article are two events unless the checks below find them the same and their places and their modes
 *       agree, not merely fail to conflict: then the in-article merge missed one (the headline's shooting and
 *       the body's, one dated and one not), and an outlet's second record of an event joins that event too.</li>
 *   <li><b>Category.</b> The PLOVER category the records were coded for must be the same.</li>
 *   <li><b>Time.</b> Both must have a day range (their own date, else the article's publication day and the
 *       {@value Occurrence#UNDATED_LOOKBACK_DAYS} days before it — also when the extractor filled the date in from
 *       the publication day), and the ranges must overlap once each is widened by {@code dayWindow} days — a report
 *       written the next morning often dates the event a day off. A report whose text gives no date and that was
 *       published up to {@value #FOLLOW_UP_DAYS} days after the other's days may be a follow-up (an arrest, a
 *       funeral, a charge weeks later): it joins only when its place agrees and it names the same people (a
 *       name no word of either place: the town is in every report of every event there), and never when anything
 *       conflicts.</li>
 *   <li><b>Place.</b> With two geocoded points, the distance must be within what the coarser of the two
 *       resolutions can tell apart: {@value #SUB_CITY_KM} km for two sub-city places, {@value #CITY_KM} km at city
 *       level, {@value #DISTRICT_KM} km for districts, {@value #PROVINCE_KM} km for provinces; beyond it is a
 *       conflict, unless the two place names share a distinctive word ("Hopkins County" and "Hopkins": the
 *       gazetteer resolved one name to two homonyms), which agrees. Different country codes are a conflict,
 *       unless the two points lie within that distance (a border town and its neighbour, a contested city filed
 *       under one state by one entry and another by the next), or both reports name the same town or region
 *       ("San Antonio" in Texas and in Honduras, "Toledo" in Ohio and in Spain): the gazetteer chose a different
 *       homonym for each, and one name agrees. The same place name agrees, and so does a report whose
 *       actors carry the other's place name ("a Salt Lake man", "the Traer girl"). A report placed only at its
 *       country contains the other's place in that country, which does not agree by itself (a country holds many
 *       shootings a week) unless both reports give the same single day from their text and share a mode.
 *       Anything else (a place missing) cannot tell.</li>
 *   <li><b>Actors.</b> Coded actors that are all different are a conflict ("a Turkish strike" vs "a Russian
 *       strike"); a shared code or a shared word of a name ("Stephen Paddock" / "Paddock") agrees; otherwise
 *       cannot tell. Common nouns ("the gunman", "a teen", "the shooting") are in every report of every such
 *       event, so they never agree. The names the record's own sentences give (a victim's name the extractor left
 *       out of the actors) count as actor words (see {@link Occurrence}).</li>
 *   <li><b>Figures.</b> The same toll agrees when it tells events apart: the same dead of at least two, or the
 *       same dead and injured with someone hurt. Different figures never conflict: tolls grow.</li>
 *   <li><b>Mode.</b> Disjoint modes (firearms vs aerial) are a conflict unless the actors agree, because one
 *       attack is often described by different weapons.</li>
 * </ol>
 *
 * Any place or actor conflict keeps the records apart. When the place does not agree (missing, or only the
 * country), the actors or the figures must, so that two undated, unplaced "protests" are not glued together by
 * category alone. Figures never keep reports apart and status never decides: a toll that rises from 5 to 7, or a
 * denial, is the same event seen again. The rule is serializable so that a cluster job can ship the builder's own
 * ({@code Pipelines.resolver().rule()}) to its executors.
 */
public final class MergeRule implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int SUB_CITY_KM = 5;
    static final int CITY_KM = 30;
    static final int DISTRICT_KM = 75;
    static final int PROVINCE_KM = 250;

    /** How much a place named in the other report's actors agrees: less than the same point or name. */
    static final double NAMED_PLACE_SCORE = 0.5;

    /** A country-only place containing the other's: no conflict, and a tie-breaker, but no agreement. */
    static final double CONTAINED_SCORE = 0.1;

    /** How long after an event an undated report of it may still be a follow-up. */
    public static final int FOLLOW_UP_DAYS = 60;

    private final int dayWindow;

    /** The rule with the default window of one day. */
    public static MergeRule standard() {
        return new MergeRule(1);
    }

    public MergeRule(int dayWindow) {
        if (dayWindow < 0) {
            throw new IllegalArgumentException("dayWindow must not be negative, was " + dayWindow);
        }
        this.dayWindow = dayWindow;
    }

    /** How many days either side of a record's date range still count as the same time. */
    public int dayWindow() {
        return dayWindow;
    }

    /** One check's answer. */
    enum Agreement { AGREE, UNKNOWN, CONFLICT }

    /**
     * Whether two reports tell of the same event, with a score that ranks several matching candidates (higher is
     * closer) and the reason in words.
     */
    public record Verdict(boolean same, boolean conflict, double score, String reason) {
        /** The reports contradict each other: they cannot be one event. */
        static Verdict conflict(String reason) {
            return new Verdict(false, true, 0, reason);
        }

        /** Nothing contradicts, but too little agrees to call them one event. */
        static Verdict unsure(String reason) {
            return new Verdict(false, false, 0, reason);
        }
    }

    /** Compares two occurrences by the rule above. */
    public Verdict compare(Occurrence a, Occurrence b) {
        if (!a.category().equals(b.category())) {
            return Verdict.conflict("category " + a.category() + " vs " + b.category());
        }
        if (!a.dated() || !b.dated()) {
            return Verdict.unsure("no date");
        }
        boolean followUp = false;
        if (a.earliest().minusDays(dayWindow).isAfter(b.latest()) || b.earliest().minusDays(dayWindow).isAfter(a.latest())) {
            if (!mayFollowUp(a, b) && !mayFollowUp(b, a)) {
                return Verdict.conflict(days(a, b));
            }
            followUp = true;
        }
        double placeScore = placeScore(a, b);
        Agreement place = placeScore < 0 ? Agreement.CONFLICT
                : placeScore <= CONTAINED_SCORE ? Agreement.UNKNOWN : Agreement.AGREE;
        Agreement actors = actors(a, b);
        Agreement modes = overlap(a.modes(), b.modes());
        Agreement figures = figures(a, b);
        if (place == Agreement.CONFLICT) {
            return Verdict.conflict("places too far apart");
        }
        if (actors == Agreement.CONFLICT) {
            return Verdict.conflict("different actors " + a.actorCodes() + " vs " + b.actorCodes());
        }
        if (modes == Agreement.CONFLICT && actors != Agreement.AGREE) {
            return Verdict.conflict("modes " + a.modes() + " vs " + b.modes());
        }
        if (a.articleId().equals(b.articleId()) && (place != Agreement.AGREE || modes != Agreement.AGREE)) {
            // the extractor kept them apart: only the same place and the same weapon say it was wrong to
            return Verdict.conflict("same article, and place or mode does not agree");
        }
        if (followUp && (place != Agreement.AGREE || !shareParticipant(a, b))) {
            return Verdict.conflict(days(a, b) + ", and a later undated report agrees on too little to be a follow-up");
        }
        boolean sameDays = a.earliest().equals(b.earliest()) && a.latest().equals(b.latest());
        boolean contained = placeScore > 0 && placeScore <= CONTAINED_SCORE;
        if (place == Agreement.UNKNOWN && actors != Agreement.AGREE && figures != Agreement.AGREE
                && !(contained && sameDays && a.earliest().equals(a.latest()) && modes == Agreement.AGREE)) {
            return Verdict.unsure("place " + (placeScore > 0 ? "only contains the other" : "unknown")
                    + " and neither actors nor figures agree");
        }
        double score = 1 + placeScore + (actors == Agreement.AGREE ? 1 : 0) + (figures == Agreement.AGREE ? 1 : 0)
                + (modes == Agreement.AGREE ? 0.5 : 0) + (sameDays ? 0.5 : 0);
        return new Verdict(true, false, score, "place " + (placeScore > 0 && placeScore <= CONTAINED_SCORE
                ? "CONTAINS" : place) + ", actors " + actors + ", figures " + figures + ", modes " + modes
                + ", days " + (followUp ? "FOLLOW-UP" : sameDays ? "SAME" : "OVERLAP"));
    }

    private static String days(Occurrence a, Occurrence b) {
        return "days " + a.earliest() + ".." + a.latest() + " vs " + b.earliest() + ".." + b.latest();
    }

    /** Whether {@code later}, a report without a date of its own, comes after {@code earlier}'s days, soon enough. */
    private static boolean mayFollowUp(Occurrence later, Occurrence earlier) {
        return later.undated() && later.earliest().isAfter(earlier.latest())
                && !later.latest().isAfter(earlier.earliest().plusDays(FOLLOW_UP_DAYS));
    }

    /**
     * Tolls agree when both reports give the same figure and it tells the event from others: the same number of
     * dead of at least two, or the same dead and the same injured with someone hurt. One dead is in most reports
     * of most shootings, so it agrees with nothing by itself; different figures are no conflict (tolls grow).
     */
    private static Agreement figures(Occurrence a, Occurrence b) {
        boolean sameDead = a.dead() != null && a.dead().equals(b.dead());
        boolean sameInjured = a.injured() != null && a.injured().equals(b.injured());
        if (sameDead && a.dead() >= 2) {
            return Agreement.AGREE;
        }
        return sameDead && sameInjured && a.dead() + a.injured() > 0 ? Agreement.AGREE : Agreement.UNKNOWN;
    }

    /** -1 conflict, 0 cannot tell, (0, 1] agree, 1 meaning the same point or the same name. */
    private static double placeScore(Occurrence a, Occurrence b) {
        int resolution = Math.min(level(a), level(b));
        if (a.countryCode() != null && b.countryCode() != null && !a.countryCode().equals(b.countryCode())) {
            if (sameNameBelowCountry(a, b)) {
                return NAMED_PLACE_SCORE;
            }
            if (!nearAcrossABorder(a, b, resolution)) {
                return -1;
            }
        }
        if (a.hasPoint() && b.hasPoint() && resolution >= 2) {
            double km = GeoMath.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
            double tolerance = toleranceKm(resolution);
            if (km > tolerance) {
                return sharePlaceName(a, b) ? NAMED_PLACE_SCORE : -1;
            }
            return Math.max(0.05, 1 - km / tolerance);
        }
        if (a.place() != null && a.place().equals(b.place()) && resolution >= 2) {
            return 1;
        }
        if (namesPlaceOf(a, b) || namesPlaceOf(b, a)) {
            return NAMED_PLACE_SCORE;
        }
        if (a.countryCode() != null && a.countryCode().equals(b.countryCode()) && (level(a) == 1 || level(b) == 1)) {
            return CONTAINED_SCORE;
        }
        return 0;
    }

    /**
     * Whether two places below the country lie within what their resolution can tell apart though the gazetteer
     * puts them in different countries: a border town and its neighbour, or a contested city that one gazetteer
     * entry files under one state and the next under another. The points decide, as they do within a country.
     */
    private static boolean nearAcrossABorder(Occurrence a, Occurrence b, int resolution) {
        return a.hasPoint() && b.hasPoint() && resolution >= 2
                && GeoMath.distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) <= toleranceKm(resolution);
    }

    /**
     * Whether two reports name the same place below the country (a town, a county, a province): two gazetteer
     * entries of one name in different countries are homonyms, and which one a report was resolved to depends on
     * its context words, not on where it happened. A country's name is no homonym.
     */
    static boolean sameNameBelowCountry(Occurrence a, Occurrence b) {
        return a.place() != null && a.place().equals(b.place()) && level(a) >= 2 && level(b) >= 2;
    }

    /**
     * Whether two places far apart share a word of their names that tells places apart ("Hopkins County" and
     * "Hopkins", "Greenacres" and "Greenacres City"): a gazetteer holds many places of one name, and two reports
     * naming one of them may be resolved to different ones, so the name agrees where the points do not.
     */
    private static boolean sharePlaceName(Occurrence a, Occurrence b) {
        if (a.place() == null || b.place() == null) {
            return false;
        }
        Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(a.place().split("[^\\p{L}\\p{N}]+")));
        for (String word : b.place().split("[^\\p{L}\\p{N}]+")) {
            if (Occurrence.placeNameWord(word) && words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a's actors carry the name of b's place below the country: "a Salt Lake man", "the Traer girl",
     * "Houston-area children" say where a report without a finer place happened.
     */
    private static boolean namesPlaceOf(Occurrence a, Occurrence b) {
        if (b.place() == null || level(b) < 2 || (a.hasPoint() && level(a) >= 2 && b.hasPoint())) {
            return false;
        }
        Set<String> names = new java.util.HashSet<>();
        a.actorWords().stream().filter(Occurrence::nameWord).forEach(w -> names.add(w.toLowerCase(java.util.Locale.ROOT)));
        for (String word : b.place().split("[^\\p{L}\\p{N}]+")) {
            if (Occurrence.placeNameWord(word) && (names.contains(word) || names.contains(Occurrence.stem(word)))) {
                return true;
            }
        }
        return false;
    }

    /** A point with no stated resolution is taken as a city. */
    private static int level(Occurrence o) {
        if (o.resolution() > 0) {
            return o.resolution();
        }
        return o.hasPoint() || o.place() != null ? 4 : 0;
    }

    private static double toleranceKm(int resolution) {
        return switch (resolution) {
            case 5 -> SUB_CITY_KM;
            case 4 -> CITY_KM;
            case 3 -> DISTRICT_KM;
            default -> PROVINCE_KM;
        };
    }

    private static Agreement actors(Occurrence a, Occurrence b) {
        if (!a.actorCodes().isEmpty() && !b.actorCodes().isEmpty()) {
            return Collections.disjoint(a.actorCodes(), b.actorCodes()) ? Agreement.CONFLICT : Agreement.AGREE;
        }
        return sharesName(a.actorWords(), b.actorWords()) ? Agreement.AGREE : Agreement.UNKNOWN;
    }

    /**
     * Whether two sets of actor words share a word of a name: "Mark Mata" and "Mata"'s lawyer do, "the shooting"
     * and "a shooting" or "a man" and "Man" do not — such words are in every report of every shooting.
     */
    private static boolean sharesName(Set<String> a, Set<String> b) {
        return sharesName(a, b, word -> true);
    }

    /**
     * Whether two reports name the same participant: a name word both share that is no word of either's place.
     * The place was weighed already, and weeks apart the town's name ("Cedar Rapids", "Memphis") is in every
     * report of every shooting there; a follow-up names the people of its event.
     */
    private static boolean shareParticipant(Occurrence a, Occurrence b) {
        Set<String> places = new java.util.HashSet<>();
        for (Occurrence o : List.of(a, b)) {
            if (o.place() != null) {
                places.addAll(java.util.Arrays.asList(o.place().split("[^\\p{L}\\p{N}]+")));
            }
        }
        // actor words are stemmed ("Memphi" of "Memphis"): a place word that starts with one is that word
        return sharesName(a.actorWords(), b.actorWords(), word -> places.stream().noneMatch(p -> p.startsWith(word)));
    }

    /** Whether two sets of actor words share a word of a name (lower-cased) that {@code counts}. */
    private static boolean sharesName(Set<String> a, Set<String> b, java.util.function.Predicate<String> counts) {
        Set<String> names = new java.util.HashSet<>();
        a.stream().filter(Occurrence::nameWord).forEach(w -> names.add(w.toLowerCase(java.util.Locale.ROOT)));
        return b.stream().filter(Occurrence::nameWord).map(w -> w.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(w -> names.contains(w) && counts.test(w));
    }

    private static Agreement overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Agreement.UNKNOWN;
        }
        return Collections.disjoint(a, b) ? Agreement.CONFLICT : Agreement.AGREE;
    }
}
