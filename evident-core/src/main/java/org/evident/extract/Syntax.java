package org.evident.extract;

import java.util.List;
import java.util.Set;
import org.evident.nlp.Dependency;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/** Small questions about a dependency parse that the readers ask again and again. */
final class Syntax {

    /** Relations that build a name-like noun phrase around its head. */
    private static final Set<String> CORE_NP = Set.of("det", "amod", "compound", "flat", "nummod", "nmod:poss",
            "case", "det:predet", "compound:prt", "fixed", "nmod:npmod");

    /** Relations never followed when taking a whole phrase: they open a new clause or an aside. */
    private static final Set<String> CLAUSAL = Set.of("acl:relcl", "acl", "advcl", "ccomp", "parataxis", "punct",
            "dep", "cc", "conj", "mark");


    private Syntax() {}

    /** The head's relation to its governor ("root" for the root). */
    static String relation(Sentence s, int index) {
        return s.headOf(index).map(Dependency::relation).orElse("root");
    }

    /**
     * The verb whose clause a verb stands in: itself, or, for an open complement ("plans to impose", "continued to
     * send"), the verb it completes, which shares its subject and its place in the sentence.
     */
    static int completedVerb(Sentence s, int verb) {
        int current = verb;
        for (int guard = 0; guard < 4 && relation(s, current).equals("xcomp") && governor(s, current) >= 0; guard++) {
            current = governor(s, current);
        }
        return current;
    }

    /** The head's governor, or -1. */
    static int governor(Sentence s, int index) {
        return s.headOf(index).map(Dependency::governor).orElse(-1);
    }

    /** Children attached by exactly this relation or by its subtypes ("obl" finds "obl:tmod"). */
    static List<Integer> children(Sentence s, int index, String relation) {
        return s.children(index, relation);
    }

    static boolean hasChildLemma(Sentence s, int index, String relation, Set<String> lemmas) {
        for (int child : s.children(index, relation)) {
            if (lemmas.contains(s.token(child).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** A noun's "of" phrases, in sentence order: "the death of a boy", "thousands of Kurds". */
    static List<Integer> ofPhrases(Sentence s, int noun) {
        return s.children(noun, "nmod").stream().filter(n -> caseOf(s, n).equals("of")).toList();
    }

    /** The case marker (preposition) of a nominal dependent, lower case, or "". */
    static String caseOf(Sentence s, int index) {
        StringBuilder marker = new StringBuilder();
        for (Dependency d : s.childrenOf(index)) {
            if (d.relation().equals("case") && d.dependent() < index) {
                if (marker.length() > 0) {
                    marker.append(' ');
                }
                marker.append(s.token(d.dependent()).lemma());
                for (int fixed : s.children(d.dependent(), "fixed")) {
                    marker.append(' ').append(s.token(fixed).lemma());
                }
            }
        }
        return marker.toString();
    }

    /** The token range [first, last] of a name-like noun phrase: determiners, adjectives, compounds, possessors. */
    static int[] corePhrase(Sentence s, int head) {
        int[] range = {head, head};
        extend(s, head, range, CORE_NP, 0);
        trimEdges(s, range, head);
        return range;
    }

    /** The token range of the whole phrase under a head, without relative clauses, asides and conjuncts. */
    static int[] fullPhrase(Sentence s, int head) {
        int[] range = {head, head};
        for (Dependency d : s.childrenOf(head)) {
            boolean name = d.relation().equals("dep") && s.token(d.dependent()).isProperNoun(); // "the spokesman Ahmed Salem"
            if (!CLAUSAL.contains(d.relation()) || name) {
                int[] sub = {d.dependent(), d.dependent()};
                extendAll(s, d.dependent(), sub, 0);
                range[0] = Math.min(range[0], sub[0]);
                range[1] = Math.max(range[1], sub[1]);
            }
        }
        trimEdges(s, range, head);
        return range;
    }

    private static void extend(Sentence s, int index, int[] range, Set<String> relations, int depth) {
        if (depth > 8) {
            return;
        }
        for (Dependency d : s.childrenOf(index)) {
            boolean take = relations.contains(d.relation()) || relations.contains(d.baseRelation());
            if (take) {
                range[0] = Math.min(range[0], d.dependent());
                range[1] = Math.max(range[1], d.dependent());
                extend(s, d.dependent(), range, relations, depth + 1);
            }
        }
    }

    private static void extendAll(Sentence s, int index, int[] range, int depth) {
        if (depth > 30) {
            return;
        }
        for (Dependency d : s.childrenOf(index)) {
            if (d.relation().equals("acl:relcl") || d.relation().equals("parataxis")) {
                continue;
            }
            range[0] = Math.min(range[0], d.dependent());
            range[1] = Math.max(range[1], d.dependent());
            extendAll(s, d.dependent(), range, depth + 1);
        }
    }

    /** Drops punctuation and prepositions from the edges, never the head. */
    private static void trimEdges(Sentence s, int[] range, int head) {
        while (range[0] < head && (isEdgeNoise(s.token(range[0])) || isMarker(s, range[0]))) {
            range[0]++;
        }
        // a possessor's own marker is no part of its name: "the Taliban's" is the Taliban
        while (range[1] > head && (isEdgeNoise(s.token(range[1])) || s.token(range[1]).pos().equals("POS"))) {
            range[1]--;
        }
    }

    /** A preposition however tagged: "according" in "according to the ministry". */
    private static boolean isMarker(Sentence s, int index) {
        String relation = relation(s, index);
        return relation.equals("case") || relation.equals("fixed") || relation.equals("mark");
    }

    private static boolean isEdgeNoise(Token t) {
        return t.pos().equals("IN") || t.pos().equals(",") || t.pos().equals("-LRB-") || t.pos().equals("-RRB-")
                || t.pos().equals("``") || t.pos().equals("''") || t.pos().equals(":") || t.pos().equals("HYPH")
                || t.pos().equals("CC") || t.pos().equals(".") || t.pos().equals("TO");
    }

    /**
     * The dateline the parser took for a subject: a phrase opening the sentence, its head right before a dash
     * ("KABUL — A bomber killed nine", "NEW YORK — Authorities say two trains have collided").
     */
    static boolean isDateline(Sentence s, int head) {
        int next = head + 1;
        return fullPhrase(s, head)[0] == 0 && next < s.tokens().size() && isDash(s.token(next).text());
    }

    static boolean isDash(String word) {
        return word.equals("\u2014") || word.equals("\u2013") || word.equals("--");
    }

    /**
     * A verb conjoined to the verb over it without a subject of its own: "killed 13 and wounded 56", and the
     * headline's comma for "and" ("Gunman shot, killed at store"), which the parser leaves as a loose dependent.
     */
    static boolean isSharedSubjectConjunct(Sentence s, int verb) {
        int governor = governor(s, verb);
        if (governor < 0 || !s.token(verb).isVerb() || !s.token(governor).isVerb()
                || !children(s, verb, "nsubj").isEmpty() || !children(s, verb, "nsubj:pass").isEmpty()) {
            return false;
        }
        String relation = relation(s, verb);
        return relation.equals("conj") || (relation.equals("dep") || relation.equals("parataxis"))
                && verb == governor + 2 && s.token(governor + 1).text().equals(",");
    }


    /** For a relative pronoun or a relative clause's subject, the noun the clause modifies; else the token. */
    static int antecedent(Sentence s, int index) {
        Token t = s.token(index);
        if (t.pos().equals("WP") || t.pos().equals("WDT") || t.lemma().equals("that")) {
            for (int current = governor(s, index); current >= 0; current = governor(s, current)) {
                if (relation(s, current).equals("acl:relcl")) {
                    return governor(s, current);
                }
            }
        }
        return index;
    }

    /**
     * A "who" the parser left without its relative clause ("Tanaka, who is the top spokesman, condemned …" read
     * with "who" as the subject of "condemned"): the noun before its comma; else the token itself.
     */
    static int looseRelativeAntecedent(Sentence s, int index) {
        if (s.token(index).pos().equals("WP") && index >= 2 && s.token(index - 1).text().equals(",")
                && s.token(index - 2).isNoun()) {
            return index - 2;
        }
        return index;
    }

    /**
     * A phrase the parser ran across a line break ("Read more" above "Islamic State has claimed …"): the part on the
     * line of {@code anchor}, by its highest token there; the phrase's head when it lies on that line already. A
     * line break ends a headline, a caption or a link, never a noun phrase.
     */
    static int onLineOf(String body, Sentence s, int head, int anchor) {
        int anchorBegin = s.token(anchor).begin();
        if (!crossesLine(body, s.token(head).end(), anchorBegin)) {
            return head;
        }
        int best = head;
        int bestDepth = Integer.MAX_VALUE;
        for (int i : s.subtree(head)) {
            int depth = s.ancestors(i).size();
            if (i < anchor && !crossesLine(body, s.token(i).end(), anchorBegin) && depth < bestDepth
                    && s.token(i).isNoun()) {
                best = i;
                bestDepth = depth;
            }
        }
        return best;
    }

    private static boolean crossesLine(String body, int from, int to) {
        return from < to && to <= body.length() && body.substring(from, to).indexOf('\n') >= 0;
    }

    /** The nearest ancestor, the token itself included, that heads a clause: a verb, or a noun with a copula. */
    static int clauseHead(Sentence s, int index) {
        int current = index;
        for (int guard = 0; current >= 0 && guard <= s.tokens().size(); guard++) {
            Token t = s.token(current);
            if (t.isVerb() || !s.children(current, "cop").isEmpty() || !s.children(current, "nsubj").isEmpty()) {
                return current;
            }
            current = governor(s, current);
        }
        return index;
    }

}
