package org.evident.extract;

import static org.evident.extract.Codebook.PlaceRole.IN_PLACE;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.evident.geo.GeoMath;
import org.evident.geo.PlaceKnowledge;
import org.evident.geo.Toponym;
import org.evident.model.EventRecord.Location;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;

/**
 * Where a physical event that names no place of its own happened, read from its context as a careful coder reads
 * it: the one place its sentence names in a locative phrase ("officers beat a journalist who was filming outside a
 * polling station in Minsk"), else the one place so named in the sentence before ("Teachers marched through
 * Nairobi. Police fired tear gas at the crowd."). Two different places there leave the event unplaced, and
 * statements, meetings and other speech acts are never placed by their neighbours. What no nearer words place
 * happened where the article settles: at its dateline, when the dateline lies in the country the article is about
 * (or the article is about no one country), else somewhere in that country.
 */
final class ContextPlace {

    /** Categories of events that happen somewhere in particular. */
    private static final Set<String> PHYSICAL = Set.of("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "X-DISASTER",
            "RETREAT", "AID", "X-MOVE");

    /** Whether events of a category happen somewhere in particular (an attack does, a statement does not). */
    static boolean isPhysical(String category) {
        return PHYSICAL.contains(category);
    }

    /** A place the article settles for its events: where it is, and the words that say so. */
    record Settled(Location location, Span span) {}

    private final AnnotatedArticle article;
    private final Map<Integer, List<PlaceFinder.PlaceName>> placeNames;
    private final Map<Toponym, Location> resolved;
    private final Optional<Settled> settled;
    private final WordRoles<Codebook.PlaceRole> words;

    ContextPlace(AnnotatedArticle article, Map<Integer, List<PlaceFinder.PlaceName>> placeNames,
                 Map<Toponym, Location> resolved, Optional<PlaceFinder.Dateline> dateline, PlaceKnowledge gazetteer,
                 WordRoles<Codebook.PlaceRole> words) {
        this.article = article;
        this.words = words;
        this.placeNames = placeNames;
        this.resolved = resolved;
        this.settled = settle(dateline, gazetteer);
    }

    /** The place the article settles for an event no nearer words place (a physical event only). */
    Optional<Settled> settled(Reading event) {
        return PHYSICAL.contains(event.category()) ? settled : Optional.empty();
    }

    /**
     * Whether a place name is a namesake rather than a nearer place than the one the article settles: a name only
     * the gazetteer took for a place (NER left it out) that lies in another country ("Eight Mile" read as a town in
     * China in a report datelined Detroit, "Ramada Hotel" as a town in Portugal), or a town whose name only shares
     * words with the name written ("Jefferson Park" read as Jefferson, "Kensington" as New Kensington) that lies
     * far from the settled town.
     */
    boolean isNamesake(Reading event, Toponym name, Location location, PlaceKnowledge gazetteer) {
        Optional<Settled> at = settled(event);
        if (at.isEmpty() || location == null || location.countryCode() == null
                || at.get().location().countryCode() == null) {
            return false;
        }
        Location home = at.get().location();
        if (!location.countryCode().equals(home.countryCode())) {
            return placeNames.values().stream().flatMap(List::stream)
                    .filter(n -> n.toponym().equals(name))
                    .anyMatch(n -> onlyTheGazetteerKnows(article.sentences().get(n.sentence()), n));
        }
        return sharesWordsOnly(location) && isTown(location, gazetteer) && isTown(home, gazetteer)
                && GeoMath.distanceKm(location.lat(), location.lon(), home.lat(), home.lon()) > FAR_KM;
    }

    /** How far from the settled town a town read from part of a name is taken for a namesake (the geoeval radius). */
    private static final double FAR_KM = 161;

    private static boolean isTown(Location location, PlaceKnowledge gazetteer) {
        return gazetteer.settlement(location).isPopulated() && location.lat() != null && location.lon() != null;
    }

    /** Whether the town's name and the name written differ, the words of one being among the other's. */
    private static boolean sharesWordsOnly(Location location) {
        if (location.extractedPlace() == null || location.resolvedPlace() == null) {
            return false;
        }
        Set<String> written = words(location.extractedPlace());
        Set<String> town = words(location.resolvedPlace());
        return !written.equals(town) && (written.containsAll(town) || town.containsAll(written));
    }

    private static Set<String> words(String name) {
        return Set.copyOf(Arrays.asList(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }

    /** Whether NER left every word of a place name unclassified (the gazetteer alone made it a place). */
    private static boolean onlyTheGazetteerKnows(Sentence s, PlaceFinder.PlaceName name) {
        for (int k = name.first(); k <= name.last(); k++) {
            String ner = s.token(k).ner();
            if (!ner.equals("O") && !ner.equals("MISC")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The dateline's place when it lies in the article's country or the article has none; else the article's
     * country: the one country that more than half of the article's resolved place names, two at least, lie in.
     */
    private Optional<Settled> settle(Optional<PlaceFinder.Dateline> dateline, PlaceKnowledge gazetteer) {
        Map<String, Integer> byCountry = new HashMap<>();
        Map<String, PlaceFinder.PlaceName> firstIn = new HashMap<>();
        PlaceFinder.PlaceName datelineName = null;
        int all = 0;
        for (int sentence = 0; sentence < article.sentences().size(); sentence++) {
            for (PlaceFinder.PlaceName name : placeNames.getOrDefault(sentence, List.of())) {
                Location location = resolved.get(name.toponym());
                if (dateline.isPresent() && name.toponym().begin() == dateline.get().begin()) {
                    datelineName = location == null ? null : name;
                }
                if (location == null || location.countryCode() == null) {
                    continue;
                }
                byCountry.merge(location.countryCode(), 1, Integer::sum);
                firstIn.putIfAbsent(location.countryCode(), name);
                all++;
            }
        }
        String country = null;
        for (Map.Entry<String, Integer> e : byCountry.entrySet()) {
            if (e.getValue() >= 2 && 2 * e.getValue() > all) {
                country = e.getKey();
            }
        }
        if (datelineName != null) {
            Location at = resolved.get(datelineName.toponym());
            if (country == null || country.equals(at.countryCode())) {
                return Optional.of(new Settled(at, spanOf(datelineName)));
            }
        }
        if (country == null) {
            return Optional.empty();
        }
        Optional<Settled> town = mainTown(country, gazetteer);
        if (town.isPresent()) {
            return town;
        }
        Span first = spanOf(firstIn.get(country));
        return gazetteer.country(country).map(location -> new Settled(location, first));
    }

    /**
     * The town an article without a dateline is about: of the towns it names in its country, the one named more
     * often than all others together (a local report names its town again and again, and the suspect's home or the
     * hospital's town once). It is nearer than the country, which no reader of local news takes for the place.
     */
    private Optional<Settled> mainTown(String country, PlaceKnowledge gazetteer) {
        Map<Long, Integer> mentions = new HashMap<>();
        Map<Long, PlaceFinder.PlaceName> firstOf = new HashMap<>();
        int all = 0;
        for (int sentence = 0; sentence < article.sentences().size(); sentence++) {
            for (PlaceFinder.PlaceName name : placeNames.getOrDefault(sentence, List.of())) {
                Location location = resolved.get(name.toponym());
                if (location == null || !gazetteer.settlement(location).isPopulated() || location.geonameid() == null
                        || !country.equals(location.countryCode())) {
                    continue;
                }
                mentions.merge(location.geonameid(), 1, Integer::sum);
                firstOf.putIfAbsent(location.geonameid(), name);
                all++;
            }
        }
        for (Map.Entry<Long, Integer> e : mentions.entrySet()) {
            if (2 * e.getValue() > all) {
                PlaceFinder.PlaceName name = firstOf.get(e.getKey());
                return Optional.of(new Settled(resolved.get(name.toponym()), spanOf(name)));
            }
        }
        return Optional.empty();
    }

    private Span spanOf(PlaceFinder.PlaceName name) {
        return Span.of(article, article.sentences().get(name.sentence()), name.first(), name.last());
    }

    /** The one place named in a locative phrase of the event's own sentence. */
    Optional<Reading.Place> inSentence(Reading event) {
        return PHYSICAL.contains(event.category()) ? onlyPlace(event.sentence()) : Optional.empty();
    }

    /** The one place named in a locative phrase of the sentence before the event's. */
    Optional<Reading.Place> inSentenceBefore(Reading event) {
        return PHYSICAL.contains(event.category()) && event.sentence() > 0 ? onlyPlace(event.sentence() - 1)
                : Optional.empty();
    }

    /**
     * Whether a place name stands in a locative phrase: after a locative preposition, also through "of" ("in the
     * province of Aydin"), or as a modifier of a noun that NER also takes for a location ("Nairobi police", but not
     * "Union leaders", though a town is called Union).
     */
    private boolean inPlace(Sentence s, int token) {
        String marker = Syntax.caseOf(s, token);
        int governor = Syntax.governor(s, token);
        if (marker.equals("of") && governor >= 0) {
            marker = Syntax.caseOf(s, governor);
        }
        return words.has(IN_PLACE, marker) || marker.isEmpty() && Syntax.relation(s, token).equals("compound")
                && governor >= 0 && s.token(governor).isNoun() && s.token(token).ner().equals("LOCATION");
    }

    private Optional<Reading.Place> onlyPlace(int sentence) {
        Sentence s = article.sentences().get(sentence);
        PlaceFinder.PlaceName only = null;
        for (PlaceFinder.PlaceName name : placeNames.getOrDefault(sentence, List.of())) {
            Location location = resolved.get(name.toponym());
            if (location == null || !inPlace(s, name.last())) {
                continue;
            }
            if (only != null && !Objects.equals(resolved.get(only.toponym()).resolvedPlace(), location.resolvedPlace())) {
                return Optional.empty();
            }
            only = only == null ? name : only;
        }
        return Optional.ofNullable(only)
                .map(name -> new Reading.Place(name.toponym(), Span.of(article, s, name.first(), name.last())));
    }
}
