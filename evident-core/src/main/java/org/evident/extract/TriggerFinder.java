package org.evident.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Finds trigger words by lemma and part of speech. A phrase matches consecutive tokens, except that a verb
 * phrase's particle or preposition may stand after its object ("gunned the man down"), up to three tokens
 * later. Each token belongs to at most one trigger, the longest. On a parsed sentence, the CAMEO verb patterns
 * ({@link VerbPatterns}) refine what the codebook's triggers found: a pattern's category replaces a cooperative
 * noun's ("suspended aid" is SANCTION), or its mode is added to a verb of the same category; they add no trigger.
 * The hand-written patterns of verb-patterns.tsv do add one ("a cache of arms was found").
 */
final class TriggerFinder {

    private static final int PARTICLE_REACH = 3;

    private final Codebook codebook;

    TriggerFinder(Codebook codebook) {
        this.codebook = codebook;
    }

    List<TriggerMatch> find(AnnotatedArticle article) {
        List<TriggerMatch> found = new ArrayList<>();
        for (Sentence sentence : article.sentences()) {
            found.addAll(find(sentence));
        }
        return found;
    }

    List<TriggerMatch> find(Sentence sentence) {
        List<TriggerMatch> found = new ArrayList<>();
        boolean[] used = new boolean[sentence.tokens().size()];
        for (int i = 0; i < sentence.tokens().size(); i++) {
            if (used[i]) {
                continue;
            }
            Token token = sentence.token(i);
            for (Codebook.Trigger entry : codebook.triggersStartingWith(token.lemma())) {
                TriggerMatch match = match(sentence, i, entry);
                if (match != null) {
                    for (int k = match.first(); k <= match.last(); k++) {
                        used[k] = true;
                    }
                    found.add(match);
                    break;
                }
            }
        }
        if (!sentence.dependencies().isEmpty()) {
            addPatterns(sentence, found, used);
        }
        assaultOutranksShowOfForce(found);
        if (!sentence.dependencies().isEmpty()) {
            releasesOfThings(sentence, found);
            complaintsNotStreetProtests(sentence, found);
        }
        return found;
    }

    /**
     * A protest verb that reports what is wrong ("protested that the authorities fail", "the authorities fail, a
     * group protested") is a complaint, PLOVER ACCUSE disapprove, not a street protest: its clause is what is said.
     * A protest told with its clause of grievance as a complement, or placed after that clause as its reporter.
     */
    private static void complaintsNotStreetProtests(Sentence sentence, List<TriggerMatch> found) {
        for (int k = 0; k < found.size(); k++) {
            TriggerMatch trigger = found.get(k);
            if (trigger.category().equals("PROTEST") && sentence.token(trigger.head()).isVerb()
                    && reportsAClause(sentence, trigger.head())) {
                Codebook.Trigger entry = trigger.entry();
                found.set(k, new TriggerMatch(sentence, trigger.first(), trigger.last(), trigger.head(),
                        new Codebook.Trigger(entry.lemmas(), entry.pos(), "ACCUSE", List.of(COMPLAINT),
                                entry.contexts())));
            }
        }
    }

    /** PLOVER's mode of ACCUSE for a complaint or criticism. */
    private static final String COMPLAINT = "disapprove";

    /** Relations by which the parser hangs a reporting clause placed after what it reports ("S, X protested"). */
    private static final Set<String> REPORTER_AFTER = Set.of("parataxis", "dep");

    /**
     * "protested that S", or "S, X protested": the verb's clausal complement, or the clause it reports after a
     * comma, with a subject of its own and no object (the parser hangs it on the clause or on one of its words).
     */
    private static boolean reportsAClause(Sentence sentence, int verb) {
        if (!sentence.children(verb, "ccomp").isEmpty()) {
            return true;
        }
        int governor = Syntax.governor(sentence, verb);
        return REPORTER_AFTER.contains(Syntax.relation(sentence, verb)) && governor >= 0 && governor < verb
                && commaBetween(sentence, governor, verb)
                && !sentence.children(verb, "nsubj").isEmpty() && sentence.children(verb, "obj").isEmpty();
    }

    private static boolean commaBetween(Sentence sentence, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (sentence.token(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The mode of a trigger that frees people (RETREAT release: "freed the hostages", "the release of prisoners"). */
    private static final String RELEASE = "release";

    /**
     * A release frees people. Released, a substance is let out ("opened fire and released tear gas"): no event of
     * its own; a recording or a document is published ("released a video"): a statement. The released thing is
     * the verb's object (or, passive, its subject) or a noun's "of" phrase (cues.tsv RELEASED_SUBSTANCE,
     * PUBLISHED_ITEM).
     */
    private void releasesOfThings(Sentence sentence, List<TriggerMatch> found) {
        for (int k = found.size() - 1; k >= 0; k--) {
            TriggerMatch trigger = found.get(k);
            if (!trigger.entry().modes().contains(RELEASE)) {
                continue;
            }
            List<Integer> released = releasedBy(sentence, trigger.head());
            if (released.isEmpty()) {
                continue;
            }
            if (allAre(sentence, released, Codebook.CueRole.RELEASED_SUBSTANCE)) {
                found.remove(k);
            } else if (allAre(sentence, released, Codebook.CueRole.PUBLISHED_ITEM)) {
                Codebook.Trigger entry = trigger.entry();
                found.set(k, new TriggerMatch(sentence, trigger.first(), trigger.last(), trigger.head(),
                        new Codebook.Trigger(entry.lemmas(), entry.pos(), "X-STATEMENT", List.of(), entry.contexts())));
            }
        }
    }

    /** What a release lets go: a verb's object or passive subject, a noun's "of" phrase. */
    private static List<Integer> releasedBy(Sentence sentence, int head) {
        List<Integer> released = new ArrayList<>(sentence.children(head, "obj"));
        released.addAll(sentence.children(head, "nsubj:pass"));
        if (sentence.token(head).isNoun()) {
            sentence.children(head, "nmod").stream().filter(n -> Syntax.caseOf(sentence, n).equals("of"))
                    .forEach(released::add);
        }
        return released;
    }

    private boolean allAre(Sentence sentence, List<Integer> tokens, Codebook.CueRole role) {
        return tokens.stream().allMatch(t -> codebook.isCue(role, sentence.token(t).lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * PLOVER codes a show of force told with the force itself as the assault alone: "fired a missile that killed
     * two" is an ASSAULT, not also a weapons MOBILIZE (a missile test).
     */
    private static void assaultOutranksShowOfForce(List<TriggerMatch> found) {
        if (found.stream().anyMatch(t -> t.category().equals("ASSAULT"))) {
            found.removeIf(t -> t.category().equals("MOBILIZE") && t.entry().modes().contains("weapons"));
        }
    }

    /** Cooperative categories: a verb that withholds, refuses or ends one reports its own category instead. */
    private static final Set<String> COOPERATIVE = Set.of("AID", "AGREE", "CONSULT", "COOPERATE",
            "SUPPORT");

    /**
     * CAMEO verb patterns mostly decide categories: a pattern whose noun is a cooperative trigger and which reports
     * another category takes that trigger's place ("suspended aid" is a sanction, not aid; "refused talks" a
     * rejection, not talks), and a pattern on a codebook verb of its category gives its mode. Patterns that would
     * add a record where the codebook has none do so only in the headline and lede ({@link #CREATING}): later, on
     * the development set, they mostly told an event again. A hand-written pattern (verb-patterns.tsv) reports its
     * event in any case, and wins over a codebook verb of another category. Speech verbs are left to the speech
     * reader.
     */
    private void addPatterns(Sentence sentence, List<TriggerMatch> found, boolean[] used) {
        VerbPatterns patterns = codebook.verbPatterns();
        java.util.function.Predicate<String> partitive = lemma -> codebook.isCue(Codebook.CueRole.PARTITIVE, lemma);
        for (int i = 0; i < sentence.tokens().size(); i++) {
            boolean speech = codebook.isCue(Codebook.CueRole.SAY, sentence.token(i).lemma())
                    || codebook.isCue(Codebook.CueRole.RAISE, sentence.token(i).lemma());
            VerbPatterns.Found verbal = patterns.match(sentence, i, t -> canAct(sentence, t), partitive);
            // a noun of an act takes its verb's patterns: "the suspension of aid"
            VerbPatterns.Found pattern = verbal != null || speech ? verbal
                    : patterns.matchNominal(sentence, i, partitive);
            if (pattern == null) {
                continue;
            }
            if (speech && (pattern.handWritten() || used[i] || displaced(sentence, pattern, found) == null)) {
                // what is said is read as its own event, and the saying as a statement; a speech verb's pattern
                // only recodes the act it names as its object ("declared a ceasefire": the truce is a retreat)
                continue;
            }
            String category = pattern.trigger().category();
            int verb = i;
            if (pattern.handWritten()) {
                // the pattern's object is part of its event: "tested a nuclear bomb" is no bombing
                found.removeIf(hand -> pattern.arguments().contains(hand.head()) && !hand.category().equals(category));
            }
            if (used[i] && pattern.handWritten()) {
                found.removeIf(hand -> hand.head() == verb && !hand.category().equals(category));
                if (found.stream().noneMatch(hand -> hand.head() == verb)) {
                    found.add(pattern.trigger()); // a hand-written pattern wins over a bare codebook verb
                }
                continue;
            }
            if (used[i]) {
                withPatternModes(found, i, pattern.trigger());
                continue;
            }
            if (category.equals("ASSAULT") && !pattern.handWritten()) {
                continue;
            }
            boolean redundant = found.stream()
                    .anyMatch(hand -> pattern.arguments().contains(hand.head()) && hand.category().equals(category));
            if (redundant) {
                continue;
            }
            TriggerMatch replaced = displaced(sentence, pattern, found);
            if (replaced != null) {
                found.remove(replaced);
            } else if (!pattern.handWritten() && !(sentence.index() <= LEDE && actedByPolity(sentence, i)
                    && (CREATING.contains(category) || tellsItsSentence(pattern, found)))) {
                continue; // later in an article, new records from the dictionary alone mostly told an event again
            }
            found.add(pattern.trigger());
            for (int k = pattern.trigger().first(); k <= pattern.trigger().last(); k++) {
                used[k] = true;
            }
        }
        found.sort((a, b) -> a.first() - b.first());
    }

    /**
     * The trigger among a pattern's arguments whose place the pattern's own category takes, or null: a cooperative
     * one that the pattern withholds, refuses or ends ("suspended aid"), or a restriction, fight or protest that
     * a de-escalating pattern ends ("eased the curfew", "declared a ceasefire" read as its truce). A trigger that a
     * pattern of its own category names is no one's to take.
     */
    private static TriggerMatch displaced(Sentence sentence, VerbPatterns.Found pattern, List<TriggerMatch> found) {
        String category = pattern.trigger().category();
        TriggerMatch replaced = null;
        for (TriggerMatch hand : found) {
            if (pattern.arguments().contains(hand.head())) {
                if (hand.category().equals(category)) {
                    return null;
                }
                boolean withheld = COOPERATIVE.contains(hand.category()) && !COOPERATIVE.contains(category);
                boolean ended = DE_ESCALATING.contains(category) && ENDED.contains(hand.category());
                if ((withheld || ended) && !hasOwnClause(sentence, hand.head())) {
                    replaced = hand;
                }
            }
        }
        return replaced;
    }

    /**
     * Categories that undo a conflict (PLOVER manual: CONCEDE is "easing of administrative or legal restrictions
     * ..., removing curfews, suspending protests, and declarations ... of ceasefires"; RETREAT "ending active
     * conflicts").
     */
    private static final Set<String> DE_ESCALATING = Set.of("RETREAT", "CONCEDE");
    /** Categories of what a de-escalation ends: restrictions and sanctions, fighting, protest. */
    private static final Set<String> ENDED = Set.of("COERCE", "SANCTION", "ASSAULT", "PROTEST");

    /**
     * The last sentence (0-based) where a dictionary pattern alone may report an event: the headline and the lede,
     * where news states its events (and which selective annotation always parses); later sentences mostly tell
     * them again, on the development set.
     */
    private static final int LEDE = 1;

    /**
     * Categories whose CAMEO patterns may report an event the codebook has no trigger for anywhere in the headline
     * or lede. Left out: ASSAULT and COERCE (the codebook covers their verbs; the dictionary's violent verbs mostly
     * tell business and sport), ACCUSE (its criticism verbs mostly tell opinion), COOPERATE and CONCEDE (its trade
     * and yielding verbs mostly tell commerce and movement on tune: "bought guns", "surrounded a house"). Their
     * patterns, except ASSAULT's, still report the event of the sentence's main predicate ({@link
     * #tellsItsSentence}: "the president banned opposition candidates from the election").
     */
    private static final Set<String> CREATING = Set.of("AGREE", "AID", "CONSULT", "MOBILIZE", "REJECT",
            "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN", "PROTEST");

    /**
     * Whether a verb is what its sentence tells: the root, or what the root's speaker says ("X said Y banned Z").
     */
    private boolean isMainPredicate(Sentence sentence, int verb) {
        int clause = Syntax.completedVerb(sentence, verb); // "plans to impose": the plan's clause
        String relation = Syntax.relation(sentence, clause);
        if (relation.equals("root")) {
            return true;
        }
        int governor = Syntax.governor(sentence, clause);
        return relation.equals("ccomp") && governor >= 0 && Syntax.relation(sentence, governor).equals("root")
                && codebook.isCue(Codebook.CueRole.SAY, sentence.token(governor).lemma());
    }

    /**
     * Whether a pattern of a category that the dictionary overgenerates in is still what its sentence tells: its
     * verb is the main predicate ({@link #isMainPredicate}) and not the mere carrier of its object's event.
     */
    private boolean tellsItsSentence(VerbPatterns.Found pattern, List<TriggerMatch> found) {
        TriggerMatch verb = pattern.trigger();
        return isMainPredicate(verb.sentence(), verb.head()) && !carriesTrigger(pattern, found);
    }

    /** Relations by which a verb holds the noun whose event it carries out. */
    private static final Set<String> CARRIED = Set.of("obj", "nsubj:pass");

    /**
     * Whether a verb's own code is only the carrier of its object's event: "imposed an asset freeze" is the
     * freeze, not an imposition of its own.
     */
    private static boolean carriesTrigger(VerbPatterns.Found pattern, List<TriggerMatch> found) {
        if (!pattern.arguments().isEmpty()) {
            return false;
        }
        Sentence sentence = pattern.trigger().sentence();
        int verb = pattern.trigger().head();
        return found.stream().anyMatch(t -> Syntax.governor(sentence, t.head()) == verb
                && CARRIED.contains(Syntax.relation(sentence, t.head())));
    }

    /** Named-entity types of a subject that acts for a polity: people, organisations, places standing for states. */
    private static final Set<String> POLITY_TYPES = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY",
            "STATE_OR_PROVINCE", "CITY", "LOCATION");
    /** Sectors of agent nouns that act for a polity or an armed group, not a company or a bystander. */
    private static final Set<String> POLITY_SECTORS = Set.of("GOV", "MIL", "COP", "REB", "UAF", "JUD", "LEG");

    /**
     * Whether the verb's subject (or, passive, its "by" agent) is a polity's actor: a person, organisation, country,
     * government, official or armed group. A pattern alone tells no event of a company, a product or a team.
     */
    private boolean actedByPolity(Sentence sentence, int verb) {
        if (sentence.token(verb).isNoun()) {
            // a noun's act is its possessor's ("Italy's suspension of flights"), or that of the one who performs
            // or announces it ("Italy announced a suspension of flights")
            List<Integer> possessors = sentence.children(verb, "nmod:poss");
            if (!possessors.isEmpty()) {
                return isPolity(sentence, possessors.get(0));
            }
            String relation = Syntax.relation(sentence, verb);
            int governor = Syntax.governor(sentence, verb);
            return governor >= 0 && sentence.token(governor).isVerb()
                    && (relation.equals("obj") || relation.equals("nsubj:pass"))
                    && actedByPolity(sentence, governor);
        }
        int subject = VerbPatterns.subjectOf(sentence, verb);
        if (subject < 0 && !sentence.children(verb, "aux:pass").isEmpty()) {
            for (int agent : sentence.children(verb, "obl")) {
                if (Syntax.caseOf(sentence, agent).equals("by")) {
                    subject = agent;
                }
            }
        }
        return subject >= 0 && isPolity(sentence, subject);
    }

    /** Whether a token names a polity's actor: a person, organisation, country, government, official or armed group. */
    private boolean isPolity(Sentence sentence, int subject) {
        Token t = sentence.token(subject);
        Codebook.Actor actor = codebook.actor(t.text());
        if (actor != null) {
            return !"BUS".equals(actor.sector());
        }
        String sector = codebook.sectorOf(t.lemma().toLowerCase(java.util.Locale.ROOT));
        return sector != null ? POLITY_SECTORS.contains(sector) : POLITY_TYPES.contains(t.ner());
    }

    /**
     * "A summit to be held in Kisumu was postponed": a noun a clause of its own describes keeps its trigger, since
     * that clause tells the event's place and time, which the verb's reading would lose.
     */
    private static boolean hasOwnClause(Sentence sentence, int noun) {
        return !sentence.children(noun, "acl").isEmpty(); // acl and acl:relcl
    }

    /**
     * A codebook verb wins over a pattern on it; a pattern of the same category still says how ("deployed troops":
     * MOBILIZE troops), when the codebook row does not.
     */
    private static void withPatternModes(List<TriggerMatch> found, int head, TriggerMatch pattern) {
        for (int k = 0; k < found.size(); k++) {
            TriggerMatch hand = found.get(k);
            Codebook.Trigger entry = hand.entry();
            if (hand.head() == head && hand.category().equals(pattern.category()) && entry.modes().isEmpty()
                    && !pattern.entry().modes().isEmpty()) {
                found.set(k, new TriggerMatch(hand.sentence(), hand.first(), hand.last(), hand.head(),
                        new Codebook.Trigger(entry.lemmas(), entry.pos(), entry.category(), pattern.entry().modes(),
                                entry.contexts())));
            }
        }
    }

    /**
     * A subject that can act: a named actor or entity, an agent noun ("police", "rebels"), a pronoun, or a noun a
     * name makes someone's ("the Hizbollah group", "the pro-Iranian movement").
     */
    private boolean canAct(Sentence sentence, int subject) {
        return isActor(sentence.token(subject)) || sentence.childrenOf(subject).stream()
                .filter(d -> NAMING.contains(d.relation()))
                .anyMatch(d -> isActor(sentence.token(d.dependent())));
    }

    /** Relations by which a name makes its noun someone's: "the Hizbollah group", "a Kurdish faction". */
    private static final Set<String> NAMING = Set.of("compound", "amod");

    private boolean isActor(Token t) {
        return VerbPatterns.isActorType(t.ner()) || t.isProperNoun() || codebook.isAgentNoun(t.lemma())
                || codebook.actor(t.text()) != null || codebook.isPronoun(t);
    }

    private TriggerMatch match(Sentence sentence, int start, Codebook.Trigger entry) {
        List<String> lemmas = entry.lemmas();
        int position = start;
        int last = start;
        for (int k = 1; k < lemmas.size(); k++) {
            int next = findNext(sentence, position + 1, lemmas.get(k), entry.pos() == 'V' ? PARTICLE_REACH : 0);
            if (next < 0) {
                return null;
            }
            position = next;
            last = next;
        }
        // a verb phrase is headed by its verb; a noun phrase by its last word
        int head = entry.pos() == 'V' ? start : last;
        if (!posMatches(entry.pos(), sentence.token(head))) {
            return null;
        }
        return new TriggerMatch(sentence, start, last, head, entry);
    }

    private static int findNext(Sentence sentence, int from, String lemma, int reach) {
        for (int i = from; i < sentence.tokens().size() && i <= from + reach; i++) {
            if (sentence.token(i).lemma().equals(lemma)) {
                return reach > 0 && introducesTime(sentence, i) ? -1 : i;
            }
        }
        return -1;
    }

    /**
     * "fired over Japan on Tuesday": a preposition before a time is not the particle of a verb phrase ("fire on");
     * a particle is ("blew themselves up Wednesday").
     */
    private static boolean introducesTime(Sentence sentence, int preposition) {
        int next = preposition + 1;
        return sentence.token(preposition).pos().equals("IN") && next < sentence.tokens().size()
                && sentence.entityAt(next).map(e -> e.isTime()).orElse(false);
    }

    static boolean posMatches(char pos, Token token) {
        return switch (pos) {
            case 'V' -> token.pos().startsWith("VB");
            case 'N' -> token.isNoun();
            case 'A' -> token.pos().startsWith("JJ") || token.pos().equals("VBN");
            default -> token.isVerb() || token.isNoun() || token.pos().startsWith("JJ");
        };
    }
}
