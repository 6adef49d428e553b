package org.evident.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.evident.geo.GeoMath;
import org.evident.geo.Toponym;
import org.evident.model.EventRecord.Location;
import org.evident.model.Status;
import org.evident.nlp.Dependency;
import org.evident.nlp.LineLayout;
import org.evident.nlp.Sentence;

/**
 * In-article merging: mentions of one real event become one group. Within a sentence, triggers the parse links
 * (a killing "in a shooting rampage", "the blast killed 13 and wounded 56") are one event; conjoined nouns ("bombings
 * in Kabul, the Herat shooting, another attack in Kandahar") stay apart. Across sentences a mention joins an
 * earlier event of its category when nothing contradicts it (place within 50 km or inside the same country, dates
 * overlapping, no other named actor) and something supports it: it points back ("the attack", "Sunday's attack"),
 * shares the place, date or actor, or gives no place or date of its own. "Another attack", "a fourth", "previous
 * attacks" never join an earlier event, nor does one set "before" or "after" another in its sentence; forecasts
 * join only forecasts of the same source; what is negated joins only what is negated; state forces and the armed
 * groups they fight are never one actor. Of the events a mention may join, one told earlier in its own sentence
 * comes first.
 */
final class Merger {

    private static final double SAME_PLACE_KM = 50;

    /** Relations along which two triggers of one category tell one event. */
    private static final Set<String> SAME_EVENT = Set.of("nsubj", "nsubj:pass", "obl", "obj", "advcl", "acl",
            "acl:relcl", "nmod", "xcomp");

    /** One event of the article: its mentions' readings in text order, with extra mention spans. */
    static final class Group {
        final List<Reading> readings = new ArrayList<>();
        final List<Span> extraMentions = new ArrayList<>();

        Reading first() {
            return readings.get(0);
        }

        String category() {
            return first().category();
        }
    }

    private final Map<Toponym, Location> resolved;
    private final Map<Reading, Setting> settings = new IdentityHashMap<>();

    /** Where and when a mention is set: its own place and time, or those its paragraph gives the event before it. */
    private record Setting(Reading.Place place, Reading.Time time) {}

    private final String body;
    /** Whether each line of the body is a paragraph; in wrapped text a short line is no heading. */
    private final boolean linePerParagraph;

    /** The codebook a mention's predicate is read with (cues.tsv LIGHT_VERB). */
    private final Codebook codebook;

    Merger(Codebook codebook, Map<Toponym, Location> resolved, String body) {
        this.codebook = codebook;
        this.resolved = resolved;
        this.body = body;
        this.linePerParagraph = LineLayout.linePerParagraph(body);
    }

    List<Group> merge(List<Reading> readings, Map<Reading, List<Span>> extraMentions) {
        for (Reading r : readings) {
            settings.put(r, new Setting(r.place(), r.time()));
        }
        for (int i = 0; i < readings.size(); i++) {
            settings.put(readings.get(i), paragraphSetting(readings, i));
        }
        List<List<Reading>> units = linkWithinSentences(readings);
        List<Group> groups = new ArrayList<>();
        for (List<Reading> unit : units) {
            Group target = choose(groups, unit);
            if (target == null) {
                target = new Group();
                groups.add(target);
            }
            target.readings.addAll(unit);
            for (Reading r : unit) {
                target.extraMentions.addAll(extraMentions.getOrDefault(r, List.of()));
            }
        }
        return groups;
    }

    /**
     * A paragraph keeps its setting: a plain mention without a place or time of its own takes those of the event of
     * its kind told last before it in the same paragraph ("A student goes on a rampage at a university in Blacksburg
     * in April. He kills 32 people …"), so it is no evidence for the article's main event elsewhere. A mention that
     * points back ("the attack") keeps to what it points at.
     */
    private Setting paragraphSetting(List<Reading> readings, int index) {
        Reading r = readings.get(index);
        Setting own = settings.get(r);
        if (r.reference() == Reading.Reference.ANAPHORIC || isSpeech(r) || own.place() != null && own.time() != null) {
            return own;
        }
        Reading.Place place = own.place();
        Reading.Time time = own.time();
        if (isHeading(r)) {
            // a heading tells the item below it ("Florida club: 49 killed" over "A gunman opens fire … in Orlando")
            for (int i = index + 1; i < readings.size() && (place == null || time == null); i++) {
                Reading below = readings.get(i);
                if (below.trigger().begin() > endOfNextParagraph(r.trigger().begin())) {
                    break;
                }
                if (below.category().equals(r.category()) && below.sentence() != r.sentence()) {
                    place = place != null ? place : below.place();
                    time = time != null ? time : below.time();
                }
            }
            return new Setting(place, time);
        }
        for (int i = index - 1; i >= 0 && (place == null || time == null); i--) {
            Reading before = readings.get(i);
            if (!sameParagraph(before, r)) {
                break;
            }
            if (!before.category().equals(r.category()) || before.sentence() == r.sentence()) {
                continue; // within a sentence, the parse says what is one event
            }
            Setting setting = settings.get(before);
            place = place != null ? place : setting.place();
            time = time != null ? time : setting.time();
        }
        return new Setting(place, time);
    }

    /** Words on a line of their own, without a final stop, over a paragraph: a heading or a headline. */
    private boolean isHeading(Reading r) {
        if (!linePerParagraph) {
            return false;
        }
        int start = body.lastIndexOf('\n', r.trigger().begin()) + 1;
        int end = body.indexOf('\n', r.trigger().begin());
        if (end < 0 || !hasTextAfter(end)) {
            return false;
        }
        return LineLayout.isHeading(body.substring(start, end));
    }

    private boolean hasTextAfter(int offset) {
        for (int i = offset; i < body.length(); i++) {
            if (!Character.isWhitespace(body.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The end of the paragraph after the line holding {@code offset} (blank lines between them skipped). */
    private int endOfNextParagraph(int offset) {
        int next = body.indexOf('\n', offset);
        while (next >= 0 && next + 1 < body.length() && body.charAt(next + 1) == '\n') {
            next++;
        }
        int end = next < 0 ? -1 : body.indexOf('\n', next + 1);
        return end < 0 ? body.length() : end;
    }

    private boolean sameParagraph(Reading earlier, Reading later) {
        int from = Math.min(earlier.trigger().sentence().begin(), later.trigger().sentence().begin());
        int to = Math.max(earlier.trigger().sentence().begin(), later.trigger().sentence().begin());
        int lineBreak = body.indexOf('\n', from);
        return lineBreak < 0 || lineBreak >= to;
    }

    private Reading.Place placeOf(Reading r) {
        return settings.get(r).place();
    }

    private Reading.Time timeOf(Reading r) {
        return settings.get(r).time();
    }

    /** Units of readings the parse ties together in one sentence. */
    private List<List<Reading>> linkWithinSentences(List<Reading> readings) {
        Map<Reading, List<Reading>> unitOf = new LinkedHashMap<>();
        for (Reading r : readings) {
            unitOf.put(r, new ArrayList<>(List.of(r)));
        }
        for (Reading a : readings) {
            for (Reading b : readings) {
                if (a == b || a.sentence() != b.sentence() || !a.category().equals(b.category())
                        || unitOf.get(a) == unitOf.get(b) || isSpeech(a) || differentPolarity(a, b)
                        || !linked(a, b)) {
                    continue;
                }
                List<Reading> merged = unitOf.get(a);
                for (Reading moved : unitOf.get(b)) {
                    merged.add(moved);
                    unitOf.put(moved, merged);
                }
            }
        }
        List<List<Reading>> units = new ArrayList<>();
        for (List<Reading> unit : unitOf.values()) {
            if (!units.contains(unit)) {
                unit.sort((x, y) -> x.trigger().begin() - y.trigger().begin());
                units.add(unit);
            }
        }
        return units;
    }

    /**
     * Two clauses of one sentence, one negated: "the attack killed five, but no officers were injured". A noun the
     * negated verb governs is that verb's event ("never signed the ceasefire").
     */
    private static boolean differentPolarity(Reading a, Reading b) {
        return isNegated(a) != isNegated(b) && isVerb(a) && isVerb(b);
    }

    private static boolean isVerb(Reading r) {
        return r.trigger().sentence().token(r.trigger().head()).isVerb();
    }

    private static boolean isSpeech(Reading r) {
        return r.category().equals("X-STATEMENT") || r.category().equals("THREATEN");
    }

    /**
     * b's trigger is a dependent of a's, by a relation that keeps one event; verbs in a conjunction share it too,
     * and so does a toll participle after a comma ("…, killing four").
     */
    private boolean linked(Reading a, Reading b) {
        Sentence s = a.trigger().sentence();
        int head = a.trigger().head();
        int dependent = b.trigger().head();
        for (Dependency d : s.childrenOf(head)) {
            if (d.dependent() != dependent) {
                continue;
            }
            if (SAME_EVENT.contains(d.relation()) || SAME_EVENT.contains(d.baseRelation())) {
                return true; // "in another attack, gunmen fired on …": one new event
            }
            if (Syntax.isSharedSubjectConjunct(s, dependent)) {
                return true; // "killed 13 and wounded 56", a headline's "shot, killed"
            }
        }
        // "gunmen carried out a series of attacks in Jordan, …, killing four": a trailing participle without a subject
        // tells the toll of the event before it, wherever the parser hangs it
        return a.trigger().last() < dependent && s.token(dependent).pos().equals("VBG")
                && codebook.mentionWords().has(Codebook.MentionRole.TOLL_VERB, s.token(dependent).lemma())
                && s.children(dependent, "nsubj").isEmpty()
                && dependent > 0 && s.token(dependent - 1).text().equals(",");
    }

    /**
     * The earlier group a unit belongs to, or null for a new event. Of the groups it may join, the one sharing most
     * (place, date, actor) wins; then the one mentioned most; then the most recent.
     */
    private Group choose(List<Group> groups, List<Reading> unit) {
        Reading lead = unit.get(0);
        if (lead.category().equals("X-STATEMENT")) {
            return sameSpeaker(groups, lead);
        }
        boolean anaphoric = unit.stream().anyMatch(r -> r.reference() == Reading.Reference.ANAPHORIC);
        if (MentionReader.SPEECH_ACTS.contains(lead.category()) && !anaphoric && speakerKey(lead) != null) {
            // "The White House condemned …", "Ban Ki-moon also condemned …": two condemnations
            String speaker = speakerKey(lead);
            for (int i = groups.size() - 1; i >= 0; i--) {
                Group group = groups.get(i);
                if (group.category().equals(lead.category()) && speaker.equals(speakerKey(group.first()))
                        && compatible(group, unit)) {
                    return group;
                }
            }
            return null;
        }
        if (isSpeech(lead) && !anaphoric) {
            return null; // statements stand alone; "this threat" still points back at the threat made
        }
        if (unit.stream().anyMatch(r -> r.reference() == Reading.Reference.NEW)) {
            return headingOver(groups, unit);
        }
        Group best = null;
        int bestScore = -1;
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group group = groups.get(i);
            if (!group.category().equals(lead.category()) || !compatible(group, unit) || !supported(group, unit)) {
                continue;
            }
            int score = 4 * shared(group, unit) + Math.min(3, group.readings.size())
                    + (inSentenceOf(group, lead) ? 8 : 0);
            if (score > bestScore) {
                best = group;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * "Another attack" is a new event, but not new to the heading over it: a group told only in headings ("North
     * Korea Fires Another Missile Over Japan") is the event of its kind told first below it ("officials confirmed
     * another missile test"). Null when there is no such heading.
     */
    private Group headingOver(List<Group> groups, List<Reading> unit) {
        Reading lead = unit.get(0);
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group group = groups.get(i);
            if (!group.category().equals(lead.category())) {
                continue;
            }
            // the nearest earlier group of the kind: a heading only if nothing of the kind came between
            boolean heading = group.readings.stream().allMatch(this::inHeadingSentence)
                    && group.readings.get(group.readings.size() - 1).sentence() < lead.sentence();
            return heading && compatible(group, unit) ? group : null;
        }
        return null;
    }

    /** A mention in a sentence that is a heading or headline, in either line layout. */
    private boolean inHeadingSentence(Reading r) {
        Sentence s = r.trigger().sentence();
        return LineLayout.isHeadingSpan(body, s.begin(), s.end());
    }

    /**
     * An event told earlier in the same sentence is the nearest thing a mention can mean ("opens fire in a club in
     * Orlando … and kills 49"): nearer than the article's main event, however often that is named.
     */
    private static boolean inSentenceOf(Group group, Reading r) {
        return group.readings.stream().anyMatch(g -> g.sentence() == r.sentence());
    }

    /**
     * What one speaker says across an article is one statement ("Assad said …", "he said …", "Assad said"):
     * statements join the earlier statement of the same speaker, forecasts only forecasts.
     */
    private static Group sameSpeaker(List<Group> groups, Reading statement) {
        String speaker = speakerKey(statement);
        if (speaker == null) {
            return null;
        }
        for (Group group : groups) {
            Reading first = group.first();
            if (first.category().equals("X-STATEMENT") && speaker.equals(speakerKey(first))
                    && (first.status() == Status.PREDICTED) == (statement.status() == Status.PREDICTED)) {
                return group;
            }
        }
        return null;
    }

    /** The last capitalised word of a source ("Syrian President Bashar Assad" → "Assad"). */
    static String speakerKey(Reading r) {
        if (r.epistemic().source() == null) {
            return null;
        }
        String key = null;
        for (String word : r.epistemic().source().text().split("[\\s,]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                key = word.replaceAll("[’']s$", "");
            }
        }
        return key;
    }

    /** How many of place, date and actor a unit shares with a group. */
    private int shared(Group group, List<Reading> unit) {
        boolean place = false;
        boolean date = false;
        boolean actor = false;
        for (Reading a : group.readings) {
            for (Reading b : unit) {
                place |= placeOf(a) != null && placeOf(b) != null && samePlace(placeOf(a), placeOf(b));
                date |= timeOf(a) != null && timeOf(b) != null && timeOf(a).range().overlaps(timeOf(b).range());
                actor |= sharesActor(a, b);
            }
        }
        return (place ? 1 : 0) + (date ? 1 : 0) + (actor ? 1 : 0);
    }

    private boolean compatible(Group group, List<Reading> unit) {
        boolean predicted = unit.stream().anyMatch(r -> r.status() == Status.PREDICTED);
        boolean groupPredicted = group.readings.stream().anyMatch(r -> r.status() == Status.PREDICTED);
        if (predicted != groupPredicted) {
            return false;
        }
        if (predicted && !Objects.equals(sourceText(group.readings), sourceText(unit))) {
            return false;
        }
        if (unit.stream().anyMatch(this::isIrrealis) != group.readings.stream().anyMatch(this::isIrrealis)
                || unit.stream().anyMatch(Merger::isVerb)
                && unit.stream().anyMatch(Merger::isNegated) != group.readings.stream().anyMatch(Merger::isNegated)) {
            return false; // a clause of its own that says the opposite; a noun is as negated as the verb over it
        }
        for (Reading a : group.readings) {
            for (Reading b : unit) {
                if (!a.modes().isEmpty() && !b.modes().isEmpty() && a.modes().stream().noneMatch(b.modes()::contains)
                        && !a.category().equals("ASSAULT")) {
                    return false; // an arrest and a state of emergency are two coercions
                }
                if (placeOf(a) != null && placeOf(b) != null && !samePlace(placeOf(a), placeOf(b))
                        && isMapped(placeOf(a)) == isMapped(placeOf(b))) {
                    return false;
                }
                if (timeOf(a) != null && timeOf(b) != null && !timeOf(a).range().overlaps(widen(timeOf(b).range()))) {
                    return false;
                }
                if (conflictingActors(a, b) || ordered(a, b) || ordered(b, a)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "a meeting at the White House days before the president's meeting": a mention that hangs on another in its
     * sentence through a word that sets it before or after that one (cues.tsv ORDERING, as the word itself or as
     * the preposition of a noun on the way) is another event than that one. A clause so marked ("kills his mother
     * before blasting his way into the school") may be a later step of the same event, so it is left to the rest.
     */
    private boolean ordered(Reading later, Reading anchor) {
        if (later.sentence() != anchor.sentence()) {
            return false;
        }
        Sentence s = later.trigger().sentence();
        boolean marked = false;
        int current = later.trigger().head();
        for (int step = 0; step < 3 && current >= 0; step++) {
            marked |= isOrdering(s, current) || s.childrenOf(current).stream()
                    .anyMatch(d -> d.baseRelation().equals("case") && isOrdering(s, d.dependent()));
            current = Syntax.governor(s, current);
            if (current == anchor.trigger().head()) {
                return marked;
            }
        }
        return false;
    }

    private boolean isOrdering(Sentence s, int token) {
        return codebook.isCue(Codebook.CueRole.ORDERING, s.token(token).lemma());
    }

    /**
     * A possibility about the future ("may be destroyed") is a different event from what happened; a possibility
     * about the past ("could have fled") is a hedge on what happened.
     */
    private boolean isIrrealis(Reading r) {
        if (r.status() != Status.HYPOTHETICAL) {
            return false;
        }
        Sentence s = r.trigger().sentence();
        int predicate = EpistemicReader.predicateOf(codebook, s, r.trigger().head());
        return !Syntax.hasChildLemma(s, predicate, "aux", Set.of("have"));
    }

    /**
     * What did not happen ("no officers were injured", "the device did not go off") is no mention of what did: it
     * never joins the event it is said of, and never makes that event NEGATED.
     */
    private static boolean isNegated(Reading r) {
        return r.status() == Status.NEGATED;
    }

    private static DateRange widen(DateRange range) {
        return new DateRange(range.earliest().minusDays(1), range.latest().plusDays(1), range.precision());
    }

    private static String sourceText(List<Reading> readings) {
        for (Reading r : readings) {
            if (r.epistemic().source() != null) {
                return r.epistemic().source().text();
            }
        }
        return null;
    }

    /** Sectors of the state's armed force, and of armed groups against it (PLOVER sector codes). */
    private static final Set<String> STATE_FORCES = Set.of("GOV", "MIL", "COP");
    private static final Set<String> ARMED_OPPONENTS = Set.of("REB", "UAF", "INS");

    /**
     * Two named actors that differ ("IS" vs "the PKK"), or actors on opposite sides of a fight: government shelling
     * and rebel shelling, an attack and the police shooting the attacker, are two events.
     */
    private static boolean conflictingActors(Reading a, Reading b) {
        for (Reading.Party x : a.actors()) {
            for (Reading.Party y : b.actors()) {
                String idX = x.entity().identifierText();
                String idY = y.entity().identifierText();
                if (idX != null && idY != null && !idX.equals(idY) || opposed(x.entity().sector(), y.entity().sector())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean opposed(String x, String y) {
        return x != null && y != null && (STATE_FORCES.contains(x) && ARMED_OPPONENTS.contains(y)
                || ARMED_OPPONENTS.contains(x) && STATE_FORCES.contains(y));
    }

    private boolean supported(Group group, List<Reading> unit) {
        for (Reading b : unit) {
            if (b.reference() == Reading.Reference.ANAPHORIC) {
                return true;
            }
            boolean hasOwnAnchor = placeOf(b) != null || timeOf(b) != null;
            if (!hasOwnAnchor && !hasOtherActor(group, b)) {
                return true;
            }
            for (Reading a : group.readings) {
                if (placeOf(a) != null && placeOf(b) != null && samePlace(placeOf(a), placeOf(b))
                        || timeOf(a) != null && timeOf(b) != null && timeOf(a).range().overlaps(timeOf(b).range())
                        || sharesActor(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** b names a non-pronoun actor and the group has actors, none of them the same. */
    private boolean hasOtherActor(Group group, Reading b) {
        List<Reading.Party> own = b.actors().stream().filter(p -> !codebook.isPronounText(p.span().text())).toList();
        if (own.isEmpty()) {
            return false;
        }
        boolean groupHasActors = false;
        for (Reading a : group.readings) {
            if (!a.actors().isEmpty()) {
                groupHasActors = true;
            }
            if (sharesActor(a, b)) {
                return false;
            }
        }
        return groupHasActors;
    }

    private static boolean sharesActor(Reading a, Reading b) {
        for (Reading.Party x : a.actors()) {
            for (Reading.Party y : b.actors()) {
                if (x.headLemma().equals(y.headLemma()) || x.entity().identifierText() != null
                        && x.entity().identifierText().equals(y.entity().identifierText())) {
                    return true;
                }
                // "the gunman", "the perpetrator", "the killer": unnamed attackers are one until named apart
                if ("UAF".equals(x.entity().sector()) && "UAF".equals(y.entity().sector())
                        && x.entity().identifierText() == null && y.entity().identifierText() == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A place the gazetteer put on the map. A name it could not ("the 53rd Street tunnel", a club, a school) lies
     * somewhere in the article's place, so it does not tell another place than a mapped one; two such names that
     * differ still do.
     */
    private boolean isMapped(Reading.Place place) {
        Location location = resolved.get(place.toponym());
        return location != null && location.lat() != null;
    }

    /** Within 50 km, or one is a country (or province) that holds the other; by name when unresolved. */
    boolean samePlace(Reading.Place a, Reading.Place b) {
        Location x = resolved.get(a.toponym());
        Location y = resolved.get(b.toponym());
        if (x == null || y == null || x.lat() == null || y.lat() == null) {
            return normalize(a.toponym().name()).equals(normalize(b.toponym().name()));
        }
        if (GeoMath.distanceKm(x.lat(), x.lon(), y.lat(), y.lon()) <= SAME_PLACE_KM) {
            return true;
        }
        if (x.countryCode() == null || !x.countryCode().equals(y.countryCode())) {
            return false;
        }
        if (level(x) == 1 || level(y) == 1) {
            return true;
        }
        // a province holds only its own towns: "New York state" is not Killeen, Texas
        Location province = level(x) == 2 ? x : level(y) == 2 ? y : null;
        Location other = province == x ? y : x;
        return province != null && (level(other) == 2 ? sameName(province.resolvedPlace(), other.resolvedPlace())
                : other.province() == null || sameName(province.resolvedPlace(), other.province())
                        || sameName(province.province(), other.province()));
    }

    private static boolean sameName(String a, String b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }

    private static int level(Location location) {
        return location.resolution() == null ? 4 : location.resolution();
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("^(al|el|ar|as|ad|ash)-", "").strip();
    }
}
