package org.evident.extract;

import static org.evident.extract.Codebook.MentionRole.ANCHORING_CASE;
import static org.evident.extract.Codebook.MentionRole.GENERIC;
import static org.evident.extract.Codebook.MentionRole.KEEPS_COMPLEMENT;
import static org.evident.extract.Codebook.MentionRole.OTHER_SENSE;
import static org.evident.extract.Codebook.MentionRole.POSSIBILITY_NOUN;
import static org.evident.extract.Codebook.MentionRole.READER_PRONOUN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Dependency;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Reads each trigger of a sentence into a {@link Reading}: decides whether it reports an event at all (not a
 * purpose, a generic plural, a modifier, or the content of a request), then finds its arguments, place, time,
 * counts, status, source and forecast.
 */
final class MentionReader {

    private final Codebook codebook;
    private final PlaceFinder places;
    private final TimeFinder times;
    private final SizeFinder sizes;
    private final PartyFinder parties;
    private final SourceFinder sources;
    private final EpistemicReader epistemic;
    private final ForecastFinder forecasts;

    MentionReader(Codebook codebook, PlaceFinder places, PartyFinder parties, SourceFinder sources) {
        this.codebook = codebook;
        this.places = places;
        this.sizes = new SizeFinder(codebook);
        this.parties = parties;
        this.sources = sources;
        this.epistemic = new EpistemicReader(codebook, sources);
        this.times = new TimeFinder(codebook);
        this.forecasts = new ForecastFinder(codebook, times);
    }

    /** The article-wide facts a reading needs. */
    record Context(AnnotatedArticle article, Map<Integer, List<PlaceFinder.PlaceName>> placeNames,
                   List<Quotes.Quote> quotes, LocalDate published) {}

    /** Readings of the triggers of one sentence; triggers that report no event of their own are left out. */
    List<Reading> read(Context context, Sentence s, List<TriggerMatch> triggers) {
        boolean[] isTrigger = new boolean[s.tokens().size()];
        triggers.forEach(t -> isTrigger[t.head()] = true);
        List<Reading> readings = new ArrayList<>();
        for (TriggerMatch trigger : triggers) {
            if (!reportsEvent(s, trigger) || addressesReader(context, s, trigger.head())) {
                continue;
            }
            if (trigger.category().equals("X-DISASTER")
                    && s.children(trigger.head(), "nsubj").stream().anyMatch(subject -> isTrigger[subject])) {
                continue; // "the deal collapsed", "the evacuation collapsed": no disaster
            }
            IntPredicate other = t -> t != trigger.head() && isTrigger[t];
            Reading reading = read(context, s, trigger, other);
            if (reading != null) {
                readings.add(reading);
            }
        }
        return readings;
    }

    /** The reading of one trigger, or null when its arguments show it reports no event after all. */
    Reading read(Context context, Sentence s, TriggerMatch trigger, IntPredicate otherTrigger) {
        AnnotatedArticle article = context.article();
        int head = trigger.head();
        int predicate = EpistemicReader.predicateOf(codebook, s, head);
        List<PlaceFinder.PlaceName> names = context.placeNames().getOrDefault(s.index(), List.of());
        boolean physical = ContextPlace.isPhysical(trigger.category());
        PlaceFinder.PlaceName name = places.attach(s, head, names, otherTrigger, physical);
        if (name == null && predicate != head) {
            name = places.attach(s, predicate, names, t -> otherTrigger.test(t) || t == head, physical);
        }
        Reading.Place place = name == null ? null
                : new Reading.Place(name.toponym(), Span.of(article, s, name.first(), name.last()));
        Optional<Reading.Time> time = times.attach(article, s, head, otherTrigger);
        if (time.isEmpty() && predicate != head) {
            time = times.attach(article, s, predicate, t -> otherTrigger.test(t) || t == head);
        }
        // a verb without its own subject shares the time of the verb it continues ("opens fire … on June 12 and
        // kills 49 people")
        int host = TimeFinder.host(s, predicate);
        if (time.isEmpty() && host >= 0) {
            time = times.attach(article, s, host, t -> otherTrigger.test(t) || t == head || t == predicate);
        }
        Map<String, Reading.Count> counts = sizes.counts(article, s, sizeWords(s, head));
        Reading.Epistemic status = epistemic.read(article, s, head);
        status = nominalStatus(article, s, head, status);
        status = quoted(context, s, head, status);
        Reading.Forecast forecast = null;
        if (status.status() == Status.PREDICTED) {
            forecast = forecasts.find(article, s, forecastScope(s, predicate), context.published()).orElse(null);
        }
        List<Reading.Party> actors = parties.actors(article, s, head, predicate);
        Set<String> modes = new LinkedHashSet<>(trigger.entry().modes());
        Set<String> contexts = new LinkedHashSet<>(trigger.entry().contexts());
        cues(s, head, trigger.category(), modes, contexts);
        if (trigger.category().equals("MOBILIZE") && modes.isEmpty()) {
            return null; // deploying buses or experts is no mobilization: PLOVER's modes name the forces
        }
        String category = trigger.category();
        Intents.Intent intent = codebook.intents().read(s, predicate, category, modes, status.status(), otherTrigger);
        if (intent != null) {
            category = intent.category();
            modes = new LinkedHashSet<>(intent.modes());
            if (intent.stance() != Intents.Stance.FUTURE) {
                // a threat or a refusal is an act the text tells of, not a forecast or a negation
                Status told = status.source() == null ? Status.ASSERTED : Status.REPORTED;
                status = new Reading.Epistemic(told, status.source(), status.cue());
                forecast = null;
            }
        }
        int speaking = intent != null && intent.statement() >= 0 ? intent.statement() : predicate;
        status = speechAct(category, status, actors, rejectsReports(s, head),
                () -> s.token(speaking).isVerb() ? sources.speakerOf(article, s, speaking) : null);
        return new Reading(trigger, category, modes, contexts,
                actors, parties.recipients(article, s, head, predicate),
                place, time.orElse(null), counts, status, forecast, reference(s, head));
    }

    /** Categories of physical action, whose participles still tell of events ("a blast killing five"). */
    private static final Set<String> VIOLENT = Set.of("ASSAULT", "COERCE");

    /** Categories whose events are things said: a request, a threat, an accusation, a rejection, praise. */
    static final Set<String> SPEECH_ACTS = Set.of("REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT");

    /**
     * Categories told in the words of whoever acts: the speech acts, and a statement a trigger names ("the group
     * released a video", cues.tsv PUBLISHED_ITEM), whose publisher is its speaker.
     */
    private static final Set<String> TOLD_BY_ACTOR = Stream.concat(SPEECH_ACTS.stream(), Stream.of("X-STATEMENT"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * A speech act is reported in the words of the one who made it: its status is at least REPORTED and, unless
     * the text names another source, its speaker is the source.
     */
    private Reading.Epistemic speechAct(String category, Reading.Epistemic status, List<Reading.Party> actors,
                                                boolean deniesClaims, Supplier<Reading.Source> syntacticSpeaker) {
        if (!TOLD_BY_ACTOR.contains(category)) {
            return status;
        }
        Reading.Source speaker = null;
        if (!actors.isEmpty() && !codebook.isPronounText(actors.get(0).span().text())) {
            Reading.Party party = actors.get(0);
            speaker = new Reading.Source(party.span().text(), speakerKind(party), party.span());
            Reading.Source subject = syntacticSpeaker.get();
            // the subject's phrase, up to an aside, names the party in full ("The European Centre" of "The European
            // Centre for Law and Justice, a partner of …")
            String named = subject == null ? "" : subject.text().split(",", 2)[0].strip();
            if (subject != null && subject.span().begin() <= party.span().begin()
                    && subject.span().end() >= party.span().end() && named.length() > party.span().text().length()
                    && named.contains(party.span().text().replaceFirst("^(?i)the ", ""))) {
                speaker = new Reading.Source(named, speakerKind(party), subject.span());
            }
        } else {
            // "He called on both countries …", "Suga, the top spokesman, condemned the test": the subject, a
            // pronoun resolved to the person named before it, speaks even when no codebook knows the name
            speaker = syntacticSpeaker.get();
            if (speaker != null && codebook.isPronounText(speaker.text())) {
                speaker = null; // a pronoun no named person before it resolves: nobody to file it under
            }
        }
        if (speaker == null) {
            return status;
        }
        boolean genericSource = status.source() == null || status.source().text().equals("reports");
        Status level = status.status().ordinal() < Status.REPORTED.ordinal() ? Status.REPORTED : status.status();
        if (category.equals("REJECT") && level == Status.REPORTED && deniesClaims) {
            level = Status.DENIED; // "the ministry rejected those claims"
        }
        return new Reading.Epistemic(level, genericSource ? speaker : status.source(), status.cue());
    }

    /** "rejected those claims", "dismissed the reports": a rejection of what others said is a denial. */
    private boolean rejectsReports(Sentence s, int verb) {
        for (int obj : s.children(verb, "obj")) {
            if (codebook.isCue(Codebook.CueRole.CLAIM_NOUN, s.token(obj).lemma())) {
                return true;
            }
        }
        return false;
    }

    private static String speakerKind(Reading.Party party) {
        String sector = party.entity().sector();
        if (sector != null && Set.of("GOV", "COP", "MIL", "JUD", "LEG", "SPY").contains(sector)) {
            return "official";
        }
        return party.entity().identifierText() != null ? "group" : "person";
    }

    /** Whether a trigger reports an event, rather than a purpose, a kind, a modifier or a name. */
    boolean reportsEvent(Sentence s, TriggerMatch trigger) {
        int head = trigger.head();
        Token t = s.token(head);
        String relation = Syntax.relation(s, head);
        if (t.isVerb() && trigger.first() == trigger.last() && hasOtherSenseParticle(s, head)) {
            return false; // "Sign up": another verb than "sign"
        }
        if (relation.equals("amod") && !EpistemicReader.isGerundBeforeName(s, head)
                || relation.equals("compound") && t.isNoun()) {
            return false; // "the targeted restaurant", "attack helicopters"
        }
        if (isInsidePossibility(s, head)) {
            return false;
        }
        if (t.isVerb() && relation.equals("acl") && (t.pos().equals("VBG") || t.pos().equals("VBN"))
                && !VIOLENT.contains(trigger.category()) && !isWhatAMessageDoes(s, head)) {
            return false; // "a woman visiting from Canada", "a region threatened by extremists"
        }
        if (t.isVerb() && isPurpose(s, head)
                && !(DONE_BY_ITS_MEANS.contains(trigger.category()) && relation.equals("advcl"))) {
            return false;
        }
        if (t.isNoun() && isGeneric(s, head, codebook.mentionWords())) {
            return false;
        }
        if (t.isNoun() && isStandingState(s, head, trigger.category())) {
            return false;
        }
        return true;
    }

    /**
     * A verb whose particle makes another verb (mentions.tsv OTHER_SENSE: "sign up"), the particle its child or, in
     * a parse that loses it, the next word.
     */
    private boolean hasOtherSenseParticle(Sentence s, int verb) {
        List<Integer> particles = new ArrayList<>(s.children(verb, "compound:prt"));
        if (verb + 1 < s.tokens().size() && s.token(verb + 1).pos().equals("RP")) {
            particles.add(verb + 1);
        }
        String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
        return particles.stream().anyMatch(p -> codebook.mentionWords()
                .has(OTHER_SENSE, lemma + " " + s.token(p).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "You agree to receive occasional updates": outside a quotation, a verb whose subject addresses the reader
     * (mentions.tsv READER_PRONOUN) tells the reader what to do, not what happened. The subject is the verb's own,
     * or, where the parse loses it, the pronoun right before the verb.
     */
    private boolean addressesReader(Context context, Sentence s, int head) {
        Token verb = s.token(head);
        if (!verb.isVerb() || Quotes.at(context.quotes(), verb.begin()) != null) {
            return false;
        }
        List<Integer> subjects = new ArrayList<>(s.children(head, "nsubj"));
        if (head > 0 && s.token(head - 1).pos().equals("PRP")) {
            subjects.add(head - 1);
        }
        return subjects.stream().anyMatch(subject -> codebook.mentionWords()
                .has(READER_PRONOUN, s.token(subject).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * Categories of acts done by saying or showing: a clause of purpose of one is done by its main clause
     * ("summoned the ambassador to complain", "stayed home to protest", "met the press to demand").
     */
    private static final Set<String> DONE_BY_ITS_MEANS = Set.of("ACCUSE", "PROTEST", "REQUEST");

    /** "a statement demanding a withdrawal": the "-ing" modifier of a message (cues.tsv MESSAGE) is its act. */
    private boolean isWhatAMessageDoes(Sentence s, int verb) {
        int governor = Syntax.governor(s, verb);
        return s.token(verb).pos().equals("VBG") && governor >= 0
                && codebook.isCue(Codebook.CueRole.MESSAGE, s.token(governor).lemma().toLowerCase(Locale.ROOT));
    }

    /** "to eject it", "to deter one": an infinitive of purpose, or the complement of a verb that does not keep it. */
    private boolean isPurpose(Sentence s, int verb) {
        String relation = Syntax.relation(s, verb);
        if (Syntax.hasChildLemma(s, verb, "case", Set.of("to")) && relation.equals("obl")) {
            return true; // "launched to apprehend him", with "to" parsed as a preposition
        }
        if (!Syntax.hasChildLemma(s, verb, "mark", Set.of("to"))) {
            return false;
        }
        int governor = Syntax.governor(s, verb);
        if (relation.equals("xcomp") || relation.equals("conj")) {
            if (governor < 0) {
                return false;
            }
            if (relation.equals("conj")) {
                return isPurpose(s, governor);
            }
            String lemma = s.token(governor).lemma();
            // an intention word keeps what it intends: it is read as an intention (intents.tsv)
            return !codebook.mentionWords().has(KEEPS_COMPLEMENT, lemma)
                    && !codebook.isCue(Codebook.CueRole.INTENT, lemma)
                    && !codebook.isCue(Codebook.CueRole.OFFER, lemma) && !codebook.isCue(Codebook.CueRole.REFUSAL, lemma);
        }
        return relation.equals("advcl") || relation.equals("acl");
    }

    /** A bare plural with nothing anchoring it ("launch attacks on civilians"), or "such attacks". */
    static boolean isGeneric(Sentence s, int noun, WordRoles<Codebook.MentionRole> words) {
        if (isPastExistential(s, noun)) {
            return false; // "there have been further protests": they took place
        }
        for (Dependency d : s.childrenOf(noun)) {
            String lemma = s.token(d.dependent()).lemma();
            if ((d.relation().equals("det") || d.relation().equals("amod")) && words.has(GENERIC, lemma)) {
                return true;
            }
        }
        if (!s.token(noun).pos().equals("NNS") || isEpisodicObject(s, noun)) {
            return false;
        }
        for (Dependency d : s.childrenOf(noun)) {
            String relation = d.relation();
            if (relation.equals("det") || relation.equals("nmod:poss") || relation.equals("nummod")
                    || relation.equals("compound") && s.token(d.dependent()).isProperNoun()) {
                return false;
            }
            boolean time = s.entityAt(d.dependent()).map(e -> e.isTime()).orElse(false);
            if (relation.startsWith("nmod") && (time || words.has(ANCHORING_CASE, Syntax.caseOf(s, d.dependent()))
                    && (s.token(d.dependent()).isProperNoun() || s.token(d.dependent()).ner().equals("LOCATION")))) {
                return false;
            }
            if ((relation.equals("acl:relcl") || relation.equals("acl")) && isSimplePast(s, d.dependent())) {
                return false; // "directives that were issued by …", "attacks carried out last year"
            }
            if (relation.equals("amod") && s.token(d.dependent()).lemma().matches("simultaneous|coordinated|twin|recent|deadly|previous|latest|fresh|new")) {
                return false;
            }
        }
        return true;
    }

    private boolean isInsidePossibility(Sentence s, int token) {
        for (int current = token; current >= 0; current = Syntax.governor(s, current)) {
            String relation = Syntax.relation(s, current);
            int governor = Syntax.governor(s, current);
            if (governor >= 0 && (relation.equals("acl") || relation.equals("ccomp"))
                    && codebook.mentionWords().has(POSSIBILITY_NOUN, s.token(governor).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** "There is an agreement between us": a present-tense existential tells of a state, not of an event. */
    private static boolean isStandingState(Sentence s, int noun, String category) {
        if (category.equals("ASSAULT") || !Syntax.relation(s, noun).startsWith("nsubj")) {
            return false;
        }
        int governor = Syntax.governor(s, noun);
        return governor >= 0 && s.token(governor).lemma().equals("be") && s.token(governor).pos().matches("VBZ|VBP")
                && !s.children(governor, "expl").isEmpty();
    }

    /**
     * "There have been protests in the capital", "there were clashes": a past existential tells that particular
     * acts took place (a present one tells a standing state, {@link #isStandingState}).
     */
    private static boolean isPastExistential(Sentence s, int noun) {
        // "there were clashes": the noun is the subject of "be"; "there have been protests": the parser makes the
        // noun the head, with "been" its copula
        int host = Syntax.relation(s, noun).startsWith("nsubj") ? Syntax.governor(s, noun) : noun;
        if (host < 0 || s.children(host, "expl").isEmpty()) {
            return false;
        }
        int be = host == noun ? s.children(noun, "cop").stream().findFirst().orElse(-1) : host;
        if (be < 0 || !s.token(be).lemma().equals("be")) {
            return false;
        }
        if (s.token(be).pos().equals("VBD")) {
            return true; // "there were"
        }
        // "there have been": the perfect of the existential
        return s.token(be).pos().equals("VBN") && s.children(host, "aux").stream()
                .anyMatch(aux -> s.token(aux).lemma().equals("have"));
    }

    /** "were issued", "carried out", "killed": a past clause, not a habit ("attacks that have challenged"). */
    /** Clauses that tell something of their own, not a purpose, a condition or a background relative clause. */
    private static final Set<String> ASSERTING_CLAUSES = Set.of("root", "conj", "ccomp", "parataxis");

    /**
     * A bare plural that a past-tense main clause acts on is a particular act, not a kind: "imposed sanctions on
     * the militia", "the army has launched strikes on the town" (but "to launch attacks on civilians" stays generic).
     */
    private static boolean isEpisodicObject(Sentence s, int noun) {
        String relation = Syntax.relation(s, noun);
        int verb = Syntax.governor(s, noun);
        if (verb < 0 || !(relation.equals("obj") || relation.equals("nsubj:pass"))
                || !ASSERTING_CLAUSES.contains(Syntax.relation(s, verb))) {
            return false;
        }
        Token t = s.token(verb);
        if (t.pos().equals("VBD")) {
            return true;
        }
        if (!t.pos().equals("VBN")) {
            return false;
        }
        // "has imposed", "were imposed", "have been imposed": a finite auxiliary, and no modal
        List<Integer> auxiliaries = new ArrayList<>(s.children(verb, "aux"));
        auxiliaries.addAll(s.children(verb, "aux:pass"));
        boolean finite = auxiliaries.stream().anyMatch(aux -> Set.of("VBD", "VBZ", "VBP").contains(s.token(aux).pos()));
        return finite && auxiliaries.stream().noneMatch(aux -> s.token(aux).pos().equals("MD"));
    }

    private static boolean isSimplePast(Sentence s, int verb) {
        Token t = s.token(verb);
        if (t.pos().equals("VBD")) {
            return true;
        }
        if (!t.pos().equals("VBN")) {
            return false;
        }
        for (int aux : s.children(verb, "aux")) {
            if (s.token(aux).lemma().equals("have")) {
                return false;
            }
        }
        return true;
    }

    /** Size words linked to a trigger: itself, and size verbs it heads or that head it in the same clause. */
    private List<Integer> sizeWords(Sentence s, int head) {
        List<Integer> words = new ArrayList<>();
        words.add(head);
        for (Dependency d : s.childrenOf(head)) {
            String rel = d.relation();
            if (rel.equals("acl:relcl") || rel.equals("acl") || rel.equals("advcl") || rel.equals("conj")
                    || rel.equals("amod")) {
                words.add(d.dependent());
            }
        }
        int governor = Syntax.governor(s, head);
        String relation = Syntax.relation(s, head);
        if (governor >= 0 && (relation.startsWith("nsubj") || relation.equals("obl") || relation.equals("conj")
                || relation.equals("advcl"))) {
            // "the blast killed 13", "killed in the attack", "two are dead and three wounded", "a man died after
            // being shot"
            words.add(governor);
            for (int conj : s.children(governor, "conj")) {
                words.add(conj); // "killed 13 and wounded 56"
            }
        }
        if (relation.equals("acl:relcl") && !s.children(head, "nsubj:pass").isEmpty() && governor >= 0
                && Syntax.relation(s, governor).equals("nmod")) {
            // "the death of a boy who was shot": the size noun whose "of" phrase names the clause's victim (not
            // "the arrest of a man who shot two people", where the "of" phrase names the agent)
            int sizeNoun = Syntax.governor(s, governor);
            if (sizeNoun >= 0 && Syntax.ofPhrases(s, sizeNoun).contains(governor)) {
                words.add(sizeNoun);
            }
        }
        // "the blast left 13 dead", "a shooting that left dozens injured", "left a man in critical condition": the
        // state a clause leaves its victims in
        for (int word : List.copyOf(words)) {
            for (Dependency d : s.childrenOf(word)) {
                if (d.relation().equals("xcomp") || d.relation().equals("obj") && s.token(d.dependent()).pos()
                        .startsWith("JJ")) {
                    words.add(d.dependent());
                } else if ((d.relation().equals("obl") || d.relation().equals("obj")) && s.token(word).isVerb()
                        && SizeFinder.HIT.equals(codebook.sizeRole(s.token(d.dependent())))) {
                    words.add(d.dependent()); // "was taken to the hospital in critical condition"
                    // "taken to the hospital, where he died": the clause on the place tells the victim's fate
                    words.addAll(s.children(d.dependent(), "acl:relcl"));
                }
            }
        }
        return words;
    }

    /** A nominal trigger is as sure as the relative clause that tells of it ("directives that were reportedly issued"). */
    private Reading.Epistemic nominalStatus(AnnotatedArticle article, Sentence s, int head, Reading.Epistemic status) {
        if (!s.token(head).isNoun() || status.status() != Status.ASSERTED) {
            return status;
        }
        for (Dependency d : s.childrenOf(head)) {
            if ((d.relation().equals("acl:relcl") || d.relation().equals("acl")) && s.token(d.dependent()).isVerb()) {
                Reading.Epistemic inner = epistemic.read(article, s, d.dependent());
                if (inner.status() != Status.ASSERTED) {
                    return inner;
                }
            }
        }
        return status;
    }

    /**
     * Inside a quotation, the quote's speaker says so. What the quote only presupposes keeps its status, as it
     * does in reported speech: a noun ("horrified by the awful attack") or a relative clause ("the people who got
     * killed").
     */
    private Reading.Epistemic quoted(Context context, Sentence s, int head, Reading.Epistemic status) {
        Quotes.Quote quote = Quotes.at(context.quotes(), s.token(head).begin());
        if (quote == null || quote.length() < 40 || status.source() != null || isPresupposed(s, head)) {
            return status;
        }
        Reading.Source speaker = QuoteSpeakers.speaker(context, quote, codebook, sources);
        Status raised = status.status().ordinal() < Status.REPORTED.ordinal() ? Status.REPORTED : status.status();
        return new Reading.Epistemic(raised, speaker, status.cue());
    }

    /** A noun no verb carries, or a verb inside a relative clause: told as known, not asserted anew. */
    private boolean isPresupposed(Sentence s, int head) {
        if (s.token(head).isNoun()) {
            return EpistemicReader.predicateOf(codebook, s, head) == head;
        }
        for (int current = head; current >= 0; current = Syntax.governor(s, current)) {
            if (Syntax.relation(s, current).equals("acl:relcl")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a forecast's horizon is read: the clause of the trigger, up to the clause that a reporting verb
     * governs ("said [his troops need three more weeks to retake X]").
     */
    private List<Integer> forecastScope(Sentence s, int head) {
        int root = head;
        for (int guard = 0; guard < 6; guard++) {
            int governor = Syntax.governor(s, root);
            if (governor < 0 || codebook.isCue(Codebook.CueRole.SAY, s.token(governor).lemma())
                    && s.token(governor).isVerb() || Syntax.relation(s, root).equals("acl:relcl")) {
                break;
            }
            root = governor;
        }
        return s.subtree(root);
    }

    /** Mode and context cues in the trigger's phrase and among its arguments. */
    private void cues(Sentence s, int head, String category, Set<String> modes, Set<String> contexts) {
        Set<Integer> near = new LinkedHashSet<>(s.subtree(head));
        int governor = Syntax.governor(s, head);
        if (governor >= 0 && s.token(head).isNoun()) {
            near.addAll(s.children(governor, "nsubj"));
        }
        if (governor >= 0 && s.token(head).isVerb()) {
            near.add(governor);
        }
        for (int i : near) {
            modes.addAll(codebook.modesFor(s.token(i).lemma(), category));
        }
        for (Token t : s.tokens()) {
            String context = codebook.contextFor(t.lemma());
            if (context == null) {
                Codebook.Actor actor = codebook.actor(t.text());
                context = actor == null ? null : codebook.contextFor(actor.identifier());
            }
            if (context != null) {
                contexts.add(context);
            }
        }
    }

    /**
     * "another attack", "previous attacks", "a fourth" tell of a new event (cues.tsv NEW_EVENT, or an ordinal);
     * "the attack", "this attack" (DEFINITE), "Sunday's attack", "its attack" of a known one.
     */
    private Reading.Reference reference(Sentence s, int head) {
        if (times.offset(s, head).isPresent()) {
            return Reading.Reference.NEW; // "a week after 44 people were killed": another event, dated from this one
        }
        if (!s.token(head).isNoun()) {
            return Reading.Reference.PLAIN;
        }
        for (Dependency d : s.childrenOf(head)) {
            String lemma = s.token(d.dependent()).lemma();
            boolean ordinal = s.entityAt(d.dependent()).map(e -> e.type().equals("ORDINAL")).orElse(false)
                    && !lemma.equals("first");
            boolean modifier = d.relation().equals("det") || d.relation().equals("amod");
            if (modifier && codebook.isCue(Codebook.CueRole.NEW_EVENT, lemma)
                    || d.relation().equals("amod") && ordinal) {
                return Reading.Reference.NEW;
            }
            boolean pointingPossessor = d.relation().equals("nmod:poss")
                    && (s.entityAt(d.dependent()).map(e -> e.isTime()).orElse(false)
                    || codebook.isPronoun(s.token(d.dependent())));
            if (d.relation().equals("det") && codebook.isCue(Codebook.CueRole.DEFINITE, lemma) || pointingPossessor) {
                return Reading.Reference.ANAPHORIC; // "the attack", "Sunday's attack", "its attack"
            }
        }
        return Reading.Reference.PLAIN;
    }
}
