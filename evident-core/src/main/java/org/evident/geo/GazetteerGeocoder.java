package org.evident.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evident.io.WordList;
import org.evident.model.EventRecord.Location;

/**
 * Resolves the toponyms of an article together, as a careful reader would: countries by the country table
 * first, then divisions, then towns; each candidate scored by its population and kind, how well the name
 * matched, the countries and provinces the rest of the article speaks of (its other places and its
 * nationalities), containment ("Ortaköy, Istanbul") and nearness to the article's other places. Later passes
 * rescore every toponym against the others' choices until they settle. A name it cannot match takes the town or
 * the country the article is about, or stays empty.
 */
public final class GazetteerGeocoder implements Geocoder {

    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");
    private static final Pattern CONTAINED = Pattern.compile("^\\s*(?:,|\\bin\\b|\\(|, in\\b)\\s*$");
    private static final Pattern LISTED = Pattern.compile("^\\s*(?:,|,?\\s*(?:and|or|&))\\s*$");
    /** The generic words of features' names and the words that tie a town to a river or region (feature-words.tsv). */
    private static final Map<String, List<String>> FEATURE_WORDS = featureWords();
    /** The words that tie a town's name to a river, sea or region ("upon Tyne", "am Main", "sur Mer"). */
    private static final Pattern LOCATING_QUALIFIER = Pattern.compile(anyOf("QUALIFIER") + " ");
    private static final int MAX_CANDIDATES = 60;
    /**
     * How often the toponyms are reread against each other's choices at most: a choice can hinge on a neighbour's
     * that changed in the reading before ("Manitoba, Ontario and New Brunswick", where Ontario turns to the
     * province only once it is read next to Manitoba).
     */
    private static final int MAX_REREADINGS = 3;
    /** The endings of a word naming a people: "Texan", "Czechs", "Londoners", "Iraqis", "Lebanese". */
    private static final Pattern PEOPLE = Pattern.compile("\\p{Lu}\\p{L}+(?:an|ans|ers|ese|is|ites|s)");
    /** Plural generic words that end names of sites, not peoples ("Aleutian Islands", "Cumberland Falls"). */
    private static final Pattern PLURAL_FEATURE = Pattern.compile("(?i)" + anyOf("PLURAL_FEATURE"));
    /** How often the town an article is about must be named, at least. */
    private static final int TOWN_MENTIONS = 2;
    /** A feature named after a place: the place's name and a generic word after it, or "port of" before it. */
    private static final Pattern FEATURE_NAMED_AFTER = Pattern.compile(
            "^(?:(.+) " + anyOf("FEATURE_AFTER") + "|" + anyOf("FEATURE_BEFORE") + " (.+))$");
    /** Prior of a name the country table knows: above any town, below a town the context clearly supports. */
    private static final double COUNTRY_PRIOR = 8.5;
    /** Weight of the share of the article's evidence that speaks for a candidate's country. */
    private static final double COUNTRY_CONTEXT = 4.5;
    /** Weight of the share of the article's names that have a reading in a candidate's province. */
    private static final double PROVINCE_CONTEXT = 5.5;
    /** Bonus of a national capital named by a dateline that needs no state or country ("WASHINGTON —"). */
    private static final double DATELINE_CAPITAL = 6.0;
    /** The share of an article's evidence one country must exceed for an unknown name to be placed in it. */
    private static final double ABOUT_SHARE = 0.5;
    /** Bonus of a division or country listed next to another of its kind ("Alberta, Manitoba, Ontario"). */
    private static final double LIST_PEER = 4.0;
    /** Penalty for a town met by a variant name when a town of its province bears that name as its own. */
    private static final double VARIANT_BESIDE_NAMESAKE = 1.5;
    /** Penalty for a district met by its bare name ("Henry" for Henry County) when nothing names the kind. */
    private static final double BARE_DISTRICT = 1.5;
    /** The share of a division's people its city of the same name must hold to be what the name means. */
    static final double CITY_SHARE = 0.25;

    private final Gazetteer gazetteer;

    public GazetteerGeocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The gazetteer this geocoder reads. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** One scored reading of a toponym. */
    public record Candidate(Place place, Gazetteer.MatchQuality quality, double prior, double score, String why,
                            String basis) {

        Candidate(Place place, Gazetteer.MatchQuality quality, double prior, String why) {
            this(place, quality, prior, prior, why, why);
        }
    }

    /** All readings of one toponym, best first, and the one chosen (null when none). */
    public record Decision(Toponym toponym, List<Candidate> candidates, Candidate chosen, boolean compass) {}

    @Override
    public List<Optional<Location>> resolve(String articleText, List<Toponym> toponyms) {
        List<Optional<Location>> out = new ArrayList<>(toponyms.size());
        for (Decision d : decide(articleText, toponyms)) {
            out.add(d.chosen() == null ? Optional.empty() : Optional.of(location(d)));
        }
        return out;
    }

    /**
     * The decisions with every candidate and its score, for explanation and evaluation, in the order of the
     * toponyms given. They are decided in the order of the text, whatever order they come in, so that a
     * toponym's neighbours in a list or a containment ("Ontario and New Brunswick", "Ortaköy, Istanbul") are
     * the names written next to it.
     */
    public List<Decision> decide(String articleText, List<Toponym> toponyms) {
        Integer[] order = new Integer[toponyms.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> toponyms.get(i).begin())
                .thenComparingInt(i -> toponyms.get(i).end()));
        List<Toponym> inText = new ArrayList<>(order.length);
        for (Integer i : order) {
            inText.add(toponyms.get(i));
        }
        List<Decision> decided = decideInTextOrder(articleText, inText);
        Decision[] out = new Decision[order.length];
        for (int k = 0; k < order.length; k++) {
            out[order[k]] = decided.get(k);
        }
        return List.of(out);
    }

    private List<Decision> decideInTextOrder(String articleText, List<Toponym> toponyms) {
        String text = articleText == null ? "" : articleText;
        List<Mention> mentions = new ArrayList<>();
        List<List<Candidate>> candidates = new ArrayList<>();
        for (Toponym t : toponyms) {
            Mention m = readAsWritten(Mention.of(t, text));
            mentions.add(m);
            candidates.add(candidates(m));
        }
        Context context = Context.of(gazetteer, text, mentions, candidates, null);
        List<Candidate> chosen = choose(toponyms, mentions, candidates, context, null);
        Context second = Context.of(gazetteer, text, mentions, candidates, chosen);
        for (int pass = 0; pass < MAX_REREADINGS; pass++) {
            List<Candidate> again = choose(toponyms, mentions, candidates, second, chosen);
            boolean settled = sameChoices(again, chosen);
            chosen = again;
            if (settled) {
                break;
            }
            second = Context.of(gazetteer, text, mentions, candidates, chosen);
        }
        Optional<Candidate> town = articleTown(chosen);
        Context settled = second;
        for (int i = 0; i < toponyms.size(); i++) {
            Candidate c = chosen.get(i);
            String self = Names.key(mentions.get(i).name());
            boolean unknownHere = c == null || ((c.quality() == Gazetteer.MatchQuality.EDIT || unpeopled(c.place()))
                    && settled.countryShare(c.place().country(), self) == 0);
            if (unknownHere) {
                Optional<Candidate> home = (namesPeople(mentions.get(i).full()) ? Optional.<Candidate>empty() : town)
                        .or(() -> articleCountry(settled, self));
                if (home.isPresent()) {
                    chosen.set(i, home.get());
                } else if (c != null && unpeopled(c.place()) && candidates.get(i).size() > 1) {
                    chosen.set(i, null); // one of several namesakes known by name alone, and nothing to choose by
                }
            }
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            decisions.add(new Decision(toponyms.get(i), candidates.get(i), chosen.get(i), mentions.get(i).compass()));
        }
        return decisions;
    }

    /** The words of feature-words.tsv by role, in the file's order. */
    private static Map<String, List<String>> featureWords() {
        Map<String, List<String>> byRole = new HashMap<>();
        for (String[] row : WordList.rows("/org/evident/geo/feature-words.tsv")) {
            byRole.computeIfAbsent(row[1].strip(), role -> new ArrayList<>()).add(row[0].strip());
        }
        return Map.copyOf(byRole);
    }

    /** A group matching any word of a role of feature-words.tsv, each word taken literally. */
    private static String anyOf(String role) {
        List<String> words = FEATURE_WORDS.get(role);
        if (words == null) {
            throw new IllegalStateException("feature-words.tsv has no words of role " + role);
        }
        return "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
    }

    /** A town known by name and point alone: nothing but the article's context speaks for it. */
    private static boolean unpeopled(Place p) {
        return p.kind() == Place.Kind.PLACE && p.population() == 0 && p.geonameid() == 0;
    }

    private static boolean sameChoices(List<Candidate> a, List<Candidate> b) {
        for (int i = 0; i < a.size(); i++) {
            Place x = a.get(i) == null ? null : a.get(i).place();
            Place y = b.get(i) == null ? null : b.get(i).place();
            if (x != y) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name reads as a people rather than a site ("Texan", "Czechs", "New Londoners"): a people lives
     * beyond the town of the story, so it is not placed there.
     */
    static boolean namesPeople(String name) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        return PEOPLE.matcher(last).matches() && !PLURAL_FEATURE.matcher(last).matches();
    }

    /**
     * The town an article is about, for a name the gazetteer does not know (a street, a hospital, a stadium): the
     * one town that more than half of the article's mentions of towns name, at least {@value #TOWN_MENTIONS}
     * times. Buildings and streets of a local story lie in its town.
     */
    private static Optional<Candidate> articleTown(List<Candidate> chosen) {
        Map<Place, Integer> mentions = new HashMap<>();
        int all = 0;
        for (Candidate c : chosen) {
            if (c != null && c.place().kind() == Place.Kind.PLACE && c.quality() != Gazetteer.MatchQuality.EDIT) {
                mentions.merge(c.place(), 1, Integer::sum);
                all++;
            }
        }
        for (Map.Entry<Place, Integer> e : mentions.entrySet()) {
            if (e.getValue() >= TOWN_MENTIONS && 2 * e.getValue() > all) {
                return Optional.of(new Candidate(e.getKey(), Gazetteer.MatchQuality.NAME, 0, 0,
                        String.format("not known here: somewhere in the town the article is about (%d of %d mentions"
                                + " of towns)", e.getValue(), all), "the article's town"));
            }
        }
        return Optional.empty();
    }

    /**
     * The country an article is about, for a name the gazetteer does not know (or knows only one edit away, in
     * a country the article gives no other sign of): when more than {@value #ABOUT_SHARE} of the article's
     * evidence, from two names or more, speaks for one country, the name is a place somewhere in it, at country
     * resolution.
     */
    private Optional<Candidate> articleCountry(Context context, String self) {
        String best = null;
        double bestShare = 0;
        for (String country : context.countries()) {
            double share = context.countryShare(country, self);
            if (share > bestShare) {
                best = country;
                bestShare = share;
            }
        }
        if (best == null || bestShare <= ABOUT_SHARE || context.sourcesFor(best, self) < 2) {
            return Optional.empty();
        }
        double share = bestShare;
        return gazetteer.countryPlace(best).map(p -> new Candidate(p, Gazetteer.MatchQuality.NAME, 0, 0,
                String.format("not known here: somewhere in the country the article is about (%.2f of its evidence)",
                        share), "the article's country"));
    }

    private List<Candidate> choose(List<Toponym> toponyms, List<Mention> mentions, List<List<Candidate>> all,
                                   Context context, List<Candidate> before) {
        List<Candidate> chosen = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            List<Candidate> rescored = new ArrayList<>();
            for (Candidate c : all.get(i)) {
                rescored.add(rescore(c, i, mentions.get(i), context, toponyms, before));
            }
            rescored.sort(Comparator.comparingDouble(Candidate::score).reversed());
            all.set(i, rescored);
            chosen.add(rescored.isEmpty() ? null : rescored.get(0));
        }
        return chosen;
    }

    private Candidate rescore(Candidate c, int index, Mention m, Context context, List<Toponym> toponyms,
                              List<Candidate> before) {
        Place p = c.place();
        StringBuilder why = new StringBuilder(c.basis());
        double score = c.prior();
        String name = Names.key(m.name());
        double country = context.countryShare(p.country(), name);
        double admin1 = context.admin1Share(p.admin1Key(), name);
        // a town that bears a country's name ("Mexico", Missouri) needs a sign of its own province: that the
        // article speaks of its country is no sign, since it would speak of it either way
        boolean countrysNamesake = p.kind() == Place.Kind.PLACE && admin1 == 0 && !m.compass()
                && gazetteer.countryByName(m.name()).isPresent();
        if (country > 0 && !countrysNamesake) {
            score += COUNTRY_CONTEXT * country;
            why.append(String.format(", country context %.2f", country));
        }
        if (admin1 > 0) {
            score += PROVINCE_CONTEXT * admin1;
            why.append(String.format(", province context %.2f", admin1));
        }
        if ("PPLC".equals(p.featureCode()) && bareDateline(toponyms.get(index), context.text())) {
            score += DATELINE_CAPITAL;
            why.append(", a dateline with no state or country after it: the capital");
        }
        if (before != null) {
            double near = nearness(p, index, before);
            if (near > 0) {
                score += near;
                why.append(String.format(", near other places +%.1f", near));
            }
            double peers = listPeers(p, index, toponyms, before, context.text());
            if (peers > 0) {
                score += peers;
                why.append(", listed with others of its kind");
            }
            double contained = containment(p, index, toponyms, before, context.text());
            if (contained > 0) {
                score += contained;
                why.append(", contained in the next place");
            }
        }
        return new Candidate(p, c.quality(), c.prior(), score, why.toString(), c.basis());
    }

    private static double nearness(Place p, int index, List<Candidate> chosen) {
        if (p.kind() == Place.Kind.COUNTRY || p.kind() == Place.Kind.REGION) {
            return 0;
        }
        double best = Double.MAX_VALUE;
        for (int j = 0; j < chosen.size(); j++) {
            Candidate other = chosen.get(j);
            if (j == index || other == null || other.place().kind() == Place.Kind.COUNTRY
                    || other.place().kind() == Place.Kind.REGION || other.place() == p) {
                continue;
            }
            best = Math.min(best, GeoMath.distanceKm(p.lat(), p.lon(), other.place().lat(), other.place().lon()));
        }
        return best < 50 ? 1.0 : best < 200 ? 0.6 : best < 500 ? 0.3 : 0;
    }

    /**
     * A dateline standing alone: the first words of the article, in capitals, not followed by a comma and a
     * state or country ("WASHINGTON (Reuters) -", "BEIJING --" but not "PARIS, Mo. --"). News agencies write a
     * city bare only when no reader could mistake it, and a national capital bare is that capital.
     */
    static boolean bareDateline(Toponym t, String text) {
        if (t.begin() < 0 || t.end() > text.length() || !text.substring(0, t.begin()).isBlank()) {
            return false;
        }
        String words = text.substring(t.begin(), t.end());
        return words.chars().anyMatch(Character::isLetter) && words.equals(words.toUpperCase(java.util.Locale.ROOT))
                && !text.substring(t.end()).stripLeading().startsWith(",");
    }

    /**
     * Names in a list are of one kind: a division listed next to a division ("British Columbia, Alberta, Manitoba,
     * Ontario and New Brunswick"; "Wisconsin, Ontario and Quebec", of two countries), or a country next to a
     * country, is read as that kind before a town that bears the same name.
     */
    private static double listPeers(Place p, int index, List<Toponym> toponyms, List<Candidate> chosen,
                                    String text) {
        if (p.kind() != Place.Kind.ADMIN1 && p.kind() != Place.Kind.COUNTRY) {
            return 0;
        }
        for (int j = index - 1; j <= index + 1; j += 2) {
            if (j < 0 || j >= toponyms.size() || chosen.get(j) == null) {
                continue;
            }
            Toponym first = toponyms.get(Math.min(index, j));
            Toponym second = toponyms.get(Math.max(index, j));
            Place other = chosen.get(j).place();
            if (first.end() <= second.begin() && second.begin() <= text.length()
                    && LISTED.matcher(text.substring(first.end(), second.begin())).matches()
                    && other != p && other.kind() == p.kind()) {
                return LIST_PEER;
            }
        }
        return 0;
    }

    private static double containment(Place p, int index, List<Toponym> toponyms, List<Candidate> chosen,
                                      String text) {
        int next = index + 1;
        if (next >= toponyms.size() || chosen.get(next) == null) {
            return 0;
        }
        Toponym here = toponyms.get(index);
        Toponym there = toponyms.get(next);
        if (here.end() > there.begin() || there.begin() > text.length()
                || !CONTAINED.matcher(text.substring(here.end(), there.begin())).matches()) {
            return 0;
        }
        Place outer = chosen.get(next).place();
        if (outer.kind() == Place.Kind.ADMIN1 && outer.admin1Key().equals(p.admin1Key())
                && p.kind() != Place.Kind.ADMIN1) {
            return 4.0;
        }
        if (outer.kind() == Place.Kind.ADMIN2 && outer.admin2Key().equals(p.admin2Key())
                && p.kind() == Place.Kind.PLACE) {
            return 3.0;
        }
        if (outer.kind() == Place.Kind.COUNTRY && outer.country().equals(p.country())
                && p.kind() != Place.Kind.COUNTRY) {
            return 3.0;
        }
        if (outer.kind() == Place.Kind.PLACE && p.kind() == Place.Kind.PLACE && p != outer
                && GeoMath.distanceKm(p.lat(), p.lon(), outer.lat(), outer.lon()) < 60) {
            return 3.0;
        }
        return 0;
    }

    /**
     * A compass word that is part of a name ("South Sudan", "North America", "Northern Ireland", "Central Java")
     * names that place, not a part of a bigger one: the words as written are read first when the country table
     * knows them as a name or a nationality ("South African", "North Korean") or the gazetteer as a name.
     */
    Mention readAsWritten(Mention m) {
        if (!m.compass()) {
            return m;
        }
        boolean known = gazetteer.countryByName(m.full()).isPresent()
                || gazetteer.countryByDemonym(m.full()).isPresent() || gazetteer.lookup(m.full(), false).stream()
                .anyMatch(x -> x.quality() == Gazetteer.MatchQuality.NAME);
        return known ? m.asWritten() : m;
    }

    /** The readings of one mention with their priors: kind, population, match quality and announced kind. */
    List<Candidate> candidates(Mention m) {
        List<Candidate> out = new ArrayList<>();
        if (Names.namesStreet(m.full())) {
            return out; // a place inside a town: it lies in the town the article is about, if any
        }
        Optional<String> countryCode = gazetteer.countryByName(m.name());
        boolean countryByTable = countryCode.isPresent() && !m.compass();
        String reason = "country by the country table";
        if (countryCode.isEmpty() && !m.compass()) {
            countryCode = gazetteer.countryByDemonym(m.name());
            reason = "nationality: its country";
        }
        if (countryCode.isPresent() && !m.compass()) {
            String why = reason;
            gazetteer.countryPlace(countryCode.get()).ifPresent(p -> out.add(new Candidate(p,
                    Gazetteer.MatchQuality.NAME, COUNTRY_PRIOR, why)));
        }
        if (m.compass() && countryCode.isPresent()) {
            gazetteer.countryPlace(countryCode.get()).ifPresent(p -> out.add(new Candidate(p,
                    Gazetteer.MatchQuality.NAME, COUNTRY_PRIOR, "part of a country: the country")));
            return out;
        }
        String bareName = m.withoutKindWord();
        List<Gazetteer.Match> matches = gazetteer.lookup(m.full(), bareName == null && !m.compass());
        String lookedUp = m.full();
        Optional<Gazetteer.Abbreviation> abbreviation = gazetteer.abbreviation(m.full())
                .or(() -> m.afterName() && m.full().length() <= 5 ? gazetteer.abbreviation(m.full() + ".")
                        : Optional.empty());
        if (abbreviation.isPresent()) {
            String country = abbreviation.get().country();
            lookedUp = abbreviation.get().expansion();
            matches = gazetteer.lookup(lookedUp).stream()
                    .filter(x -> x.place().country().equals(country) && x.place().kind() != Place.Kind.PLACE).toList();
        }
        if (matches.isEmpty() && m.compass()) {
            matches = gazetteer.lookup(m.name());
            lookedUp = m.name();
        }
        if (matches.isEmpty() || matches.stream().allMatch(x -> x.quality() == Gazetteer.MatchQuality.EDIT)) {
            String bare = bareName;
            if (bare != null) {
                List<Gazetteer.Match> bareMatches = gazetteer.lookup(bare);
                if (!bareMatches.isEmpty()) {
                    matches = bareMatches;
                    lookedUp = bare;
                }
            }
        }
        if (matches.isEmpty()) {
            matches = gazetteer.lookup(m.full(), true); // one edit away, the last resort
            lookedUp = m.full();
        }
        String lookedUpKey = Names.key(lookedUp);
        boolean named = matches.stream().anyMatch(x -> x.quality() == Gazetteer.MatchQuality.NAME);
        for (Gazetteer.Match match : matches) {
            Place p = match.place();
            if (p.kind() == Place.Kind.COUNTRY && countryCode.isPresent() && p.country().equals(countryCode.get())) {
                continue;
            }
            if (countryByTable && match.quality() != Gazetteer.MatchQuality.NAME) {
                continue; // countries first: a country's name outranks places that bear it only as a variant
            }
            Gazetteer.MatchQuality quality = match.quality() == Gazetteer.MatchQuality.ALTERNATE
                    && p.kind() == Place.Kind.PLACE && everydayName(p.name(), lookedUpKey)
                    ? Gazetteer.MatchQuality.NAME : match.quality();
            Candidate c = prior(p, quality, m, lookedUpKey);
            if (named && quality != Gazetteer.MatchQuality.NAME) {
                c = new Candidate(p, c.quality(), c.prior() - 1.5, c.why() + ", others bear the name");
            }
            out.add(c);
        }
        if (named) {
            demoteVariantsOfProvinceNamesakes(out);
        }
        if (out.isEmpty()) {
            out.addAll(fallback(m));
        }
        if (m.wanted() == null) {
            out.removeIf(c -> namedAfterItsCity(c, out));
        }
        out.sort(Comparator.comparingDouble(Candidate::prior).reversed());
        return out.size() > MAX_CANDIDATES ? new ArrayList<>(out.subList(0, MAX_CANDIDATES)) : out;
    }

    /**
     * A town that bears a name as its own outranks a bigger town of the same province that bears it only as a
     * variant or a former name ("Newtown, Connecticut" is Newtown, not Hartford, once called Newtown): the
     * article's context speaks for both alike, so the variant must not win by population alone.
     */
    private static void demoteVariantsOfProvinceNamesakes(List<Candidate> candidates) {
        Set<String> provincesWithNamesake = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.quality() == Gazetteer.MatchQuality.NAME && c.place().kind() == Place.Kind.PLACE
                    && !c.place().admin1Key().isEmpty()) {
                provincesWithNamesake.add(c.place().admin1Key());
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.quality() != Gazetteer.MatchQuality.NAME && c.place().kind() == Place.Kind.PLACE
                    && provincesWithNamesake.contains(c.place().admin1Key())) {
                candidates.set(i, new Candidate(c.place(), c.quality(), c.prior() - VARIANT_BESIDE_NAMESAKE,
                        c.why() + ", a town of its province bears the name"));
            }
        }
    }

    /**
     * Whether a candidate is a division that bears the name of a city it holds, where that city holds a large
     * share of its people (at least {@value #CITY_SHARE}: "Aleppo", "Moscow", "Montreal", not "Quebec"): unless
     * the text says "province", "county" and the like, the name means the city, as a reader takes it.
     */
    static boolean namedAfterItsCity(Candidate c, List<Candidate> all) {
        Place d = c.place();
        if (d.kind() != Place.Kind.ADMIN1 && d.kind() != Place.Kind.ADMIN2) {
            return false;
        }
        return all.stream().map(Candidate::place).anyMatch(city -> city.kind() == Place.Kind.PLACE
                && city.featureClass() == 'P' && Names.key(city.name()).equals(Names.key(d.name()))
                && (d.kind() == Place.Kind.ADMIN1 ? city.admin1Key().equals(d.admin1Key())
                        : city.admin2Key().equals(d.admin2Key()))
                && city.population() >= CITY_SHARE * d.population());
    }

    /**
     * A town's name without the river or sea that tells it from its namesakes is its everyday name: "Newcastle"
     * of "Newcastle upon Tyne", "Frankfurt" of "Frankfurt am Main", "Southend" of "Southend-on-Sea" (not
     * "Manhattan" of "Manhattan Beach", which is another town).
     */
    static boolean everydayName(String name, String key) {
        String full = Names.key(name);
        return full.startsWith(key + " ") && LOCATING_QUALIFIER.matcher(full.substring(key.length() + 1)).lookingAt();
    }

    /**
     * Readings of a name the gazetteer does not hold, tried only when nothing else matched: a feature named
     * after a place ("Salinas Valley", "Port of Los Angeles", "Readington Township") is read as that place,
     * and the people of a division or country ("Ohioans", "Minnesotans", "Ontarians") as the division or
     * country. Both rank below any direct reading.
     */
    List<Candidate> fallback(Mention m) {
        String key = Names.key(m.full());
        List<Candidate> out = new ArrayList<>();
        Matcher feature = FEATURE_NAMED_AFTER.matcher(key);
        if (feature.matches()) {
            String place = feature.group(1) != null ? feature.group(1) : feature.group(2);
            for (Gazetteer.Match match : gazetteer.lookup(place, false)) {
                if (match.quality() == Gazetteer.MatchQuality.NAME) {
                    Candidate c = prior(match.place(), match.quality(), m, place);
                    out.add(new Candidate(c.place(), c.quality(), c.prior() - 1.0,
                            c.why() + ", the place a feature is named after"));
                }
            }
        }
        if (out.isEmpty() && key.endsWith("ns") && key.length() > 5 && !key.contains(" ")) {
            String withoutAns = key.substring(0, key.length() - 3);
            for (String stem : List.of(key.substring(0, key.length() - 2), withoutAns, withoutAns + "o",
                    withoutAns + "as")) {
                for (Gazetteer.Match match : gazetteer.lookup(stem, false)) {
                    Place p = match.place();
                    if (match.quality() == Gazetteer.MatchQuality.NAME
                            && (p.kind() == Place.Kind.ADMIN1 || p.kind() == Place.Kind.COUNTRY)) {
                        Candidate c = prior(p, match.quality(), m, stem);
                        out.add(new Candidate(p, c.quality(), c.prior(), c.why() + ", its people"));
                    }
                }
            }
        }
        return out;
    }

    private Candidate prior(Place p, Gazetteer.MatchQuality quality, Mention m, String lookedUpKey) {
        StringBuilder why = new StringBuilder();
        double score = Math.log10(p.population() + 10.0);
        why.append(String.format("population %d", p.population()));
        switch (p.kind()) {
            case COUNTRY -> score = Math.max(score, 7.0) + 2.0;
            case REGION -> score = 9.0;
            case ADMIN1 -> score += 0.2;
            case ADMIN2 -> score -= 0.3;
            case PLACE -> score += placeBonus(p);
            default -> { }
        }
        why.append(", ").append(p.kind().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(p.featureCode());
        switch (quality) {
            case ALTERNATE -> score -= 1.0;
            case LOOSE -> score -= 1.5;
            case EDIT -> score -= 3.0;
            default -> { }
        }
        if (quality != Gazetteer.MatchQuality.NAME) {
            why.append(", ").append(quality.name().toLowerCase(java.util.Locale.ROOT)).append(" name");
        }
        if (m.wanted() != null) {
            if (m.wanted() == p.kind() || (m.wanted() == Place.Kind.ADMIN1 && p.kind() == Place.Kind.ADMIN2)) {
                score += 3.0;
                why.append(", the kind the text names");
            } else {
                score -= 1.0;
            }
        }
        boolean bareDivision = (p.kind() == Place.Kind.ADMIN1 || p.kind() == Place.Kind.ADMIN2)
                && m.wanted() == null && !Names.key(p.name()).equals(lookedUpKey);
        if (bareDivision) {
            score -= p.kind() == Place.Kind.ADMIN1 ? 0.8 : BARE_DISTRICT;
            why.append(", the division's name without its kind word");
        }
        return new Candidate(p, quality, score, why.toString());
    }

    private static double placeBonus(Place p) {
        if (p.featureClass() != 'P') {
            return -0.5;
        }
        return switch (p.featureCode()) {
            case "PPLC" -> 1.2;
            case "PPLA" -> 0.8;
            case "PPLA2" -> 0.15;
            case "PPLX" -> -0.7;
            case "PPLH", "PPLQ", "PPLW" -> -2.0;
            default -> 0;
        };
    }

    @Override
    public Optional<String> countryCode(String nameOrDemonym) {
        Optional<String> iso2 = gazetteer.countryByName(nameOrDemonym).or(() -> gazetteer.countryByDemonym(nameOrDemonym));
        return iso2.flatMap(gazetteer::country).map(Country::iso3);
    }

    @Override
    public Optional<Location> country(String iso3) {
        return gazetteer.country(iso3).map(c -> new Location(c.name(), c.name(), c.geonameid() == 0 ? null
                : c.geonameid(), c.lat(), c.lon(), null, c.name(), c.iso3(), "A", "PCLI", 1));
    }

    @Override
    public boolean isPlaceName(String name) {
        return gazetteer.knows(name);
    }

    @Override
    public Optional<String> capitalOf(String name) {
        return gazetteer.lookup(name, false).stream()
                .filter(m -> m.quality() != Gazetteer.MatchQuality.LOOSE && m.place().featureCode().equals("PPLC"))
                .findFirst()
                .flatMap(m -> gazetteer.country(m.place().country())).map(Country::iso3);
    }

    private Location location(Decision d) {
        Place p = d.chosen().place();
        String countryName = gazetteer.country(p.country()).map(Country::name).orElse(null);
        String iso3 = gazetteer.country(p.country()).map(Country::iso3).orElse(null);
        String province = p.kind() == Place.Kind.ADMIN1 ? p.name()
                : gazetteer.admin1(p.admin1Key()).map(Place::name).orElse(null);
        int resolution = d.compass() ? Math.min(p.resolution(), p.kind() == Place.Kind.PLACE ? 4 : p.resolution())
                : p.resolution();
        return new Location(d.toponym().name(), p.name(), p.geonameid() == 0 ? null : p.geonameid(), p.lat(), p.lon(),
                province, countryName, iso3, String.valueOf(p.featureClass()), p.featureCode(), resolution);
    }

    /** The countries and provinces an article speaks of, as shares of its evidence. */
    private record Context(String text, Map<String, Map<String, Double>> countryVotes,
                           Map<String, Map<String, Double>> admin1Votes,
                           Map<Map<String, Map<String, Double>>, Totals> totalsCache) {

        Context(String text, Map<String, Map<String, Double>> countryVotes,
                Map<String, Map<String, Double>> admin1Votes) {
            this(text, countryVotes, admin1Votes, new java.util.IdentityHashMap<>());
        }

        static Context of(Gazetteer gazetteer, String text, List<Mention> mentions, List<List<Candidate>> candidates,
                          List<Candidate> chosen) {
            Map<String, Map<String, Double>> countries = new HashMap<>();
            Map<String, Map<String, Double>> admin1s = new HashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                String source = Names.key(mentions.get(i).name());
                List<Candidate> cs = candidates.get(i);
                if (cs.isEmpty() || countries.containsKey(source)) {
                    continue; // each distinct name speaks once, however often it is repeated
                }
                if (chosen != null && chosen.get(i) != null) {
                    Place p = chosen.get(i).place();
                    double weight = p.kind() == Place.Kind.PLACE ? 1.0 : 2.0;
                    vote(countries, source, p.country(), weight);
                    if (!p.admin1Key().isEmpty()) {
                        vote(admin1s, source, p.admin1Key(), weight);
                    }
                    continue;
                }
                double weight = cs.get(0).place().kind() == Place.Kind.PLACE ? 1.0 : 2.0;
                double total = 0;
                for (Candidate c : cs) {
                    total += Math.pow(10, c.prior() - cs.get(0).prior());
                }
                Map<String, Double> present = new HashMap<>();
                boolean named = cs.stream().anyMatch(c -> c.quality() == Gazetteer.MatchQuality.NAME);
                for (Candidate c : cs) {
                    double w = weight * Math.pow(10, c.prior() - cs.get(0).prior()) / total;
                    vote(countries, source, c.place().country(), w);
                    // a place that bears the name only as a variant, where others bear it as their name, is no
                    // evidence of a province ("Paris" is an old name of a Georgia town, not a hint at Georgia)
                    if (!c.place().admin1Key().isEmpty() && (!named || c.quality() == Gazetteer.MatchQuality.NAME)) {
                        present.put(c.place().admin1Key(), weight);
                    }
                }
                // provinces vote by presence: the province where most names have a reading is the likely one
                present.forEach((admin1, w) -> vote(admin1s, source, admin1, w / present.size()));
                countries.putIfAbsent(source, new HashMap<>());
            }
            Matcher words = WORD.matcher(text);
            while (words.find()) {
                Optional<String> iso2 = gazetteer.countryByDemonym(words.group());
                if (iso2.isPresent()) {
                    vote(countries, "demonym:" + words.group(), iso2.get(), 0.5);
                }
            }
            return new Context(text, countries, admin1s);
        }

        private static void vote(Map<String, Map<String, Double>> votes, String source, String target, double w) {
            if (target.isEmpty()) {
                return;
            }
            votes.computeIfAbsent(source, k -> new HashMap<>()).merge(target, w, Double::sum);
        }

        /** How many names or nationalities, other than the name itself, speak for the country. */
        int sourcesFor(String country, String self) {
            List<String> related = totalsCache.computeIfAbsent(countryVotes, Totals::of).relatedTo(self);
            int n = 0;
            for (Map.Entry<String, Map<String, Double>> e : countryVotes.entrySet()) {
                if (!related.contains(e.getKey()) && e.getValue().getOrDefault(country, 0.0) > 0) {
                    n++;
                }
            }
            return n;
        }

        /** Every country that some evidence speaks for. */
        java.util.Set<String> countries() {
            return totalsCache.computeIfAbsent(countryVotes, Totals::of).byTarget.keySet();
        }

        double countryShare(String country, String self) {
            return share(countryVotes, country, self);
        }

        double admin1Share(String admin1, String self) {
            return admin1.isEmpty() ? 0 : share(admin1Votes, admin1, self);
        }

        /**
         * The share of all votes, except those of the name itself, that go to the target. Totals are summed once
         * per context and cached, so that each question costs two lookups.
         */
        private double share(Map<String, Map<String, Double>> votes, String target, String self) {
            Totals totals = totalsCache.computeIfAbsent(votes, Totals::of);
            double total = totals.all;
            double mine = totals.byTarget.getOrDefault(target, 0.0);
            for (String source : totals.relatedTo(self)) {
                Map<String, Double> own = votes.getOrDefault(source, Map.of());
                total -= totals.bySource.getOrDefault(source, 0.0);
                mine -= own.getOrDefault(target, 0.0);
            }
            return total <= 1e-12 ? 0 : Math.max(0, mine) / total;
        }

        /**
         * Sums of votes: in all, by voting name and by target. A name does not vote for itself, nor do the names
         * that contain it or that it contains ("Karak" and "Karak district"): they are one piece of evidence,
         * and would otherwise confirm each other's reading.
         */
        private record Totals(double all, Map<String, Double> bySource, Map<String, Double> byTarget,
                              Map<String, List<String>> related) {

            Totals(double all, Map<String, Double> bySource, Map<String, Double> byTarget) {
                this(all, bySource, byTarget, new HashMap<>());
            }

            List<String> relatedTo(String self) {
                return related.computeIfAbsent(self, s -> {
                    List<String> out = new ArrayList<>(List.of(s));
                    for (String source : bySource.keySet()) {
                        if (!source.equals(s) && (source.startsWith(s + " ") || s.startsWith(source + " "))) {
                            out.add(source);
                        }
                    }
                    return out;
                });
            }

            static Totals of(Map<String, Map<String, Double>> votes) {
                double all = 0;
                Map<String, Double> bySource = new HashMap<>();
                Map<String, Double> byTarget = new HashMap<>();
                for (Map.Entry<String, Map<String, Double>> e : votes.entrySet()) {
                    for (Map.Entry<String, Double> v : e.getValue().entrySet()) {
                        all += v.getValue();
                        bySource.merge(e.getKey(), v.getValue(), Double::sum);
                        byTarget.merge(v.getKey(), v.getValue(), Double::sum);
                    }
                }
                return new Totals(all, bySource, byTarget);
            }
        }
    }
}
