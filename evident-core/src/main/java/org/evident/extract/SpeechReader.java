package org.evident.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Dependency;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Speech acts that are events of their own: public statements whose content reports no event (X-STATEMENT, with
 * the speaker as source; PREDICTED when the content is a forecast), and conditional threats in quoted speech ("If
 * you attack us, we will …": THREATEN). A named speaker's report of an event is a statement of its own beside the
 * event's record; an unnamed speaker's reporting verb, or a forecast's, becomes a mention of the event instead.
 */
final class SpeechReader {

    private final Codebook codebook;
    private final SourceFinder sources;
    private final ForecastFinder forecasts;
    private final TimeFinder times;

    SpeechReader(Codebook codebook, SourceFinder sources) {
        this.codebook = codebook;
        this.sources = sources;
        this.times = new TimeFinder(codebook);
        this.forecasts = new ForecastFinder(codebook, times);
    }

    /** What speech in a sentence adds: new readings, and extra mentions for readings already there. */
    record Result(List<Reading> readings, Map<Reading, List<Span>> extraMentions, Set<Reading> absorbed) {}

    /**
     * What the speech of sentence {@code s} adds to its readings, knowing the readings of the article's earlier
     * sentences (whose statements are already told).
     */
    Result read(MentionReader.Context context, Sentence s, List<Reading> readings, Set<Integer> triggerHeads,
                List<Reading> earlier) {
        AnnotatedArticle article = context.article();
        List<Reading> added = new ArrayList<>();
        Map<Reading, List<Span>> extra = new java.util.LinkedHashMap<>();
        Set<Reading> absorbed = new HashSet<>();
        Set<Integer> spokenFor = new HashSet<>();
        for (Token t : s.tokens()) {
            int verb = t.index();
            if (!t.isVerb() || triggerHeads.contains(verb) || spokenFor.contains(verb)) {
                continue;
            }
            Reading threat = threat(context, s, verb, readings, absorbed, extra);
            if (threat != null) {
                added.add(threat);
                continue;
            }
            Codebook.Cue say = codebook.cue(Codebook.CueRole.SAY, t.lemma());
            if (say == null || !isStatementVerb(s, verb)) {
                continue;
            }
            int speaker = SourceFinder.speakerToken(s, verb);
            if (speaker < 0 || !canSpeak(s, speaker) || hasAuthorSubject(s, verb)
                    || Quotes.at(context.quotes(), t.begin()) != null) {
                continue; // a reporting verb inside a quote is part of what the quoted speaker said
            }
            List<Integer> content = complement(s, verb);
            if (content.isEmpty() && say.status() == Status.DENIED) {
                content = deniedReports(s, verb); // "the ministry denies the claims"
            }
            if (content.isEmpty()) {
                continue;
            }
            spokenFor.addAll(content);
            Reading said = firstReadingIn(readings, content);
            Span verbSpan = Span.token(article, s, verb);
            Reading statement = statement(context, s, verb, say.status(), content);
            if (said != null) {
                Reading reported = toldBySpeaker(article, s, verb, say.status(), said);
                if (reported != said) {
                    absorbed.add(said);
                    added.add(reported);
                }
                if (isOwnAct(statement) && hasStatementBefore(earlier, statement)) {
                    added.add(statement); // the event keeps the status of its own clause, the statement its own
                } else {
                    extra.computeIfAbsent(reported, r -> new ArrayList<>()).add(verbSpan);
                }
                continue;
            }
            if (statement != null) {
                added.add(statement);
                int contentHead = contentHead(s, verb);
                // "said it was a terrorist attack": the attack's own mention stays the attack's
                if (contentHead >= 0 && readings.stream().noneMatch(r -> r.trigger().head() == contentHead)) {
                    extra.put(statement, List.of(Span.token(article, s, contentHead)));
                }
            }
        }
        return new Result(added, extra, absorbed);
    }

    /**
     * A named speaker's report, claim or denial of an event is an act of its own ("Assad said Western countries
     * pressured Russia"), REPORTED (DENIED, CLAIMED) with the speaker as source, beside the event's record. A
     * forecast is not: the statement that makes it stands for what was forecast, as one PREDICTED record.
     */
    private static boolean isOwnAct(Reading statement) {
        return statement != null && statement.status() != Status.PREDICTED;
    }

    /**
     * The speaker already made a statement of no event earlier in the article: what the speaker says of an event
     * is then one more part of that statement (Merger joins a speaker's statements), not a mention of the event.
     * A speaker heard only on events leaves each report a mention of its event: news attributes every event to
     * someone, and a statement record for each attribution would be one more record per event.
     */
    private static boolean hasStatementBefore(List<Reading> earlier, Reading statement) {
        String speaker = Merger.speakerKey(statement);
        return speaker != null && earlier.stream().anyMatch(r -> r.category().equals("X-STATEMENT")
                && r.status() != Status.PREDICTED && speaker.equals(Merger.speakerKey(r)));
    }

    /**
     * The event a reporting verb's content tells is what the speaker says, not the text's own claim: a reading
     * that its own clause left plain and unattributed ("Pacific Command says the missile posed no threat", where
     * the noun "threat" reads no further than its verb) becomes REPORTED, with the speaker as its source.
     */
    private Reading toldBySpeaker(AnnotatedArticle article, Sentence s, int verb, Status said, Reading r) {
        Reading.Epistemic own = r.epistemic();
        if (said != Status.REPORTED || own.status() != Status.ASSERTED || own.source() != null || own.cue() != null) {
            return r;
        }
        Reading.Source speaker = sources.speakerOf(article, s, verb);
        if (speaker == null || codebook.isPronounText(speaker.text())) {
            return r;
        }
        return new Reading(r.trigger(), r.category(), r.modes(), r.contexts(), r.actors(), r.recipients(), r.place(),
                r.time(), r.counts(), new Reading.Epistemic(Status.REPORTED, speaker, Span.token(article, s, verb)),
                r.forecast(), r.reference());
    }

    /** A person or body that can speak: a noun or a personal pronoun, not "it", "this" or the author's "I". */
    private boolean canSpeak(Sentence s, int token) {
        Token t = s.token(token);
        String lower = t.text().toLowerCase(Locale.ROOT);
        return (t.isNoun() || t.pos().startsWith("PRP")) && !codebook.isCue(Codebook.CueRole.IMPERSONAL, lower)
                && !t.text().equals("I");
    }

    /** The author's own recollection or opinion ("I recall …", "I think …") is the article's voice. */
    private static boolean hasAuthorSubject(Sentence s, int verb) {
        for (int subject : s.children(verb, "nsubj")) {
            if (s.token(subject).text().equals("I")) {
                return true;
            }
        }
        return false;
    }

    /** Reporting verbs that make statements: not a participle modifier, not "as it described", not "are said to". */
    private static boolean isStatementVerb(Sentence s, int verb) {
        if (!s.children(verb, "aux:pass").isEmpty() && !s.children(verb, "xcomp").isEmpty()) {
            return false;
        }
        String relation = Syntax.relation(s, verb);
        return !(relation.equals("amod") || relation.equals("acl") || relation.equals("xcomp")
                || relation.equals("acl:relcl") && s.token(verb).pos().equals("VBG"));
    }

    /** The clause a reporting verb introduces, without speech nested in it; empty when it has none. */
    List<Integer> complement(Sentence s, int verb) {
        List<Integer> content = rawComplement(s, verb);
        List<Integer> nested = new ArrayList<>();
        for (int i : content) {
            if (i != verb && s.token(i).isVerb() && codebook.isCue(Codebook.CueRole.SAY, s.token(i).lemma())
                    && Syntax.relation(s, i).equals("conj")) {
                nested.addAll(s.subtree(i)); // "revealed that …, and conceded that …": two statements
            }
        }
        content.removeAll(nested);
        return content;
    }

    private static List<Integer> rawComplement(Sentence s, int verb) {
        List<Integer> content = new ArrayList<>();
        for (Dependency d : s.childrenOf(verb)) {
            String relation = d.relation();
            if (relation.equals("ccomp") || relation.equals("parataxis") || relation.equals("dep")
                    || relation.equals("xcomp")) {
                content.addAll(s.subtree(d.dependent()));
            }
        }
        if (content.isEmpty()) {
            // a "that" clause the parser hung elsewhere under the verb ("revealed for the first time that …")
            for (int i : s.subtree(verb)) {
                if (i != verb && Syntax.hasChildLemma(s, i, "mark", Set.of("that"))
                        || i != verb && Syntax.hasChildLemma(s, i, "advmod", Set.of("that")) && !s.token(i).isVerb()) {
                    content.addAll(s.subtree(i));
                    break;
                }
            }
        }
        return content;
    }

    /**
     * The reading a statement is about: the one nearest the top of its content, outside relative clauses. An event
     * noun that is the predicate of a copula ("said it was a lone wolf attack") tells what its subject was, not that
     * an event happened: such a statement characterises an event and is a statement of its own.
     */
    private static Reading firstReadingIn(List<Reading> readings, List<Integer> tokens) {
        Reading best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (Reading r : readings) {
            Sentence s = r.trigger().sentence();
            int head = r.trigger().head();
            if (!tokens.contains(head) || insideRelativeClause(s, head, tokens) || isPredicateNominal(s, head)) {
                continue;
            }
            int depth = s.ancestors(head).size();
            if (depth < bestDepth) {
                best = r;
                bestDepth = depth;
            }
        }
        return best;
    }

    /** "it was a lone wolf attack": a noun a copula predicates of its subject, without a preposition ("was behind"). */
    private static boolean isPredicateNominal(Sentence s, int noun) {
        return s.token(noun).isNoun() && !s.children(noun, "cop").isEmpty() && s.children(noun, "case").isEmpty();
    }

    private static boolean insideRelativeClause(Sentence s, int token, List<Integer> scope) {
        for (int current = token; current >= 0 && scope.contains(current); current = Syntax.governor(s, current)) {
            if (Syntax.relation(s, current).equals("acl:relcl")) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> deniedReports(Sentence s, int verb) {
        for (int obj : s.children(verb, "obj")) {
            if (codebook.isCue(Codebook.CueRole.CLAIM_NOUN, s.token(obj).lemma())) {
                return s.subtree(obj);
            }
        }
        return List.of();
    }

    /** The head of what is said: "… said [Damascus would work out …]". */
    private static int contentHead(Sentence s, int verb) {
        for (String relation : List.of("ccomp", "parataxis")) {
            for (int child : s.children(verb, relation)) {
                return child;
            }
        }
        return -1;
    }

    /**
     * A statement by a named speaker: a person, a government, a body. What "officials", "a statement" or
     * "residents" say is a source for the events it tells, not an event analysts count.
     */
    private Reading statement(MentionReader.Context context, Sentence s, int verb, Status cueStatus,
                              List<Integer> content) {
        AnnotatedArticle article = context.article();
        Reading.Source source = sources.statementSpeakerOf(article, s, verb);
        if (source == null) {
            return null;
        }
        Status status = cueStatus == Status.UNVERIFIED ? Status.REPORTED : cueStatus;
        int said = contentHead(s, verb);
        if (status == Status.REPORTED && said >= 0 && isNegated(s, said) && concernsInvolvement(s, said)) {
            // "the FBI says the perpetrator had no connections to …": a denial; "I can't get into the mind of a
            // psychopath" or "we had not been in contact" deny no part in anything and stay reported
            status = Status.DENIED;
        }
        Reading.Forecast forecast = null;
        boolean future = isFuture(s, content);
        if (future || isForecast(s, content) || status == Status.PREDICTED) {
            forecast = forecasts.find(article, s, content, context.published()).orElse(null);
            if (forecast != null || future) {
                status = Status.PREDICTED;
            }
        }
        if (status != Status.PREDICTED && !isNamed(article, source)) {
            return null; // a forecast counts whoever makes it; a plain statement only when someone is named
        }
        if (status != Status.PREDICTED && isAttitude(s, verb, said)) {
            return null; // a belief, a feeling or a wish, not an event
        }
        String category = demandsOfAnother(s, said) ? DEMAND : "X-STATEMENT";
        Codebook.Trigger entry = new Codebook.Trigger(List.of(s.token(verb).lemma()), 'V', category,
                List.of(), List.of());
        TriggerMatch match = new TriggerMatch(s, verb, verb, verb, entry);
        Reading.Time time = times.attach(article, s, verb, i -> content.contains(i)).orElse(null);
        return new Reading(match, category, Set.of(), Set.of(), List.of(), List.of(), null, time, Map.of(),
                new Reading.Epistemic(status, source, Span.token(article, s, verb)), forecast,
                Reading.Reference.PLAIN);
    }

    /** PLOVER's category for demands and appeals. */
    private static final String DEMAND = "REQUEST";

    /**
     * "declared that China must drop its barriers": a statement of what a named other must or should do (a modal of
     * cues.tsv OBLIGATION on the content's verb) demands or appeals for it. A pronoun subject may be the speaker
     * itself ("said it must act"), which demands nothing of anyone.
     */
    private boolean demandsOfAnother(Sentence s, int said) {
        if (said < 0 || s.children(said, "aux").stream().noneMatch(aux ->
                codebook.isCue(Codebook.CueRole.OBLIGATION, s.token(aux).text().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        List<Integer> subjects = s.children(said, "nsubj");
        return !subjects.isEmpty() && subjects.stream().noneMatch(subject -> codebook.isPronoun(s.token(subject)));
    }

    /**
     * What someone thinks, feels or wishes (cues.tsv ATTITUDE): the statement's own verb ("he believes that …"), or
     * its content's verb with a pronoun subject ("said she was praying that …", "“they want something,” he said").
     */
    private boolean isAttitude(Sentence s, int verb, int said) {
        if (codebook.isCue(Codebook.CueRole.ATTITUDE, s.token(verb).lemma())) {
            return true;
        }
        return said >= 0 && s.token(said).isVerb()
                && codebook.isCue(Codebook.CueRole.ATTITUDE, s.token(said).lemma())
                && s.children(said, "nsubj").stream().anyMatch(subject -> isPersonalPronoun(s.token(subject)));
    }

    private boolean isPersonalPronoun(Token t) {
        return t.pos().equals("PRP")
                && !codebook.isCue(Codebook.CueRole.IMPERSONAL, t.text().toLowerCase(Locale.ROOT));
    }

    /** A clause said not to hold: "had no connections", "was not involved", "nobody ordered it". */
    private boolean isNegated(Sentence s, int clause) {
        for (Dependency d : s.childrenOf(clause)) {
            Token child = s.token(d.dependent());
            String relation = d.baseRelation();
            if (relation.equals("advmod") && codebook.isCue(Codebook.CueRole.NEGATION, child.lemma())
                    || relation.equals("obj") && Negation.hasNegatingDeterminer(codebook, s, d.dependent())
                    || relation.equals("nsubj") && Negation.isNegativeSubject(codebook, s, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** A clause about having a part in something: its predicate or an argument is an involvement word (cues.tsv). */
    private boolean concernsInvolvement(Sentence s, int clause) {
        if (codebook.isCue(Codebook.CueRole.INVOLVEMENT, s.token(clause).lemma())) {
            return true;
        }
        for (Dependency d : s.childrenOf(clause)) {
            String relation = d.baseRelation();
            if ((relation.equals("obj") || relation.equals("nsubj") || relation.equals("obl"))
                    && codebook.isCue(Codebook.CueRole.INVOLVEMENT, s.token(d.dependent()).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** A source that names someone: a proper noun among its words ("Turkish officials" names no one). */
    private static boolean isNamed(AnnotatedArticle article, Reading.Source source) {
        for (Sentence s : article.sentences()) {
            for (Token t : s.tokens()) {
                if (t.begin() >= source.span().begin() && t.end() <= source.span().end() && t.isProperNoun()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Content in the future: "will …", "would …" (reported future), "is to …". */
    private boolean isFuture(Sentence s, List<Integer> content) {
        for (int i : content) {
            if (s.token(i).pos().equals("MD") && isFutureModal(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** Content with a future or possibility modal: "this could take a matter of days". */
    private boolean isForecast(Sentence s, List<Integer> content) {
        for (int i : content) {
            String lower = s.token(i).text().toLowerCase(Locale.ROOT);
            if (s.token(i).pos().equals("MD") && (isFutureModal(s.token(i))
                    || codebook.isCue(Codebook.CueRole.POSSIBILITY_MODAL, lower))) {
                return true;
            }
        }
        return false;
    }

    /** A modal of the future (cues.tsv MODAL giving PREDICTED: "will", "shall") or of the reported future ("would"). */
    private boolean isFutureModal(Token modal) {
        String lower = modal.text().toLowerCase(Locale.ROOT);
        Codebook.Cue cue = codebook.cue(Codebook.CueRole.MODAL, lower);
        return cue != null && cue.status() == Status.PREDICTED
                || codebook.isCue(Codebook.CueRole.REPORTED_FUTURE, lower);
    }

    /**
     * A conditional threat: a first-person future clause with an "if" condition, in quoted or reported speech.
     * The events inside it (the condition and the consequence) are the threat's own words, not events.
     */
    private Reading threat(MentionReader.Context context, Sentence s, int verb, List<Reading> readings,
                           Set<Reading> absorbed, Map<Reading, List<Span>> extra) {
        if (!hasFutureModal(s, verb) || !hasFirstPersonSubject(s, verb)) {
            return null;
        }
        int condition = -1;
        for (int advcl : s.children(verb, "advcl")) {
            if (s.children(advcl, "mark").stream()
                    .anyMatch(m -> codebook.isCue(Codebook.CueRole.CONDITION, s.token(m).lemma()))) {
                condition = advcl;
            }
        }
        boolean speech = Quotes.at(context.quotes(), s.token(verb).begin()) != null;
        if (condition < 0 || !speech) {
            return null;
        }
        AnnotatedArticle article = context.article();
        List<Integer> scope = s.subtree(verb);
        Reading threat = null;
        Codebook.Trigger entry = new Codebook.Trigger(List.of(s.token(verb).lemma()), 'V', "THREATEN",
                List.of("violence"), List.of());
        Reading.Source speaker = QuoteSpeakers.speaker(context, Quotes.at(context.quotes(), s.token(verb).begin()),
                codebook, sources);
        threat = new Reading(new TriggerMatch(s, verb, verb, verb, entry), "THREATEN", Set.of("violence"), Set.of(),
                List.of(), List.of(), null, null, Map.of(),
                new Reading.Epistemic(Status.REPORTED, speaker, Span.token(article, s, verb)), null,
                Reading.Reference.PLAIN);
        List<Span> mentions = new ArrayList<>();
        for (Reading r : readings) {
            if (scope.contains(r.trigger().head())) {
                absorbed.add(r);
                mentions.add(Span.of(article, s, r.trigger().first(), r.trigger().last()));
            }
        }
        if (!mentions.isEmpty()) {
            extra.put(threat, mentions);
        }
        return threat;
    }

    private boolean hasFutureModal(Sentence s, int verb) {
        for (int aux : s.children(verb, "aux")) {
            if (isFutureModal(s.token(aux))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasFirstPersonSubject(Sentence s, int verb) {
        for (int subject : s.children(verb, "nsubj")) {
            if (codebook.isCue(Codebook.CueRole.FIRST_PERSON, s.token(subject).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
