package org.evident.extract;

import static org.evident.extract.Codebook.MentionRole.SETTING_CASE;
import static org.evident.extract.Codebook.MentionRole.SETTING_NOUN;
import static org.evident.extract.Codebook.MentionRole.TOLL_VERB;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.evident.geo.PlaceKnowledge;
import org.evident.geo.Toponym;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.EventRecord.Location;
import org.evident.model.Version;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;
import org.evident.timing.Stage;
import org.evident.timing.StageTimes;

/**
 * From an annotated article to the event records it reports, in two stages with the geocoder's between them
 * ({@link org.evident.pipeline.Extractor} chains the three). {@link #findPlaces}: the article's place names and
 * dateline. {@link #readEvents}, once the places are resolved: find triggers (and elliptical ones, "a fourth in Herat"); read each into a mention; add statements and
 * threats; spread doubt from a sentence that questions the one before; on a sport, entertainment, technology or
 * business page keep only what is an event there (PageGenre); merge mentions of one event; attach
 * responsibility claims; write the records. Immutable and thread-safe.
 */
public final class EventExtractor {

    /** Written to cite_info.coder. */
    public static final String CODER = "evident " + Version.current();

    private final Codebook codebook;
    private final PlaceKnowledge gazetteer;
    private final TriggerFinder triggers;
    private final PlaceFinder places;
    private final MentionReader mentions;
    private final SpeechReader speech;
    private final ResponsibilityReader responsibility;
    private final DoubtReader doubt;
    private final SizeFinder sizes;
    private final PageGenre genres;
    private final StageTimes times = new StageTimes();

    /** @param gazetteer what the rules may ask the gazetteer before places are geocoded */
    public EventExtractor(Codebook codebook, PlaceKnowledge gazetteer) {
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.triggers = new TriggerFinder(codebook);
        this.places = new PlaceFinder(gazetteer, codebook);
        SourceFinder sources = new SourceFinder(codebook);
        PartyFinder parties = new PartyFinder(codebook, gazetteer);
        this.mentions = new MentionReader(codebook, places, parties, sources);
        this.speech = new SpeechReader(codebook, sources);
        this.responsibility = new ResponsibilityReader(codebook, parties);
        this.doubt = new DoubtReader(codebook);
        this.sizes = new SizeFinder(codebook);
        this.genres = new PageGenre(codebook);
    }

    /**
     * Time spent so far in matching and merging, over all articles and threads; the pipeline adds the geocoding
     * stage's time.
     */
    public StageTimes times() {
        return times;
    }

    /** The first stage: the article's place names, sentence by sentence, and its dateline; none geocoded yet. */
    public FoundPlaces findPlaces(AnnotatedArticle annotated) {
        long clock = System.nanoTime();
        Map<Integer, List<PlaceFinder.PlaceName>> placeNames = new HashMap<>();
        Optional<PlaceFinder.Dateline> dateline = places.dateline(annotated.article().body());
        for (Sentence s : annotated.sentences()) {
            placeNames.put(s.index(), places.find(annotated, s, dateline));
        }
        times.since(Stage.MATCHING, clock);
        return new FoundPlaces(annotated, dateline, placeNames);
    }

    /** The last stage: the events of an article whose places are geocoded, merged and written as records. */
    public List<EventRecord> readEvents(PlacedArticle placed) {
        long clock = System.nanoTime();
        AnnotatedArticle annotated = placed.found().annotated();
        Article article = annotated.article();
        Map<Integer, List<PlaceFinder.PlaceName>> placeNames = placed.found().bySentence();
        Optional<PlaceFinder.Dateline> dateline = placed.found().dateline();
        Map<Toponym, Location> resolved = placed.resolved();
        MentionReader.Context context = new MentionReader.Context(annotated, placeNames, Quotes.find(article.body()),
                article.published());

        List<Reading> readings = new ArrayList<>();
        Map<Reading, List<Span>> extraMentions = new LinkedHashMap<>();
        Map<Integer, List<ResponsibilityReader.Found>> claimsBySentence = new HashMap<>();
        int ledeEnd = HeadlineJoin.ledeEnd(annotated);
        Map<String, Reading.Count> ledeToll = new HashMap<>();
        TollRun run = new TollRun(-1, -1);
        for (Sentence s : annotated.sentences()) {
            if (CREDIT_LINE.matcher(article.body().substring(s.begin(), s.end())).lookingAt()) {
                claimsBySentence.put(s.index(), List.of());
                continue;
            }
            List<TriggerMatch> found = triggers.find(s);
            found.addAll(elliptical(s, found));
            List<Reading> sentenceReadings = disastersKill(mentions.read(context, s, found));
            Set<Integer> heads = new HashSet<>();
            found.forEach(t -> heads.add(t.head()));
            SpeechReader.Result spoken = speech.read(context, s, sentenceReadings, heads, readings);
            sentenceReadings.removeAll(spoken.absorbed());
            sentenceReadings.addAll(spoken.readings());
            extraMentions.putAll(spoken.extraMentions());
            absorbRequestContent(annotated, sentenceReadings, extraMentions);
            absorbSettings(annotated, sentenceReadings, extraMentions);
            sentenceReadings.sort((a, b) -> a.trigger().begin() - b.trigger().begin());
            if (sentenceReadings.isEmpty()) {
                Map<String, Reading.Count> toll = sizes.tolls(annotated, s);
                if (s.index() < ledeEnd && readings.stream().noneMatch(EventExtractor::isAssault)) {
                    toll.forEach(ledeToll::putIfAbsent);
                } else {
                    int from = run.reach(annotated.reachBack(s.index(), TOLL_REACH_SENTENCES));
                    if (addToll(readings, extraMentions, toll, from)) {
                        run = new TollRun(s.index(), from);
                    }
                }
            }
            if (!ledeToll.isEmpty()) {
                fillLedeToll(sentenceReadings, extraMentions, ledeToll);
            }
            readings.addAll(sentenceReadings);
            claimsBySentence.put(s.index(), responsibility.find(annotated, s));
        }
        readings = doubt.apply(annotated, readings);
        readings = genres.keep(genres.of(annotated), readings);
        clock = times.since(Stage.MATCHING, clock);

        List<Merger.Group> groups = new Merger(codebook, resolved, article.body()).merge(readings, extraMentions);
        groups = new HeadlineJoin(resolved).join(groups, annotated);
        Map<Merger.Group, List<ResponsibilityReader.Found>> claims = assignClaims(groups, claimsBySentence);
        Map<String, Toponym> containers = new HashMap<>();
        placeNames.forEach((index, names) -> containers.putAll(
                PlaceFinder.containers(annotated.sentences().get(index), names)));
        RecordAssembler assembler = new RecordAssembler(gazetteer, resolved, genre(annotated, context.quotes()),
                new ContextPlace(annotated, placeNames, resolved, dateline, gazetteer,
                        codebook.placeWords()), containers);
        List<EventRecord> records = new ArrayList<>();
        for (Merger.Group group : groups) {
            records.add(assembler.assemble(annotated, group, records.size() + 1, claims.getOrDefault(group, List.of())));
        }
        times.since(Stage.MERGING, clock);
        return records;
    }

    /** How many sentences back a toll told on its own may reach for its assault. */
    private static final int TOLL_REACH_SENTENCES = 2;

    /**
     * The last toll told to an assault: its sentence and the first sentence it reached back to. Tolls told in a row
     * follow one victim through the story ("Doe was found with a gunshot wound. She was taken to the hospital, where
     * she was pronounced dead."): a toll that reaches the last one reaches as far back as it did.
     */
    private record TollRun(int sentence, int from) {
        int reach(int first) {
            return sentence >= first ? Math.min(first, from) : first;
        }
    }

    /**
     * A toll told in a sentence of its own ("He died at the hospital") belongs to the assault told last before it,
     * from firstSentence on; it fills or raises the counts of that mention. Further back, the sentence is as likely
     * about someone else ("His father died in 2010"). Whether the toll was told to an assault.
     */
    private static boolean addToll(List<Reading> readings, Map<Reading, List<Span>> extraMentions,
                                   Map<String, Reading.Count> toll, int firstSentence) {
        if (toll.isEmpty()) {
            return false;
        }
        for (int i = readings.size() - 1; i >= 0; i--) {
            Reading r = readings.get(i);
            if (r.sentence() < firstSentence) {
                return false;
            }
            if (isAssault(r)) {
                tell(readings, i, extraMentions, toll);
                return true;
            }
        }
        return false;
    }

    /**
     * A toll the headline or the lede tells before any assault ("Three dead in Independence murder-suicide", "One man
     * is dead, and two women are fighting for their lives") sums up the article's main event, told next: it belongs
     * to the first assault read after it, filling the counts that mention left open; the toll is then spent.
     */
    private static void fillLedeToll(List<Reading> sentenceReadings, Map<Reading, List<Span>> extraMentions,
                                     Map<String, Reading.Count> ledeToll) {
        for (int i = 0; i < sentenceReadings.size(); i++) {
            if (isAssault(sentenceReadings.get(i))) {
                tell(sentenceReadings, i, extraMentions, ledeToll);
                ledeToll.clear();
                return;
            }
        }
    }

    private static boolean isAssault(Reading r) {
        return r.category().equals("ASSAULT");
    }

    /**
     * Replaces the reading at i by one whose counts the toll fills or raises, keeping its extra mentions: of two counts
     * of one role the larger floor wins, as it does among the mentions of a record ("Another man was shot. Both
     * victims were taken to the hospital": two hurt, not one).
     */
    private static void tell(List<Reading> readings, int i, Map<Reading, List<Span>> extraMentions,
                             Map<String, Reading.Count> toll) {
        Reading r = readings.get(i);
        Map<String, Reading.Count> counts = new HashMap<>(r.counts());
        toll.forEach((role, count) -> counts.merge(role, count, (own, told) -> told.floor() > own.floor() ? told : own));
        Reading told = new Reading(r.trigger(), r.category(), r.modes(), r.contexts(), r.actors(), r.recipients(),
                r.place(), r.time(), counts, r.epistemic(), r.forecast(), r.reference());
        readings.set(i, told);
        List<Span> mentions = extraMentions.remove(r);
        if (mentions != null) {
            extraMentions.put(told, mentions);
        }
    }

    /**
     * "… another attack in Kandahar and a fourth in Herat": an ordinal or "another" standing for a noun, conjoined
     * with a trigger noun, is a mention of an event of the same category.
     */
    private static List<TriggerMatch> elliptical(Sentence s, List<TriggerMatch> found) {
        List<TriggerMatch> added = new ArrayList<>();
        for (Token t : s.tokens()) {
            boolean ordinal = s.entityAt(t.index()).map(e -> e.type().equals("ORDINAL")).orElse(false)
                    && !t.lemma().equals("first");
            if (!(ordinal || t.lemma().equals("another")) || t.isNoun()) {
                continue;
            }
            String relation = Syntax.relation(s, t.index());
            if (!relation.equals("conj") && !relation.equals("appos")) {
                continue;
            }
            int governor = Syntax.governor(s, t.index());
            for (TriggerMatch trigger : found) {
                if (trigger.head() == governor && s.token(governor).isNoun()) {
                    Codebook.Trigger entry = new Codebook.Trigger(List.of(t.lemma()), 'N', trigger.category(),
                            List.of(), trigger.entry().contexts());
                    added.add(new TriggerMatch(s, t.index(), t.index(), t.index(), entry));
                }
            }
        }
        return added;
    }

    /**
     * A news agency's credit line ("(Reporting by … in New York; Editing by …)"): who wrote the story, not an
     * event in it.
     */
    private static final java.util.regex.Pattern CREDIT_LINE = java.util.regex.Pattern.compile(
            "[\\s(\\[]*(?:additional |further )?(?:reporting|editing|writing|compiled|produced|translated|research)"
                    + "(?: and \\w+)? by\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A token of the article: its sentence's index and its own. */
    private record TokenAt(int sentence, int token) {
        static TokenAt of(Reading r) {
            return new TokenAt(r.trigger().sentence().index(), r.trigger().head());
        }
    }

    /**
     * Relations by which a toll verb names its cause: "killed in the floods", "injured when a building
     * collapsed".
     */
    private static final Set<String> CAUSE_RELATIONS = Set.of("obl", "nmod", "advcl");


    /**
     * "An earthquake struck, killing 32", "floods destroyed 300 homes", "floods killed 1,500", "injured when a
     * school collapsed": what a disaster does is part of the disaster, not an assault; so are the dead and the
     * injured it causes. A subject names a disaster also as a name ("Hurricane Irma, which struck Florida").
     */
    private List<Reading> disastersKill(List<Reading> readings) {
        Set<TokenAt> disasters = new HashSet<>();
        for (Reading r : readings) {
            if (r.category().equals("X-DISASTER")) {
                disasters.add(TokenAt.of(r));
            }
        }
        List<Reading> result = new ArrayList<>(readings);
        // the disaster's own doing first ("struck", "destroyed"), then the tolls that follow from it ("killing")
        for (boolean tolls : new boolean[] {false, true}) {
            for (int i = 0; i < result.size(); i++) {
                Reading r = result.get(i);
                Sentence s = r.trigger().sentence();
                int head = r.trigger().head();
                if (!isAssault(r)) {
                    continue;
                }
                boolean byDisaster = s.children(head, "nsubj").stream().map(subject -> Syntax.antecedent(s, subject))
                        .anyMatch(subject -> disasters.contains(new TokenAt(s.index(), subject))
                                || namesDisaster(s, subject));
                boolean followsDisaster = tolls && codebook.mentionWords().has(TOLL_VERB, s.token(head).lemma())
                        && (disasters.contains(new TokenAt(s.index(), Syntax.governor(s, head)))
                        || s.childrenOf(head).stream().anyMatch(d -> CAUSE_RELATIONS.contains(d.baseRelation())
                        && disasters.contains(new TokenAt(s.index(), d.dependent()))));
                if (byDisaster || followsDisaster) {
                    result.set(i, new Reading(r.trigger(), "X-DISASTER", Set.of(), r.contexts(), List.of(),
                            r.recipients(), r.place(), r.time(), r.counts(), r.epistemic(), r.forecast(),
                            r.reference()));
                    disasters.add(TokenAt.of(r));
                }
            }
        }
        return result;
    }

    /** A disaster noun of the codebook, or a name it heads or begins ("Hurricane Irma", "Typhoon Haiyan"). */
    private boolean namesDisaster(Sentence s, int noun) {
        return isDisasterNoun(s.token(noun).lemma())
                || s.children(noun, "compound").stream().anyMatch(c -> isDisasterNoun(s.token(c).lemma()));
    }

    /** A lemma the triggers file on its own, not only as a verb, as X-DISASTER ("hurricane", "earthquake"). */
    private boolean isDisasterNoun(String lemma) {
        return codebook.oneWordTriggers(lemma.toLowerCase(Locale.ROOT))
                .anyMatch(t -> t.category().equals("X-DISASTER") && t.pos() != 'V');
    }

    /** One more mention of a reading's event (the lists already there may be the speech reader's, unmodifiable). */
    private static void addMention(Map<Reading, List<Span>> extraMentions, Reading reading, Span span) {
        List<Span> mentions = new ArrayList<>(extraMentions.getOrDefault(reading, List.of()));
        mentions.add(span);
        extraMentions.put(reading, mentions);
    }

    /** Events whose words can take place at a meeting: what is said, agreed or asked there. */
    private static final Set<String> SAID_AT_MEETINGS = Set.of("X-STATEMENT", "AGREE", "REQUEST", "THREATEN",
            "ACCUSE", "REJECT", "SUPPORT");

    /**
     * A meeting that is only the setting of what was said or agreed at it ("warned him at a summit in
     * September", "agreed in a phone call that …") is told with that event, not as another one: it becomes that
     * event's mention.
     */
    private void absorbSettings(AnnotatedArticle article, List<Reading> readings,
                                Map<Reading, List<Span>> extraMentions) {
        List<Reading> absorbed = new ArrayList<>();
        for (Reading setting : readings) {
            Sentence s = setting.trigger().sentence();
            int head = setting.trigger().head();
            String relation = Syntax.relation(s, head);
            if (!setting.category().equals("CONSULT")
                    || !codebook.mentionWords().has(SETTING_NOUN, s.token(head).lemma())
                    || !(relation.startsWith("obl") || relation.startsWith("nmod"))
                    || !codebook.mentionWords().has(SETTING_CASE, Syntax.caseOf(s, head))) {
                continue;
            }
            int governor = Syntax.governor(s, head);
            for (Reading main : readings) {
                if (main != setting && main.trigger().head() == governor && !absorbed.contains(main)
                        && SAID_AT_MEETINGS.contains(main.category())) {
                    absorbed.add(setting);
                    addMention(extraMentions, main, Span.of(article, s, setting.trigger().first(),
                            setting.trigger().last()));
                    break;
                }
            }
        }
        readings.removeAll(absorbed);
    }

    /**
     * Events inside what a request or threat asks for, or what a rejection refuses ("refused to release them": a
     * rejection, PLOVER's REJECT, not a release that did not happen), are its content, not events: they become its
     * mentions.
     */
    private static void absorbRequestContent(AnnotatedArticle article, List<Reading> readings,
                                             Map<Reading, List<Span>> extraMentions) {
        List<Reading> absorbed = new ArrayList<>();
        for (Reading request : readings) {
            boolean rejection = request.category().equals("REJECT");
            if (!request.category().equals("REQUEST") && !request.category().equals("THREATEN") && !rejection) {
                continue;
            }
            Sentence s = request.trigger().sentence();
            List<Integer> scope = rejection ? refusedContent(s, request.trigger().head())
                    : requestContent(s, request.trigger().head());
            for (Reading inner : readings) {
                if (inner != request && !absorbed.contains(request) && scope.contains(inner.trigger().head())
                        && !inner.category().equals("X-STATEMENT")) {
                    absorbed.add(inner);
                    addMention(extraMentions, request, Span.of(article, s, inner.trigger().first(),
                            inner.trigger().last()));
                }
            }
        }
        readings.removeAll(absorbed);
    }

    /** What a rejection refuses to do: its "to" complement ("refused to release them"). */
    private static List<Integer> refusedContent(Sentence s, int head) {
        List<Integer> content = new ArrayList<>();
        for (int complement : s.children(head, "xcomp")) {
            content.addAll(s.subtree(complement));
        }
        return content;
    }

    /** What a request asks for: its clausal complements, and those of a relative clause telling of it. */
    private static List<Integer> requestContent(Sentence s, int head) {
        List<Integer> content = new ArrayList<>();
        for (var d : s.childrenOf(head)) {
            String relation = d.relation();
            if (relation.equals("xcomp") || relation.equals("ccomp") || relation.equals("advcl")
                    || relation.equals("acl") && s.token(d.dependent()).isVerb()) {
                content.addAll(s.subtree(d.dependent()));
            } else if (relation.equals("acl:relcl")) {
                content.addAll(requestContent(s, d.dependent()));
            }
        }
        return content;
    }

    /**
     * Each claim goes to the group of the trigger it names, else to the nearest attack before it; an attacker the
     * text names on a noun ("a PKK attack") only to that noun's group, when the noun is a mention.
     */
    private static Map<Merger.Group, List<ResponsibilityReader.Found>> assignClaims(
            List<Merger.Group> groups, Map<Integer, List<ResponsibilityReader.Found>> claimsBySentence) {
        Map<Merger.Group, List<ResponsibilityReader.Found>> result = new HashMap<>();
        claimsBySentence.forEach((sentence, claims) -> {
            for (ResponsibilityReader.Found claim : claims) {
                Merger.Group target = null;
                Merger.Group nearest = null;
                int nearestOffset = -1;
                for (Merger.Group group : groups) {
                    for (Reading r : group.readings) {
                        if (r.sentence() == sentence && r.trigger().head() == claim.target()) {
                            target = group;
                        }
                        int at = r.trigger().begin();
                        if (r.category().equals("ASSAULT") && at < claim.cue().begin() && at > nearestOffset) {
                            nearest = group;
                            nearestOffset = at;
                        }
                    }
                }
                Merger.Group chosen = target != null || claim.status().equals("ASSERTED") ? target : nearest;
                if (chosen != null) {
                    List<ResponsibilityReader.Found> list = result.computeIfAbsent(chosen, g -> new ArrayList<>());
                    boolean known = list.stream().anyMatch(f -> Objects.equals(f.party().entity().identifierText(),
                            claim.party().entity().identifierText()) && f.status().equals(claim.status()));
                    if (!known) {
                        list.add(claim);
                    }
                }
            }
        });
        return result;
    }

    /**
     * opinion when the page says so or the author speaks in the first person outside quotes ("I recall"); statement
     * for press releases; else news.
     */
    private static String genre(AnnotatedArticle annotated, List<Quotes.Quote> quotes) {
        String section = annotated.article().section();
        if (section != null) {
            String lower = section.toLowerCase(Locale.ROOT);
            if (lower.matches(".*(opinion|comment|editorial|column|op-ed|analysis|blog).*")) {
                return "opinion";
            }
            if (lower.matches(".*(press release|statement|communiqu).*")) {
                return "statement";
            }
        }
        for (Sentence s : annotated.sentences()) {
            for (Token t : s.tokens()) {
                if (t.text().equals("I") && t.pos().equals("PRP") && Quotes.at(quotes, t.begin()) == null) {
                    return "opinion";
                }
            }
        }
        return "news";
    }
}
