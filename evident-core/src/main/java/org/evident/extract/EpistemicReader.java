package org.evident.extract;

import java.util.List;
import java.util.Set;
import org.evident.extract.Codebook.Cue;
import org.evident.extract.Codebook.CueRole;
import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Dependency;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Reads how sure the text is of one mention, and who says so, from the syntax around its trigger: negation,
 * modals and hedging adverbs on its predicate; conditions; and, climbing the parse, the reporting, denying,
 * claiming and forecasting verbs whose complement it stands in. A relative clause or a noun phrase is
 * presupposed: it does not take the modality of the clause around it ("Reports said the gunman, who killed 39
 * people, had fled": the killing is asserted, the flight reported).
 */
final class EpistemicReader {

    private final Codebook codebook;
    private final SourceFinder sources;

    EpistemicReader(Codebook codebook, SourceFinder sources) {
        this.codebook = codebook;
        this.sources = sources;
    }

    /** The status, source and cue of a trigger's mention. */
    Reading.Epistemic read(AnnotatedArticle article, Sentence s, int trigger) {
        State state = new State();
        int predicate = predicateOf(codebook, s, trigger);
        if (predicate != trigger && codebook.isCue(CueRole.COMMITMENT, s.token(trigger).lemma())) {
            // "has not carried out its threat", "may carry out the threat": carrying out a commitment fulfils what
            // it commits to; the commitment was made, and the light verb's negation or modal bears on its fulfilment
            predicate = trigger;
        }
        if (s.token(predicate).isNoun() && predicate == trigger) {
            nominal(article, s, trigger, state);
            int copular = modalCopularPredicate(s, trigger);
            if (copular >= 0) {
                // "diplomats said the meeting would most likely be Tuesday": the clause that sets the event is
                // the event's own, with its modal and its speaker
                local(article, s, copular, state, true);
                climb(article, s, copular, state);
            }
        } else {
            local(article, s, predicate, state, true);
            climb(article, s, predicate, state);
        }
        if (state.source == null) {
            framingAttribution(article, s, trigger, state);
        }
        return new Reading.Epistemic(state.status, state.source, state.cue);
    }

    /**
     * "'The handing over of four militants was part of the deal,' according to the BBC": the parser may make the
     * source of "according to" the root of the sentence, with the clause it frames as its complement; every event
     * told in that clause is as the source tells it.
     */
    private void framingAttribution(AnnotatedArticle article, Sentence s, int trigger, State state) {
        int clause = trigger;
        int governor = Syntax.governor(s, clause);
        while (governor >= 0 && Syntax.governor(s, governor) >= 0) {
            clause = governor;
            governor = Syntax.governor(s, clause);
        }
        if (governor >= 0 && s.token(governor).isNoun() && Syntax.relation(s, clause).matches("ccomp|parataxis|dep")) {
            attribution(article, s, governor, state);
        }
    }

    /** The clause predicate a trigger's status is read on: itself, or the light verb carrying a nominal trigger. */
    static int predicateOf(Codebook codebook, Sentence s, int trigger) {
        Token t = s.token(trigger);
        if (isGerundBeforeName(s, trigger)) {
            return Syntax.governor(s, trigger); // the parse reads "storming Kunduz" as an adjective and a noun
        }
        if (!t.isNoun()) {
            return trigger;
        }
        String relation = Syntax.relation(s, trigger);
        int governor = Syntax.governor(s, trigger);
        if (governor >= 0 && (relation.equals("obj") || relation.startsWith("nsubj"))
                && codebook.isCue(CueRole.LIGHT_VERB, s.token(governor).lemma()) && s.token(governor).isVerb()) {
            return governor;
        }
        return trigger;
    }

    /**
     * The predicate of a copular clause with a modal that a nominal event is the subject of ("the meeting will be
     * on Tuesday", "the vote could be next week"), or -1.
     */
    private int modalCopularPredicate(Sentence s, int noun) {
        int governor = Syntax.governor(s, noun);
        if (governor < 0 || !Syntax.relation(s, noun).equals("nsubj") || s.token(governor).isVerb()
                || s.children(governor, "cop").isEmpty()) {
            return -1;
        }
        for (int aux : s.children(governor, "aux")) {
            if (codebook.isCue(CueRole.MODAL, s.token(aux).lemma())
                    || codebook.isCue(CueRole.MODAL, s.token(aux).text().toLowerCase(java.util.Locale.ROOT))) {
                return governor;
            }
        }
        return -1;
    }

    /** A gerund the parser attached as an adjective to the name right after it: "storming Kunduz". */
    static boolean isGerundBeforeName(Sentence s, int token) {
        int governor = Syntax.governor(s, token);
        return (s.token(token).pos().equals("VBG") || s.token(token).pos().equals("VB"))
                && Syntax.relation(s, token).equals("amod") && governor == token + 1 && s.token(governor).isProperNoun();
    }

    private static final class State {
        Status status = Status.ASSERTED;
        Reading.Source source;
        Span cue;

        void raise(Status to, Span at) {
            if (to.ordinal() > status.ordinal()) {
                status = to;
                cue = at;
            }
        }
    }

    /** A nominal mention: its own modifiers ("alleged attack", "talks to be held"), and a verb it is the object of ("denied the attack"). */
    private void nominal(AnnotatedArticle article, Sentence s, int noun, State state) {
        for (Dependency d : s.childrenOf(noun)) {
            Token modifier = s.token(d.dependent());
            Cue doubt = codebook.cue(CueRole.DOUBT, modifier.lemma());
            if (doubt == null) {
                doubt = codebook.cue(CueRole.ADVERB, modifier.lemma());
            }
            if (doubt != null && (d.baseRelation().equals("amod") || d.baseRelation().equals("advmod"))) {
                state.raise(doubt.status(), Span.token(article, s, d.dependent()));
            }
            if (d.relation().equals("det") && codebook.isCue(CueRole.NEGATION, modifier.lemma())) {
                state.raise(Status.NEGATED, Span.token(article, s, d.dependent()));
            }
            if (d.baseRelation().equals("acl") && isScheduling(s, d.dependent())) {
                state.raise(Status.PREDICTED, Span.token(article, s, d.dependent())); // "a meeting to be held in Moscow"
            }
        }
        attributed(article, s, noun, "nmod", state); // "the attack, according to police, …"
        if (Syntax.relation(s, noun).startsWith("nsubj") && Syntax.governor(s, noun) >= 0) {
            // "the handing over of four militants was part of the deal, according to the BBC"
            attributed(article, s, Syntax.governor(s, noun), "obl", state);
        }
        if (verifiedInDoubt(article, s, noun, state)) {
            return;
        }
        int object = noun;
        int governor = Syntax.governor(s, noun);
        if (governor >= 0 && Syntax.relation(s, noun).equals("nmod") && Syntax.caseOf(s, noun).equals("of")
                && s.token(governor).isNoun() && Syntax.relation(s, governor).equals("obj")) {
            object = governor; // "reported the resumption of shelling": the event is what the object is of
            governor = Syntax.governor(s, governor);
        }
        if (governor >= 0 && Syntax.relation(s, object).equals("obj") && s.token(governor).isVerb()) {
            Cue say = codebook.cue(CueRole.SAY, s.token(governor).lemma());
            if (say != null && isNegatedVerb(s, governor)) {
                return; // "no group has claimed the attack", "nobody denied the raid": the event stands as it is
            }
            if (say != null && say.status() != Status.REPORTED) {
                state.raise(say.status(), Span.token(article, s, governor));
                state.source = sources.speakerOf(article, s, governor);
            } else if (say != null) {
                reportedObject(article, s, object, state);
            }
        }
    }

    /**
     * "The attack has not been independently verified", "could not confirm the raid": an event that is what a
     * doubted verification is of is as sure as the verification, whatever it is in other clauses.
     */
    private boolean verifiedInDoubt(AnnotatedArticle article, Sentence s, int noun, State state) {
        int verb = Syntax.governor(s, noun);
        if (verb < 0 || !Syntax.relation(s, noun).matches("nsubj:pass|obj")) {
            return false;
        }
        Cue verify = codebook.cue(CueRole.VERIFY, s.token(verb).lemma());
        if (verify == null || !isDoubted(codebook, s, verb)) {
            return false;
        }
        state.raise(verify.status(), Span.token(article, s, verb));
        return true;
    }

    /**
     * "residents reported shelling", "the army announced the raid", "reported the resumption of shelling": an event
     * that is the object of a verb reporting events is as the verb's subject tells it.
     */
    private void reportedObject(AnnotatedArticle article, Sentence s, int object, State state) {
        int verb = Syntax.governor(s, object);
        if (verb < 0 || !Syntax.relation(s, object).equals("obj") || !s.token(verb).isVerb()) {
            return;
        }
        Codebook.Cue reporting = codebook.cue(Codebook.CueRole.REPORTS_OBJECT, s.token(verb).lemma());
        if (reporting != null) {
            state.raise(reporting.status(), Span.token(article, s, verb));
            if (state.source == null) {
                state.source = sources.speakerOf(article, s, verb);
            }
        }
    }

    /** Cues on the predicate itself: negation, modals, hedging adverbs, a condition. */
    private void local(AnnotatedArticle article, Sentence s, int predicate, State state, boolean own) {
        for (Dependency d : s.childrenOf(predicate)) {
            Token child = s.token(d.dependent());
            String lemma = child.lemma();
            Span at = Span.token(article, s, d.dependent());
            switch (d.baseRelation()) {
                case "advmod" -> {
                    if (codebook.isCue(CueRole.NEGATION, lemma) && !isTakenBack(s, d.dependent())) {
                        state.raise(Status.NEGATED, at);
                    } else if (codebook.isCue(CueRole.ADVERB, lemma)) {
                        Cue cue = codebook.cue(CueRole.ADVERB, lemma);
                        state.raise(cue.status(), at);
                        if (cue.status() == Status.REPORTED && state.source == null) {
                            state.source = new Reading.Source("reports", "media", at);
                        }
                    }
                }
                case "aux" -> {
                    Cue modal = codebook.cue(CueRole.MODAL, lemma.equals("will") ? "will" : child.text()
                            .toLowerCase(java.util.Locale.ROOT));
                    if (modal == null) {
                        modal = codebook.cue(CueRole.MODAL, lemma);
                    }
                    if (modal != null) {
                        state.raise(modal.status(), at);
                    }
                }
                case "mark" -> {
                    boolean question = codebook.isCue(CueRole.INTERROGATIVE, lemma);
                    if (own && (codebook.isCue(CueRole.CONDITION, lemma) || question)) {
                        Cue open = openQuestion(s, predicate);
                        if (open != null) {
                            state.raise(open.status(), at); // "it was not clear if all five were killed"
                        } else if (isConditional(s, predicate) && !question) {
                            state.raise(Status.HYPOTHETICAL, at);
                        }
                    }
                }
                case "obl" -> attribution(article, s, d.dependent(), state);
                case "nsubj" -> {
                    if (Negation.isNegativeSubject(codebook, s, d.dependent())) {
                        state.raise(Status.NEGATED, at);
                    }
                }
                default -> { }
            }
        }
    }

    /** "according to X" on a word, by the relation a phrase hangs on it with: the word's event is as X tells it. */
    private void attributed(AnnotatedArticle article, Sentence s, int word, String relation, State state) {
        for (int phrase : s.children(word, relation)) {
            attribution(article, s, phrase, state);
        }
    }

    /** A phrase marked as a source ("according to the BBC"; cues.tsv ATTRIBUTION) reports what it hangs on. */
    private void attribution(AnnotatedArticle article, Sentence s, int phrase, State state) {
        if (codebook.isCue(CueRole.ATTRIBUTION, Syntax.caseOf(s, phrase))) {
            state.raise(Status.REPORTED, Span.token(article, s, phrase));
            if (state.source == null || state.source.text().equals("reports")) {
                state.source = sources.source(article, s, phrase);
            }
        }
    }

    /** An infinitive that says an event is yet to occur: "to be held", "to take place", "to begin". */
    private boolean isScheduling(Sentence s, int verb) {
        return Syntax.hasChildLemma(s, verb, "mark", Set.of("to"))
                && (Syntax.hasChildLemma(s, verb, "aux:pass", Set.of("be"))
                || codebook.isCue(CueRole.SCHEDULING, s.token(verb).lemma()));
    }

    /**
     * "unclear if", "not known whether", "uncertain if": whether it happened is open. The cue that makes it so
     * (cues.tsv UNSETTLED, or SETTLED under a negation), or null.
     */
    private Cue openQuestion(Sentence s, int clause) {
        int governor = Syntax.governor(s, clause);
        if (governor < 0) {
            return null;
        }
        String lemma = s.token(governor).lemma();
        Cue unsettled = codebook.cue(CueRole.UNSETTLED, lemma);
        if (unsettled != null) {
            return unsettled;
        }
        boolean negated = s.children(governor, "advmod").stream()
                .anyMatch(m -> codebook.isCue(CueRole.NEGATION, s.token(m).lemma()));
        return negated ? codebook.cue(CueRole.SETTLED, lemma) : null;
    }

    /**
     * A named group or person reporting its own act: the content's subject is a pronoun pointing back at the
     * speaker ("they", "it", "we") or is possessed by one ("its fighters").
     */
    static boolean claimsOwnAct(Codebook codebook, Sentence s, int clause, int verb) {
        int speaker = SourceFinder.speakerToken(s, verb);
        if (speaker < 0 || !isNamed(codebook, s, speaker)) {
            return false;
        }
        for (int subject : s.children(clause, "nsubj")) {
            if (pointsBack(codebook, s.token(subject).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            for (int possessor : s.children(subject, "nmod:poss")) {
                String lemma = s.token(possessor).lemma();
                if (pointsBack(codebook, lemma) || codebook.isCue(CueRole.POSSESSIVE_PRONOUN, lemma)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name, or a noun for a body that a name makes one of: "the JNIM group", "the militant group Boko Haram"; not
     * one person who speaks for the named body ("a State Department spokesman": "it" is the department).
     */
    private static boolean isNamed(Codebook codebook, Sentence s, int noun) {
        Token head = s.token(noun);
        if (isName(codebook, head)) {
            return true;
        }
        boolean onePerson = head.pos().equals("NN") && codebook.isPersonNoun(head.lemma())
                && !codebook.isGroupNoun(head.lemma());
        List<Integer> names = new java.util.ArrayList<>(s.children(noun, "compound"));
        names.addAll(s.children(noun, "appos"));
        return !onePerson && names.stream().anyMatch(n -> isName(codebook, s.token(n)));
    }

    private static boolean isName(Codebook codebook, Token t) {
        return t.isProperNoun() || codebook.actor(t.text()) != null;
    }

    /** A pronoun that can stand for a speaking group or body: "they", "it", "we" (cues.tsv). */
    private static boolean pointsBack(Codebook codebook, String word) {
        return codebook.isCue(CueRole.THING_PRONOUN, word) || codebook.isCue(CueRole.GROUP_PRONOUN, word);
    }

    /** "would" on a clause said in the past: a reported future (cues.tsv REPORTED_FUTURE). */
    private boolean hasReportedFuture(Sentence s, int verb) {
        for (int aux : s.children(verb, "aux")) {
            if (codebook.isCue(CueRole.REPORTED_FUTURE, s.token(aux).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private boolean isNegatedVerb(Sentence s, int verb) {
        for (Dependency d : s.childrenOf(verb)) {
            String lemma = s.token(d.dependent()).lemma();
            if (d.baseRelation().equals("advmod") && codebook.isCue(CueRole.NEGATION, lemma)
                    || d.baseRelation().equals("nsubj") && Negation.isNegativeSubject(codebook, s, d.dependent())) {
                return true;
            }
        }
        return false;
    }

    /** "not only … but also" does not negate: a word right after the negation takes it back (cues.tsv TAKES_BACK). */
    private boolean isTakenBack(Sentence s, int not) {
        return not + 1 < s.tokens().size() && codebook.isCue(CueRole.TAKES_BACK, s.token(not + 1).lemma());
    }

    /** An "if" clause is a condition unless it is the complement of asking or knowing ("asked if", "unclear if"). */
    private boolean isConditional(Sentence s, int clause) {
        String relation = Syntax.relation(s, clause);
        int governor = Syntax.governor(s, clause);
        return !(relation.equals("ccomp") || relation.equals("csubj"))
                || governor < 0 || !codebook.isCue(CueRole.QUESTION_GOVERNOR, s.token(governor).lemma());
    }

    /** Up the parse from the predicate through the clauses it is the complement of. */
    private void climb(AnnotatedArticle article, Sentence s, int predicate, State state) {
        int current = predicate;
        for (int guard = 0; guard < 12; guard++) {
            if (leadingReport(article, s, current, state)) {
                return;
            }
            String relation = Syntax.relation(s, current);
            int governor = Syntax.governor(s, current);
            if (governor < 0) {
                trailingReport(article, s, current, state);
                return;
            }
            if (relation.equals("acl:relcl")) {
                return;
            }
            Token head = s.token(governor);
            String base = relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
            switch (base) {
                case "conj" -> { } // a conjunct shares the context of the first, not its own modifiers
                case "nsubj" -> {
                    // "storming Kunduz may take another five years": the event is the subject of a duration verb
                    Cue duration = codebook.cue(CueRole.DURATION_VERB, head.lemma());
                    if (!(duration != null && hasDurationObject(s, governor))) {
                        if (!reportNounUnder(article, s, current, governor, state)) {
                            // "the handing over of four militants was part of the deal, according to the BBC"
                            attributed(article, s, governor, "obl", state);
                            return;
                        }
                    } else {
                        state.raise(duration.status(), Span.token(article, s, governor));
                        local(article, s, governor, state, false);
                        if (state.status == Status.HYPOTHETICAL) {
                            state.status = Status.PREDICTED;
                        }
                    }
                }
                case "ccomp", "parataxis", "dep", "xcomp", "csubj", "advcl" -> {
                    if (base.equals("advcl") && isParticipialAdjunct(s, current)) {
                        break; // "collided in a tunnel, injuring one person": told as the clause it hangs on
                    }
                    if (base.equals("advcl") && !isReportingAdverbial(s, current)) {
                        return;
                    }
                    governedBy(article, s, current, governor, base, state);
                }
                case "acl", "nmod" -> {
                    Cue duration = codebook.isCue(CueRole.TIME_UNIT, head.lemma())
                            && Syntax.relation(s, governor).equals("obj")
                            ? codebook.cue(CueRole.DURATION_VERB, s.token(Syntax.governor(s, governor)).lemma()) : null;
                    if (duration != null) {
                        // "need three more weeks to retake X", with "to X" hung on "weeks"
                        state.raise(duration.status(), Span.token(article, s, Syntax.governor(s, governor)));
                        current = Syntax.governor(s, governor);
                        continue;
                    }
                    if (head.isNoun()) {
                        // "reported the resumption of shelling": whatever hangs in the phrase a reporting verb
                        // takes as object is reported with it, however the parser hangs it ("of" as an acl)
                        reportedObject(article, s, governor, state);
                    }
                    Cue reportNoun = head.isNoun() ? codebook.cue(CueRole.REPORT_NOUN, head.lemma()) : null;
                    if (reportNoun == null) {
                        return;
                    }
                    Cue say = codebook.cue(CueRole.SAY, head.lemma());
                    state.raise(say != null ? say.status() : reportNoun.status(), Span.token(article, s, governor));
                    if (state.source == null) {
                        state.source = new Reading.Source(head.text(), "media", Span.token(article, s, governor));
                    }
                }
                case "obj" -> {
                    if (!reportNounUnder(article, s, current, governor, state)) {
                        attributed(article, s, governor, "obl", state);
                        return;
                    }
                }
                default -> {
                    return;
                }
            }
            current = governor;
        }
    }

    /**
     * A reporting noun takes the status of the verb it is the subject or object of: "denied reports that …",
     * "reports that … were confirmed". False when {@code noun} is no reporting noun, which ends the climb.
     */
    private boolean reportNounUnder(AnnotatedArticle article, Sentence s, int noun, int verb, State state) {
        if (!(s.token(noun).isNoun() && codebook.isCue(CueRole.REPORT_NOUN, s.token(noun).lemma()))) {
            return false;
        }
        Cue say = codebook.cue(CueRole.SAY, s.token(verb).lemma());
        if (say != null) {
            state.raise(say.status(), Span.token(article, s, verb));
            state.source = sources.speakerOf(article, s, verb);
        }
        return true;
    }

    /**
     * "The leader was arrested in Minsk, his wife said": the parser may hang the report on the sentence it reports
     * instead of the other way round; a reporting verb with its own speaker after the main clause reports it.
     */
    private void trailingReport(AnnotatedArticle article, Sentence s, int root, State state) {
        for (int verb : s.children(root, "parataxis")) {
            if (verb > root && codebook.cue(CueRole.SAY, s.token(verb).lemma()) != null
                    && !s.children(verb, "nsubj").isEmpty() && s.children(verb, "obj").stream().allMatch(
                            obj -> isAddressee(s.token(obj)))) {
                // "…, police said", "…, an officer told Reuters"; not "…; he pledges allegiance to X", whose verb
                // says something else
                governedBy(article, s, root, verb, "parataxis", state);
                return;
            }
        }
    }

    /**
     * "LOS ANGELES — Officials say two buses have collided": a dateline before the lead makes the parser hang
     * "say" beside the clause it introduces (often with that clause's subject as its object); a reporting verb
     * with its own subject and no clause of its own, before the clause it is hung on, reports that clause.
     */
    private boolean leadingReport(AnnotatedArticle article, Sentence s, int clause, State state) {
        for (int verb : s.children(clause, "parataxis")) {
            if (verb < clause && codebook.cue(CueRole.SAY, s.token(verb).lemma()) != null
                    && !s.children(verb, "nsubj").isEmpty() && s.children(verb, "ccomp").isEmpty()) {
                governedBy(article, s, clause, verb, "parataxis", state);
                return true;
            }
        }
        return false;
    }

    /** Whom a report is told to: a name or a pronoun ("told Reuters", "told him"), not what is said. */
    private static boolean isAddressee(Token token) {
        return token.pos().startsWith("NNP") || token.pos().equals("PRP");
    }

    /** A participle with no conjunction of its own that adds to a clause: "…, injuring one person". */
    private static boolean isParticipialAdjunct(Sentence s, int clause) {
        return s.token(clause).pos().equals("VBG") && s.children(clause, "mark").isEmpty()
                && s.children(clause, "nsubj").isEmpty();
    }

    /** "…, officials said" attaches as parataxis or ccomp; an adverbial clause reports only with "as" ("as X said"). */
    private boolean isReportingAdverbial(Sentence s, int clause) {
        return s.children(clause, "mark").stream().anyMatch(m -> codebook.isCue(CueRole.CONDITION, s.token(m).lemma()));
    }

    /** The effect of the verb whose complement the mention's clause is. */
    private void governedBy(AnnotatedArticle article, Sentence s, int clause, int verb, String relation, State state) {
        Token head = s.token(verb);
        String lemma = head.lemma();
        Span at = Span.token(article, s, verb);
        if (relation.equals("advcl")) {
            // reached only for if/unless clauses: the condition itself is hypothetical
            state.raise(Status.HYPOTHETICAL, at);
            return;
        }
        Cue verify = codebook.cue(CueRole.VERIFY, lemma);
        if (verify != null && isDoubted(codebook, s, verb)) {
            state.raise(verify.status(), at);
            return;
        }
        Cue say = codebook.cue(CueRole.SAY, lemma);
        Cue raise = codebook.cue(CueRole.RAISE, lemma);
        boolean passive = !s.children(verb, "aux:pass").isEmpty();
        if (raise != null && passive && relation.equals("xcomp")) {
            state.raise(raise.status(), at); // "are said to have lent"
            if (state.source == null) {
                state.source = new Reading.Source("reports", "media", at);
            }
        } else if (say != null && isNegatedVerb(s, verb)) {
            return; // "no group has admitted carrying out the attack": the attack stands as it is
        } else if (say != null && say.status() == Status.REPORTED && claimsOwnAct(codebook, s, clause, verb)) {
            state.raise(Status.CLAIMED, at); // "the group said its fighters had killed 20": a claim
            if (state.source == null) {
                state.source = sources.speakerOf(article, s, verb);
            }
        } else if (say != null) {
            if (say.status() == Status.PREDICTED && state.status == Status.HYPOTHETICAL
                    || state.status == Status.HYPOTHETICAL && head.pos().equals("VBD") && hasReportedFuture(s, clause)) {
                state.status = Status.PREDICTED; // "predicted that a deal could be signed", "said they would strike"
            }
            state.raise(say.status(), at);
            if (state.source == null) {
                state.source = sources.speakerOf(article, s, verb);
            }
        } else if (codebook.isCue(CueRole.FAILURE, lemma) && relation.equals("xcomp")) {
            state.raise(codebook.cue(CueRole.FAILURE, lemma).status(), at); // "failed to reach the town"
        } else if (codebook.isCue(CueRole.FUTURE, lemma) && relation.equals("xcomp")) {
            state.raise(codebook.cue(CueRole.FUTURE, lemma).status(), at);
        } else if (codebook.isCue(CueRole.DURATION_VERB, lemma) && hasDurationObject(s, verb)) {
            // "needs three more weeks to retake", "may take five years"
            state.raise(codebook.cue(CueRole.DURATION_VERB, lemma).status(), at);
        } else if (codebook.isCue(CueRole.IMPLICATIVE, lemma)) {
            local(article, s, verb, state, false);
        } else if (relation.equals("xcomp")) {
            local(article, s, verb, state, false); // "will never dare to fight": the matrix's modality carries over
        }
    }

    private boolean hasDurationObject(Sentence s, int verb) {
        for (int obj : s.children(verb, "obj")) {
            if (codebook.isCue(CueRole.TIME_UNIT, s.token(obj).lemma())
                    || s.entityAt(obj).map(e -> e.type().equals("DURATION")).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** "could not be independently verified", "could not confirm", "if it is confirmed". */
    static boolean isDoubted(Codebook codebook, Sentence s, int verb) {
        for (Dependency d : s.childrenOf(verb)) {
            String lemma = s.token(d.dependent()).lemma();
            if (d.baseRelation().equals("advmod")
                    && (codebook.isCue(CueRole.PENDING, lemma) || codebook.isCue(CueRole.NEGATION, lemma))
                    || d.baseRelation().equals("mark") && codebook.isCue(CueRole.CONDITION, lemma)) {
                return true;
            }
        }
        return false;
    }
}
