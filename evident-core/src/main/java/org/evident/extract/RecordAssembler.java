package org.evident.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evident.geo.GeoMath;
import org.evident.geo.PlaceKnowledge;
import org.evident.geo.Settlement;
import org.evident.geo.Toponym;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.EventRecord.Evidence;
import org.evident.model.EventRecord.Location;
import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.LineLayout;
import org.evident.nlp.Sentence;

/**
 * Writes one merged group of mentions as an {@link EventRecord}: the strongest warning any mention gives, the most
 * specific place, the most precise date, the counts, and an evidence span for every value filled.
 */
final class RecordAssembler {

    private static final List<String> PRECISION_ORDER = List.of("day", "week", "month", "year");

    private final PlaceKnowledge gazetteer;
    private final Map<Toponym, Location> resolved;
    private final String genre;
    private final ContextPlace contextPlace;

    /** Place names and the town their own sentence puts them in ("Philadelphia's Kensington section"). */
    private final Map<String, Toponym> containers;

    RecordAssembler(PlaceKnowledge gazetteer, Map<Toponym, Location> resolved, String genre, ContextPlace contextPlace,
                    Map<String, Toponym> containers) {
        this.gazetteer = gazetteer;
        this.resolved = resolved;
        this.genre = genre;
        this.contextPlace = contextPlace;
        this.containers = containers;
    }

    EventRecord assemble(AnnotatedArticle annotated, Merger.Group group, int number,
                         List<ResponsibilityReader.Found> claims) {
        Article article = annotated.article();
        List<Reading> readings = group.readings;
        List<Evidence> evidence = new ArrayList<>();
        Reading first = readings.get(0);
        evidence.add(evidence("event", first.trigger().begin(), first.trigger().end(), annotated));

        Reading.Epistemic epistemic = strongest(readings, article.body());
        if (epistemic.cue() != null) {
            evidence.add(evidence("status", epistemic.cue()));
        }
        EventRecord.Source source = null;
        if (epistemic.source() != null) {
            source = new EventRecord.Source(epistemic.source().text(), epistemic.source().kind());
            evidence.add(evidence("source", epistemic.source().span()));
        }

        // its own place; else the one place of its sentence; else a national authority's country; else the one
        // place of the sentence before; else the place the article settles
        Location location = null;
        Reading.Place place = bestPlace(readings);
        if (place == null) {
            place = contextPlace.inSentence(first).orElse(null);
        }
        if (place == null) {
            Optional<Reading.Party> national = nationalActor(readings);
            if (national.isPresent()) {
                location = gazetteer.country(national.get().entity().code()).orElse(null);
                if (location != null) {
                    evidence.add(evidence("event_loc", national.get().span()));
                }
            }
        }
        if (place == null && location == null) {
            place = contextPlace.inSentenceBefore(first).orElse(null);
        }
        if (place != null) {
            location = resolved.getOrDefault(place.toponym(), Location.unresolved(place.toponym().name()));
            Toponym container = containers.get(place.toponym().name());
            location = inTown(location, container == null ? null : resolved.get(container), gazetteer);
            evidence.add(evidence("event_loc", place.span()));
        }
        Optional<ContextPlace.Settled> settled = contextPlace.settled(first);
        if (settled.isPresent() && (location == null || location.lat() == null
                || holds(location, settled.get().location())
                || place != null && contextPlace.isNamesake(first, place.toponym(), location, gazetteer))) {
            // nothing nearer: where the article settles its events (its dateline, or its one country); a country
            // or province named for the event is no nearer than the dateline town inside it, nor is a name no
            // gazetteer holds (a street, a building, a club), which lies somewhere in it, nor a
            // namesake far away
            if (location != null) {
                evidence.removeIf(e -> e.field().equals("event_loc"));
            }
            location = settled.get().location();
            evidence.add(evidence("event_loc", settled.get().span()));
        }
        if (location != null) {
            location = townHolding(location, resolved.values(), gazetteer);
        }

        String date = null;
        EventRecord.DateInfo dateInfo = null;
        Reading.Time time = bestTime(readings);
        if (time != null) {
            DateRange range = time.range();
            date = range.best().toString();
            dateInfo = new EventRecord.DateInfo(time.span().text(), range.earliest().toString(),
                    range.latest().toString(), range.precision(), "text");
            evidence.add(evidence("date", time.span()));
        } else if (article.published() != null && happened(epistemic.status())) {
            // News tells of what just happened: with no date in the text, the publication day is the best single
            // day PLOVER asks for, marked as such so that analysts can filter it out.
            date = article.published().toString();
            dateInfo = new EventRecord.DateInfo(null, null, date, "unknown", "publication");
        }

        Integer[] size = new Integer[3];
        EventRecord.Count[] info = new EventRecord.Count[3];
        String[] roles = {"dead", "injured", "arrested"};
        for (int k = 0; k < roles.length; k++) {
            Reading.Count count = bestCount(readings, roles[k]);
            if (k == 1 && count == null) {
                count = injuredByHarm(readings, bestCount(readings, "dead"));
            }
            if (count != null) {
                size[k] = count.value();
                info[k] = new EventRecord.Count(count.span().text(), count.min(), count.max(), count.qualifier());
                evidence.add(evidence("size." + roles[k], count.span()));
            }
        }

        List<EventRecord.Entity> actors = parties(readings, true, evidence, "actor");
        List<EventRecord.Entity> recipients = parties(readings, false, evidence, "recipient");

        EventRecord.Forecast forecast = null;
        if (epistemic.status() == Status.PREDICTED) {
            for (Reading r : readings) {
                if (r.forecast() != null) {
                    forecast = new EventRecord.Forecast(r.forecast().text(), r.forecast().horizon(),
                            r.forecast().by().toString());
                    evidence.add(evidence("forecast", r.forecast().span()));
                    break;
                }
            }
        }

        List<EventRecord.Responsibility> responsibility = new ArrayList<>();
        for (ResponsibilityReader.Found claim : claims) {
            EventRecord.Entity entity = claim.party().entity();
            responsibility.add(new EventRecord.Responsibility(entity.entityText(), entity.identifierText(),
                    claim.status()));
            evidence.add(evidence("responsibility", claim.cue()));
        }

        if (responsibility.isEmpty() && epistemic.source() != null && group.category().equals("ASSAULT")
                && (epistemic.status() == Status.CLAIMED || epistemic.status() == Status.ASSERTED && readings.stream()
                        .anyMatch(r -> r.status() == Status.CLAIMED && r.epistemic().source() == epistemic.source()))) {
            // "the group said its fighters had killed 20": the claim of the act is a claim of responsibility
            responsibility.add(new EventRecord.Responsibility(epistemic.source().text(), null, "CLAIMED"));
            evidence.add(evidence("responsibility", epistemic.source().span()));
        }
        if (group.category().equals("ASSAULT")) {
            actorResponsibility(readings, responsibility, evidence);
        }
        List<EventRecord.Mention> mentions = mentions(annotated, group);
        EventRecord.Mention firstMention = mentions.get(0);
        Sentence firstSentence = annotated.sentences().get(firstMention.sequence());
        Set<String> modes = new LinkedHashSet<>();
        Set<String> contexts = new LinkedHashSet<>();
        readings.forEach(r -> {
            modes.addAll(r.modes());
            contexts.addAll(r.contexts());
        });
        List<String> eventText = mentions.stream().map(EventRecord.Mention::sequence).distinct().limit(3)
                .map(i -> sentenceText(annotated, annotated.sentences().get(i))).toList();
        String id = "evd-" + article.id() + "-" + String.format("%04d", number);
        return new EventRecord(id, article.id(), date, null, dateInfo, List.of(group.category()),
                List.copyOf(modes), List.copyOf(contexts), actors, recipients, location,
                new EventRecord.Size(size[0], size[1], size[2]), new EventRecord.SizeInfo(info[0], info[1], info[2]),
                eventText, new EventRecord.TextInfo(firstSentence.index(), firstSentence.begin(), firstSentence.end()),
                new EventRecord.CiteInfo(article.title(), article.url(), article.source(), article.language(), genre,
                        EventExtractor.CODER),
                epistemic.status(), source, responsibility, forecast, evidence, mentions,
                confidence(readings, location, time, epistemic.status()));
    }

    /**
     * "Boko Haram fighters stormed the school", "police said the Taliban attacked the checkpoint": an attack one of
     * its mentions tells a named armed group carried out is that group's, as the mention tells it (ASSERTED in the
     * text's own voice, ALLEGED by a speaker). A group already held responsible is not added twice.
     */
    private static void actorResponsibility(List<Reading> readings, List<EventRecord.Responsibility> responsibility,
                                            List<Evidence> evidence) {
        for (Reading r : readings) {
            String status = r.status() == Status.ASSERTED ? "ASSERTED" : r.status() == Status.REPORTED ? "ALLEGED" : null;
            if (status == null || !r.category().equals("ASSAULT")) {
                continue;
            }
            for (Reading.Party actor : r.actors()) {
                EventRecord.Entity group = actor.entity();
                if (actor.isNamedArmedGroup() && responsibility.stream().noneMatch(known -> sameParty(known, group))) {
                    responsibility.add(new EventRecord.Responsibility(group.entityText(), group.identifierText(), status));
                    evidence.add(evidence("responsibility", actor.span()));
                }
            }
        }
    }

    private static boolean sameParty(EventRecord.Responsibility known, EventRecord.Entity group) {
        return group.identifierText().equals(known.identifierText()) || group.entityText().equals(known.entityText());
    }

    /** How far from a town's point its sections lie at most (Northridge is 33 km from Los Angeles's). */
    static final double SECTION_REACH_KM = 40;

    /**
     * A section of a town ("Rogers Park", "North Hollywood") is told as part of the town the article names, when it
     * names one within {@value #SECTION_REACH_KM} km: the record's place is that town, as written for the section.
     * An analyst counts a Chicago shooting in Chicago, whichever neighbourhood the gazetteer holds. Only a seat of
     * government holds sections (a capital, a seat of a province, a county or a part of one: Chicago, not the suburb
     * whose hospital the victim was taken to); of several, the highest in rank, then the nearest.
     */
    static Location townHolding(Location place, Collection<Location> named, PlaceKnowledge gazetteer) {
        if (gazetteer.settlement(place) != Settlement.SECTION || place.lat() == null) {
            return place;
        }
        Location town = null;
        Settlement highest = null;
        double nearest = SECTION_REACH_KM;
        for (Location other : named) {
            Settlement seat = gazetteer.settlement(other);
            if (!seat.isSeat() || other.lat() == null) {
                continue;
            }
            double km = GeoMath.distanceKm(place.lat(), place.lon(), other.lat(), other.lon());
            boolean better = highest == null || seat.compareTo(highest) > 0 || seat == highest && km < nearest;
            if (km < SECTION_REACH_KM && better) {
                nearest = km;
                highest = seat;
                town = other;
            }
        }
        return town == null ? place : town.writtenAs(place.extractedPlace());
    }

    /**
     * A place its sentence puts in a town ("Philadelphia's Kensington section") is told as that town, as written for
     * the place: the gazetteer's namesake elsewhere (New Kensington) is not it, and a district it does hold lies in
     * the town anyway. A container that is no town (a county, a state) leaves the place as it is.
     */
    static Location inTown(Location place, Location town, PlaceKnowledge gazetteer) {
        if (town == null || !gazetteer.settlement(town).isPopulated() || town.lat() == null) {
            return place;
        }
        return town.writtenAs(place.extractedPlace());
    }

    /** A country or province that holds a finer place: the same country, and the same province if one is named. */
    private static boolean holds(Location coarse, Location fine) {
        int coarseLevel = coarse.resolution() == null ? 4 : coarse.resolution();
        int fineLevel = fine.resolution() == null ? 4 : fine.resolution();
        if (coarseLevel > 2 || fineLevel <= coarseLevel || coarse.countryCode() == null
                || !coarse.countryCode().equals(fine.countryCode())) {
            return false;
        }
        return coarseLevel == 1 || coarse.resolvedPlace() != null && coarse.resolvedPlace().equals(fine.province());
    }

    /** Statuses under which the event is told as having happened. */
    private static boolean happened(Status status) {
        return status == Status.ASSERTED || status == Status.REPORTED || status == Status.CLAIMED
                || status == Status.UNVERIFIED;
    }

    /**
     * The strongest warning any mention gives, with the source and cue of a mention that gives it. Once a source
     * has been named for the event, a later mention's hedge questions a detail ("civilians may also have been
     * injured", "it was not clear if all five were killed at the castle"), not the event.
     */
    static Reading.Epistemic strongest(List<Reading> readings, String body) {
        Reading.Epistemic best = readings.get(0).epistemic();
        boolean bestInHeading = isHeading(readings.get(0), body);
        boolean attributed = false;
        for (Reading r : readings) {
            boolean hedge = r.status() == Status.HYPOTHETICAL || r.status() == Status.UNVERIFIED;
            if (attributed && hedge) {
                continue;
            }
            attributed |= (r.status() == Status.REPORTED || r.status() == Status.CLAIMED) && r.epistemic().source() != null;
            Reading.Epistemic e = r.epistemic();
            if (e.status().ordinal() > best.status().ordinal()
                    || e.status() == best.status() && best.source() == null && e.source() != null) {
                best = e;
                bestInHeading = isHeading(r, body);
            } else if (e.status() == best.status() && e.source() != null && bestInHeading && !isHeading(r, body)) {
                // a headline shortens its speaker ("Nigeria Says …"); the story names the one who spoke
                best = e;
                bestInHeading = false;
            }
        }
        if ((best.status() == Status.REPORTED || best.status() == Status.CLAIMED) && toldPlainlyFirst(readings, body)) {
            // the text first tells the event in its own voice; a later "police said the gunman fired from the
            // 32nd floor" attributes a detail, not the event, and a later "IS claimed the attack" claims the act as
            // the group's own (its responsibility), not that it happened
            return new Reading.Epistemic(Status.ASSERTED, best.source(), null);
        }
        if (best.source() == null) {
            for (Reading r : readings) {
                if (r.epistemic().source() != null && r.status() != Status.ASSERTED) {
                    return new Reading.Epistemic(best.status(), r.epistemic().source(), best.cue());
                }
            }
        }
        return best;
    }

    /**
     * Every mention in the first sentence that tells of the event is a plain assertion, with no cue at all. A
     * headline or heading does not count: it drops the attribution its lead gives ("Missile fired over Japan" over
     * "Officials confirmed another missile test").
     */
    private static boolean toldPlainlyFirst(List<Reading> readings, String body) {
        int lead = readings.stream().filter(r -> !isHeading(r, body)).findFirst().orElse(readings.get(0)).sentence();
        return readings.stream().filter(r -> r.sentence() == lead)
                .allMatch(r -> r.status() == Status.ASSERTED && r.epistemic().cue() == null);
    }

    private static boolean isHeading(Reading r, String body) {
        Sentence s = r.trigger().sentence();
        return LineLayout.isHeadingSpan(body, s.begin(), s.end());
    }

    /** The most specific resolved place; an unresolved one only when nothing resolved. */
    private Reading.Place bestPlace(List<Reading> readings) {
        Reading.Place best = null;
        int bestLevel = -1;
        for (Reading r : readings) {
            if (r.place() == null) {
                continue;
            }
            Location location = resolved.get(r.place().toponym());
            int level = location == null ? 0 : location.resolution() == null ? 1 : location.resolution();
            if (level > bestLevel) {
                best = r.place();
                bestLevel = level;
            }
        }
        return best;
    }

    /** A national authority acting inside its own country ("Turkish authorities arrested …"). */
    private static Optional<Reading.Party> nationalActor(List<Reading> readings) {
        for (Reading r : readings) {
            if (!r.category().equals("COERCE") && !r.category().equals("MOBILIZE")) {
                continue;
            }
            for (Reading.Party p : r.actors()) {
                String code = p.entity().code();
                String sector = p.entity().sector();
                if (code != null && code.length() == 3 && !Set.of("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")
                        .contains(code) && sector != null && Set.of("GOV", "COP", "MIL", "JUD").contains(sector)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static Reading.Time bestTime(List<Reading> readings) {
        return readings.stream().filter(r -> r.time() != null).map(Reading::time)
                .min(Comparator.comparingInt(t -> PRECISION_ORDER.indexOf(t.range().precision())))
                .orElse(null);
    }

    /** The count of a role from mentions that tell it happened; the largest lower bound wins. */
    private static Reading.Count bestCount(List<Reading> readings, String role) {
        Reading.Count best = null;
        for (Reading r : readings) {
            Reading.Count c = r.counts().get(role);
            if (c == null || r.status() == Status.NEGATED || r.status() == Status.HYPOTHETICAL
                    || r.status() == Status.PREDICTED) {
                continue;
            }
            if (best == null || c.floor() > best.floor()) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The injured the text gives as people harmed ("five people were shot"): all of them when it tells of no
     * death, else those harmed beyond the dead ("five were shot, two fatally"), when both are exact.
     */
    private static Reading.Count injuredByHarm(List<Reading> readings, Reading.Count dead) {
        Reading.Count hit = bestCount(readings, SizeFinder.HIT);
        if (hit == null || hit.value() == null) {
            return null;
        }
        if (dead == null) {
            return hit;
        }
        if (dead.value() == null || hit.value() <= dead.value()) {
            return null;
        }
        int injured = hit.value() - dead.value();
        return new Reading.Count(injured, injured, injured, null, hit.span());
    }

    private static List<EventRecord.Entity> parties(List<Reading> readings, boolean actors, List<Evidence> evidence,
                                                    String field) {
        Map<String, EventRecord.Entity> unique = new LinkedHashMap<>();
        for (Reading r : readings) {
            for (Reading.Party p : actors ? r.actors() : r.recipients()) {
                String key = p.entity().identifierText() != null ? p.entity().identifierText() : p.entity().entityText();
                if (unique.putIfAbsent(key, p.entity()) == null) {
                    evidence.add(evidence(field, p.span()));
                }
            }
        }
        return List.copyOf(unique.values());
    }

    private static List<EventRecord.Mention> mentions(AnnotatedArticle article, Merger.Group group) {
        Map<Integer, EventRecord.Mention> byStart = new LinkedHashMap<>();
        for (Reading r : group.readings) {
            TriggerMatch t = r.trigger();
            byStart.putIfAbsent(t.begin(), new EventRecord.Mention(t.sentence().index(), t.begin(), t.end(),
                    article.text(t.begin(), t.end())));
        }
        for (Span extra : group.extraMentions) {
            int sentence = sentenceOf(article, extra.begin());
            byStart.putIfAbsent(extra.begin(), new EventRecord.Mention(sentence, extra.begin(), extra.end(), extra.text()));
        }
        List<EventRecord.Mention> mentions = new ArrayList<>(byStart.values());
        mentions.sort(Comparator.comparingInt(EventRecord.Mention::start));
        return mentions;
    }

    private static int sentenceOf(AnnotatedArticle article, int offset) {
        for (Sentence s : article.sentences()) {
            if (offset >= s.begin() && offset < s.end()) {
                return s.index();
            }
        }
        return 0;
    }

    private static String sentenceText(AnnotatedArticle article, Sentence s) {
        return article.text(s.begin(), s.end()).replaceAll("\\s+", " ");
    }

    /** A rough belief that the record is right: more anchored mentions, a place, a date. */
    private static double confidence(List<Reading> readings, Location location, Reading.Time time, Status status) {
        double score = 0.45;
        score += Math.min(0.2, 0.05 * readings.size());
        if (location != null && location.lat() != null) {
            score += 0.1;
        }
        if (time != null) {
            score += 0.1;
        }
        if (readings.stream().anyMatch(r -> r.trigger().isVerbal())) {
            score += 0.05;
        }
        if (status == Status.HYPOTHETICAL || status == Status.UNVERIFIED) {
            score -= 0.05;
        }
        return Math.round(Math.min(0.95, score) * 100) / 100.0;
    }

    private static Evidence evidence(String field, Span span) {
        return new Evidence(field, span.begin(), span.end(), span.text());
    }

    private static Evidence evidence(String field, int begin, int end, AnnotatedArticle article) {
        return new Evidence(field, begin, end, article.text(begin, end));
    }

}
