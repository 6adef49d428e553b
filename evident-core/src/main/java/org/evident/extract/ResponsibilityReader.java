package org.evident.extract;

import java.util.List;
import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Dependency;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Who claims an attack or is blamed for it, read from the words of responsibility.tsv by their constructions: "X
 * claimed responsibility for the attack" (CLAIMED), "… for which X claimed responsibility", "X blamed Y for the
 * attack", "Y was responsible for it", "attributed it to Y" (ALLEGED), "a PKK attack" (ASSERTED: the text names an armed
 * group as the attacker in its own voice). A claim attaches to the event its "for" phrase names, else to the
 * nearest attack before it; an asserted attacker only to the event its noun is a mention of.
 */
final class ResponsibilityReader {

    /** A responsibility found in a sentence, and the trigger token it points at (or -1 for "the nearest"). */
    record Found(Reading.Party party, String status, int target, Span cue) {}

    private final PartyFinder parties;
    private final Codebook codebook;

    ResponsibilityReader(Codebook codebook, PartyFinder parties) {
        this.codebook = codebook;
        this.parties = parties;
    }

    List<Found> find(AnnotatedArticle article, Sentence s) {
        List<Found> found = new java.util.ArrayList<>();
        ResponsibilityCues cues = codebook.responsibilityCues();
        for (Token t : s.tokens()) {
            int i = t.index();
            ResponsibilityCues.Cue cue = cues.at(t);
            ResponsibilityCues.Construction construction = cue == null ? null : cue.construction();
            int claimedAct = construction == ResponsibilityCues.Construction.CLAIM ? claimedAttack(s, i) : -1;
            boolean claims = construction == ResponsibilityCues.Construction.CLAIM
                    || construction == ResponsibilityCues.Construction.TAKE;
            if (claims && t.isNoun()) {
                Found claim = claimNoun(article, s, i, cue);
                if (claim != null) {
                    found.add(claim);
                }
            } else if (claims && (hasClaimObject(s, i) || claimedAct >= 0) && !isNegated(s, i)) {
                int claimant = subject(s, i) >= 0 ? subject(s, i) : byAgent(s, i); // "… was claimed by IS"
                claimant = claimant >= 0 ? claimant : messageIssuer(s, i);
                claimant = claimant < 0 ? claimant : Syntax.onLineOf(article.article().body(), s, claimant, i);
                if (claimant >= 0 && !codebook.isPronoun(s.token(claimant))) {
                    found.add(new Found(parties.party(article, s, claimant), cue.status(),
                            claimedAct >= 0 ? claimedAct : target(s, i), Span.token(article, s, i)));
                }
            } else if (construction == ResponsibilityCues.Construction.NAMES) {
                // "it bears the hallmarks of the PKK", "all indications point to the PKK"
                for (int named : t.isVerb() ? s.children(i, "obl") : s.children(i, "nmod")) {
                    if (Syntax.caseOf(s, named).equals(cue.marker()) && isGroup(s, named)) {
                        found.add(new Found(parties.party(article, s, named), cue.status(), -1,
                                Span.token(article, s, i)));
                    }
                }
            } else if (construction == ResponsibilityCues.Construction.BEHIND
                    && Syntax.relation(s, i).equals("case")) {
                // the subject of the clause: on the noun itself when it is a copula's predicate ("police said IS
                // was behind the killings"), else on the verb the noun depends on
                int attack = Syntax.governor(s, i);
                int verb = attack < 0 ? -1 : Syntax.governor(s, attack);
                List<Integer> subjects = attack < 0 ? List.of() : s.children(attack, "nsubj");
                int clause = attack;
                if (subjects.isEmpty() && verb >= 0) {
                    subjects = s.children(verb, "nsubj");
                    clause = verb;
                }
                Found own = clause < 0 ? null : ownWord(article, s, clause, attack, Span.token(article, s, i));
                if (own != null) {
                    found.add(own);
                }
                for (int subject : subjects) {
                    if (isGroup(s, subject)) {
                        found.add(new Found(parties.party(article, s, subject), cue.status(), attack,
                                Span.token(article, s, i)));
                    }
                }
            } else if (t.isNoun()) {
                // "a PKK attack", "the Taliban's offensive": the text itself names an armed group as the attacker
                for (int named : namingModifiers(s, i)) {
                    Reading.Party party = parties.party(article, s, named);
                    if (party.isNamedArmedGroup()) {
                        found.add(new Found(party, "ASSERTED", i, Span.token(article, s, named)));
                    }
                }
            } else if (construction == ResponsibilityCues.Construction.BLAME) {
                int verbOn = marked(s, s.children(i, "obl"), cue.marker());
                for (int blamed : objects(s, i)) {
                    // the parser hangs "on X" on the verb or on the act ("blamed [the bombing on X]")
                    int on = verbOn >= 0 ? verbOn : marked(s, s.children(blamed, "nmod"), cue.marker());
                    if (on >= 0) {
                        // "authorities blamed the bombing on the PKK": the object is the attack, "on" the party
                        found.add(new Found(parties.party(article, s, on), cue.status(), blamed,
                                Span.token(article, s, i)));
                    } else if (!codebook.isPronoun(s.token(blamed))) {
                        found.add(new Found(parties.party(article, s, blamed), cue.status(), target(s, i),
                                Span.token(article, s, i)));
                    }
                }
            } else if (construction == ResponsibilityCues.Construction.ACCUSE) {
                // "police accused Boko Haram of the bombing", "al-Shabab is suspected of carrying out the attack":
                // only an accusation of an attack blames anyone for one ("accused the minister of fraud" does not)
                int act = accusedAttack(s, i, cue.marker());
                for (int accused : act < 0 ? List.<Integer>of() : objects(s, i)) {
                    if (!codebook.isPronoun(s.token(accused))) {
                        found.add(new Found(parties.party(article, s, accused), cue.status(), act,
                                Span.token(article, s, i)));
                    }
                }
            } else if (construction == ResponsibilityCues.Construction.RESPONSIBLE) {
                // "officials said the PKK was responsible for the bombing", "held the Taliban responsible for …"
                // (an armed group only: "the ministry is responsible for security" blames nobody for anything)
                int blamed = subject(s, i);
                Reading.Party party = blamed < 0 ? null : armedGroup(article, s, blamed);
                Found own = ownWord(article, s, i, target(s, i), Span.token(article, s, i));
                if (own != null) {
                    found.add(own);
                } else if (party != null && !isNegated(s, i)) {
                    found.add(new Found(party, cue.status(), target(s, i), Span.token(article, s, i)));
                }
            } else if (construction == ResponsibilityCues.Construction.ATTRIBUTE && !isNegated(s, i)) {
                // "police attributed the attack to Boko Haram": the object is the attack, "to" the party
                int to = marked(s, s.children(i, "obl"), cue.marker());
                Reading.Party party = to < 0 ? null : armedGroup(article, s, to);
                if (party != null) {
                    int attack = s.children(i, "obj").stream().findFirst().orElse(-1);
                    found.add(new Found(party, cue.status(), attack, Span.token(article, s, i)));
                }
            } else if (construction == ResponsibilityCues.Construction.DENY && deniesInvolvement(s, i)) {
                // "the group denied any involvement in the attack": a denial of responsibility
                int denier = subject(s, i);
                denier = denier < 0 ? denier : Syntax.onLineOf(article.article().body(), s, denier, i);
                if (denier >= 0 && !codebook.isPronoun(s.token(denier))) {
                    found.add(new Found(parties.party(article, s, denier), cue.status(), target(s, i),
                            Span.token(article, s, i)));
                }
            }
            if (t.isVerb() && cue == null && Syntax.relation(s, i).matches("acl|acl:relcl|root|ccomp|conj|advcl")) {
                // "girls abducted by Boko Haram": an armed group named as the agent of the act, in the text's voice
                // (not of a claim or a blame: "claimed by IS" is IS's word, read above)
                // "the attack was carried out by IS": a light verb's act is its passive subject
                int act = codebook.isCue(Codebook.CueRole.LIGHT_VERB, t.lemma())
                        ? s.children(i, "nsubj:pass").stream().findFirst().orElse(i) : i;
                for (int agent : s.children(i, "obl")) {
                    if (!Syntax.caseOf(s, agent).equals("by")) {
                        continue;
                    }
                    Reading.Party party = armedGroup(article, s, agent);
                    if (party != null) {
                        found.add(new Found(party, "ASSERTED", act, Span.token(article, s, agent)));
                    }
                }
            }
        }
        return found;
    }

    /**
     * A named party's own word on its part in an act: "Boko Haram said it was responsible for the attack", "the
     * group said its fighters were behind the bombing" claim it; "the Taliban denied it was responsible", "said it
     * was not behind the attack" deny it. The claim or denial, or null when the clause is no such report.
     */
    private Found ownWord(AnnotatedArticle article, Sentence s, int clause, int attack, Span cue) {
        int verb = Syntax.governor(s, clause);
        Codebook.Cue say = verb < 0 ? null : codebook.cue(Codebook.CueRole.SAY, s.token(verb).lemma());
        if (say == null || !Syntax.relation(s, clause).equals("ccomp")
                || !EpistemicReader.claimsOwnAct(codebook, s, clause, verb)) {
            return null;
        }
        boolean negated = isNegated(s, clause);
        boolean says = say.status() == Status.REPORTED || say.status() == Status.CLAIMED;
        String status = says ? (negated ? DENIED : CLAIMED) : say.status() == Status.DENIED && !negated ? DENIED : null;
        int speaker = Syntax.onLineOf(article.article().body(), s, SourceFinder.speakerToken(s, verb), verb);
        return status == null ? null : new Found(parties.party(article, s, speaker), status, attack, cue);
    }

    /**
     * "the group's claim of responsibility for the attack", "a responsibility claim by IS": a claim noun whose "of"
     * phrase (responsibility.tsv marker) or compound is what is claimed, made by its possessor or by the party a
     * message's issuer preposition names (mentions.tsv ISSUER_CASE); it claims the act its "for" phrase names, else
     * the nearest attack before it. Null when the noun claims no responsibility or names no one.
     */
    private Found claimNoun(AnnotatedArticle article, Sentence s, int noun, ResponsibilityCues.Cue cue) {
        List<Integer> claimed = new java.util.ArrayList<>();
        int claimant = -1;
        for (Dependency d : s.childrenOf(noun)) {
            int child = d.dependent();
            boolean marked = d.baseRelation().equals("nmod") && Syntax.caseOf(s, child).equals(cue.marker());
            if (codebook.responsibilityCues().isClaimObject(s.token(child).lemma())
                    && (d.relation().equals("compound") || marked)) {
                claimed.add(child);
            } else if (d.relation().equals("nmod:poss")) {
                claimant = child;
            }
        }
        // the phrases on the claim, and on what is claimed, where the parser may hang them ("a claim of
        // [responsibility by the group for the attack]")
        List<Integer> phrases = new java.util.ArrayList<>(s.children(noun, "nmod"));
        claimed.forEach(object -> phrases.addAll(s.children(object, "nmod")));
        for (int phrase : phrases) {
            if (claimant < 0 && isIssuer(s, phrase)) {
                claimant = phrase;
            }
        }
        if (claimed.isEmpty() || claimant < 0 || codebook.isPronoun(s.token(claimant))) {
            return null;
        }
        return new Found(parties.party(article, s, claimant), cue.status(), actNamed(s, phrases),
                Span.token(article, s, noun));
    }

    /** A phrase whose preposition names who issued a message: "by the group", "from the group" (mentions.tsv). */
    private boolean isIssuer(Sentence s, int phrase) {
        return codebook.mentionWords().has(Codebook.MentionRole.ISSUER_CASE, Syntax.caseOf(s, phrase));
    }

    /** What a party's own word makes of its responsibility. */
    private static final String CLAIMED = "CLAIMED";
    private static final String DENIED = "DENIED";

    /** The armed group a phrase names, at its head or in its apposition ("the militant group Boko Haram"); or null. */
    private Reading.Party armedGroup(AnnotatedArticle article, Sentence s, int head) {
        List<Integer> candidates = new java.util.ArrayList<>(List.of(head));
        candidates.addAll(s.children(head, "appos"));
        candidates.addAll(s.children(head, "compound"));
        for (int c : candidates) {
            Reading.Party party = parties.party(article, s, c);
            if (party.isNamedArmedGroup()) {
                return party;
            }
        }
        return null;
    }

    private static int marked(Sentence s, List<Integer> nouns, String marker) {
        for (int n : nouns) {
            if (Syntax.caseOf(s, n).equals(marker)) {
                return n;
            }
        }
        return -1;
    }

    /** "denied any involvement", "denies a role": the denial's object is a part in an act (cues.tsv INVOLVEMENT). */
    private boolean deniesInvolvement(Sentence s, int verb) {
        for (int obj : s.children(verb, "obj")) {
            if (codebook.isCue(Codebook.CueRole.INVOLVEMENT, s.token(obj).lemma())) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> namingModifiers(Sentence s, int noun) {
        List<Integer> named = new java.util.ArrayList<>(s.children(noun, "compound"));
        named.addAll(s.children(noun, "nmod:poss"));
        return named;
    }

    /** "was not responsible", "no group was responsible", "nobody has claimed it": a negated attribution names nobody. */
    private boolean isNegated(Sentence s, int predicate) {
        for (int modifier : s.children(predicate, "advmod")) {
            if (codebook.isCue(Codebook.CueRole.NEGATION, s.token(modifier).lemma())) {
                return true;
            }
        }
        for (int subject : s.children(predicate, "nsubj")) {
            if (Negation.isNegativeSubject(codebook, s, subject)) {
                return true;
            }
        }
        return false;
    }

    /** A named group or person, not "it" or "the gunman". */
    private static boolean isGroup(Sentence s, int head) {
        Token t = s.token(head);
        return t.isProperNoun() || t.ner().equals("ORGANIZATION");
    }

    /** Who a verb acts on: its object, or the subject of its passive ("X was blamed for …"). */
    private static List<Integer> objects(Sentence s, int verb) {
        List<Integer> objects = new java.util.ArrayList<>(s.children(verb, "obj"));
        objects.addAll(passiveSubjects(s, verb));
        return objects;
    }

    /**
     * The subject of a passive ("the attack was claimed by IS"), or the noun a participle modifies ("an attack
     * claimed by IS").
     */
    private static List<Integer> passiveSubjects(Sentence s, int verb) {
        List<Integer> subjects = new java.util.ArrayList<>(s.children(verb, "nsubj:pass"));
        int governor = Syntax.governor(s, verb);
        if (subjects.isEmpty() && governor >= 0 && Syntax.relation(s, verb).equals("acl")
                && s.token(verb).pos().equals("VBN")) {
            subjects.add(governor);
        }
        return subjects;
    }

    /**
     * The attack a phrase with the marker names on an accusation: an attack noun ("of the bombing"), or the object of
     * the verb it marks ("of carrying out the attack"), or that verb when it is itself an attack ("of bombing the
     * market"); else -1.
     */
    private int accusedAttack(Sentence s, int verb, String marker) {
        List<Integer> phrases = new java.util.ArrayList<>(s.children(verb, "obl"));
        phrases.addAll(s.children(verb, "advcl"));
        for (int phrase : phrases) {
            if (!Syntax.caseOf(s, phrase).equals(marker) && !markOf(s, phrase).equals(marker)) {
                continue;
            }
            if (isAttack(s.token(phrase))) {
                return phrase;
            }
            for (int obj : s.children(phrase, "obj")) {
                if (isAttack(s.token(obj))) {
                    return obj;
                }
            }
        }
        return -1;
    }

    private static String markOf(Sentence s, int verb) {
        return s.children(verb, "mark").stream().map(m -> s.token(m).lemma()).findFirst().orElse("");
    }

    /** A word triggers.tsv files, on its own, as an attack (ASSAULT). */
    private boolean isAttack(Token t) {
        return codebook.oneWordTriggers(t.lemma()).anyMatch(trigger -> trigger.category().equals("ASSAULT"));
    }

    /** "IS claimed the attack": a claim whose object is an attack noun (triggers.tsv ASSAULT) claims that act; else -1. */
    private int claimedAttack(Sentence s, int verb) {
        for (int obj : objects(s, verb)) {
            Token t = s.token(obj);
            if (t.isNoun() && isAttack(t)) {
                return obj;
            }
        }
        return -1;
    }

    private boolean hasClaimObject(Sentence s, int verb) {
        for (int obj : objects(s, verb)) {
            if (codebook.responsibilityCues().isClaimObject(s.token(obj).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** The active subject of a verb ("X claimed"; "the attack was claimed" has none), its antecedent for "which". */
    private static int subject(Sentence s, int verb) {
        for (Dependency d : s.childrenOf(verb)) {
            if (d.relation().equals("nsubj")) {
                return Syntax.antecedent(s, d.dependent());
            }
        }
        // "the group, which later claims responsibility", parsed with the verb hung on "which" and "which" on the
        // noun: the relative pronoun still speaks for that noun
        int governor = Syntax.governor(s, verb);
        if (governor >= 0 && governor < verb && Syntax.relation(s, governor).equals("acl:relcl")
                && (s.token(governor).pos().equals("WDT") || s.token(governor).pos().equals("WP"))) {
            return Syntax.governor(s, governor);
        }
        return -1;
    }

    /**
     * Who issued the message a claim is the "-ing" modifier of (cues.tsv MESSAGE): its owner ("the group's statement
     * claiming …", "a statement from the group claiming …"), else the subject of the verb it hangs on ("IS issued a
     * statement claiming …", "in a statement claiming …, the group said"); or -1.
     */
    private int messageIssuer(Sentence s, int verb) {
        int message = Syntax.governor(s, verb);
        if (message < 0 || !Syntax.relation(s, verb).equals("acl")
                || !codebook.isCue(Codebook.CueRole.MESSAGE, s.token(message).lemma())) {
            return -1;
        }
        for (Dependency d : s.childrenOf(message)) {
            boolean owner = d.relation().equals("nmod:poss")
                    || d.baseRelation().equals("nmod") && isIssuer(s, d.dependent());
            if (owner && !codebook.isPronoun(s.token(d.dependent()))) {
                return d.dependent();
            }
        }
        int issuing = Syntax.governor(s, message);
        return issuing < 0 || !s.token(issuing).isVerb() ? -1 : subject(s, issuing);
    }

    /** The "by" agent of a passive verb, or -1. */
    private static int byAgent(Sentence s, int verb) {
        return passiveSubjects(s, verb).isEmpty() ? -1 : marked(s, s.children(verb, "obl"), "by");
    }

    /** The noun of "for X", else of "in X" (on the verb or on its object), the antecedent for "for which"; else -1. */
    private int target(Sentence s, int verb) {
        List<Integer> candidates = new java.util.ArrayList<>(s.children(verb, "obl"));
        for (int obj : s.children(verb, "obj")) {
            candidates.addAll(s.children(obj, "nmod"));
        }
        return actNamed(s, candidates);
    }

    /** Of phrases hung on a claim or a blame, the noun of the first "for X", else of "in X"; else -1. */
    private int actNamed(Sentence s, List<Integer> candidates) {
        // "for" names the act; "in" does only where nothing is claimed "for" ("denied any role in the attack"), so
        // "claimed responsibility in a statement for the attack" takes the attack
        for (String preposition : List.of("for", "in")) {
            for (int c : candidates) {
                if (Syntax.caseOf(s, c).equals(preposition)) {
                    int target = Syntax.antecedent(s, c);
                    return target == c && codebook.isPronoun(s.token(c)) ? -1 : target;
                }
            }
        }
        return -1;
    }
}
