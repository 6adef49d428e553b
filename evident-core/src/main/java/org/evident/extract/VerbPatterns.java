package org.evident.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evident.nlp.Dependency;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * The CAMEO verb patterns of {@code cameo-verbs.tsv} (derived from PETRARCH2's dictionary by
 * {@link CameoConverter}): a verb reports a PLOVER category when the parse gives it the object or prepositional
 * phrase its pattern names ("suspended aid", "cut diplomatic ties", "deployed troops to the border"). A dictionary
 * match alone overgenerates, so the parse decides: the pattern's nouns must be the verb's own arguments, and the
 * verb needs a subject that can act (a name, an agent noun, a person pronoun) unless it is passive.
 */
final class VerbPatterns {

    /** One pattern: verb lemmas, the phrases it requires (head last, "&name" for a synset), and what it reports. */
    record Pattern(List<String> verb, List<String> subject, List<String> object, String preposition,
                   List<String> prepositionObject, Codebook.Trigger trigger, boolean handWritten) {

        /** A verb's own code: the pattern names no subject, object or phrase ("abort"). */
        boolean namesNoPhrase() {
            return specificity() == 0;
        }

        /** More named words is more specific: "cut diplomatic ties" before "cut ties". */
        int specificity() {
            return subject.size() + object.size() + prepositionObject.size() + (preposition.isEmpty() ? 0 : 1);
        }
    }

    /**
     * A pattern found in a parsed sentence: the trigger, the argument tokens that decided it, and whether it is a
     * hand-written row of verb-patterns.tsv (which reports an event of its own) rather than a dictionary row.
     */
    record Found(TriggerMatch trigger, List<Integer> arguments, boolean handWritten) {}

    /** Relations by which a verb holds the noun its pattern names as its object (or particle). */
    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "iobj", "nsubj:pass", "compound:prt");
    /** Relations of a prepositional phrase, on the verb or on its object. */
    private static final Set<String> PHRASE_RELATIONS = Set.of("obl", "nmod", "advcl");
    /**
     * Where a pattern's verb must stand: a clause of its own (the root, conjoined with it, or what a speaker says),
     * not a background clause ("after the army took control", "troops who were conducting exercises"), which
     * mostly tells again an event told elsewhere.
     */
    private static final Set<String> MAIN_CLAUSE = Set.of("root", "conj", "ccomp", "parataxis");
    /**
     * A hand-written pattern names its event fully, so it also reads a background or relative clause ("after
     * Pyongyang tested a nuclear bomb", "the missile it fired over Japan").
     */
    private static final Set<String> HAND_WRITTEN_CLAUSE = Set.of("root", "conj", "ccomp", "parataxis", "advcl",
            "acl:relcl");

    /** Named-entity types that act. */
    private static final Set<String> ACTOR_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY",
            "STATE_OR_PROVINCE", "CITY", "NATIONALITY", "RELIGION", "MISC");

    private final Map<String, List<Pattern>> byVerb = new HashMap<>();
    /**
     * Nouns that name a verb's act (nominals.tsv by hand, deverbal-nouns.tsv from WordNet): "suspension" is "suspend"
     * told as a thing.
     */
    private final Map<String, String> verbOfNoun = new HashMap<>();
    private final Map<String, List<List<String>>> synsets = new HashMap<>();
    /** Of the hand-written patterns: the head words of their subjects and objects, by verb lemma, to select sentences. */
    private final Map<String, Set<String>> handWrittenObjects = new HashMap<>();

    VerbPatterns(Path userDir, String language) {
        for (Tsv.Row row : Tsv.read(userDir, language, "cameo-synsets.tsv", 2)) {
            synsets.computeIfAbsent(row.cell(0), k -> new ArrayList<>()).add(words(row.cell(1)));
        }
        for (String file : List.of("verb-patterns.tsv", "cameo-verbs.tsv")) {
            for (Tsv.Row row : Tsv.read(userDir, language, file, 7)) {
                add(row, file.equals("verb-patterns.tsv"));
            }
        }
        byVerb.values().forEach(list -> list.sort((a, b) -> b.specificity() - a.specificity()));
        for (Tsv.Row row : Tsv.read(userDir, language, "nominals.tsv", 2)) {
            if (!byVerb.containsKey(row.cell(1))) {
                throw row.error("no verb pattern has the verb '" + row.cell(1) + "'");
            }
            verbOfNoun.put(row.cell(0).toLowerCase(Locale.ROOT), row.cell(1));
        }
        // the nouns WordNet derives from the verbs' frequent senses (DeverbalNounDeriver); a hand row wins, and a
        // row whose verb a user's codebook no longer has is moot, not wrong
        for (Tsv.Row row : Tsv.read(userDir, language, "deverbal-nouns.tsv", 2)) {
            if (byVerb.containsKey(row.cell(1))) {
                verbOfNoun.putIfAbsent(row.cell(0).toLowerCase(Locale.ROOT), row.cell(1));
            }
        }
    }

    private void add(Tsv.Row row, boolean handWritten) {
        List<String> verb = words(row.cell(0));
        if (!Codebook.CATEGORIES.contains(row.cell(6))) {
            throw row.error("unknown category '" + row.cell(6) + "'");
        }
        Codebook.Trigger trigger = new Codebook.Trigger(verb, 'V', row.cell(6), row.list(7, ","),
                row.list(8, ","));
        Pattern pattern = new Pattern(verb, words(row.cell(1)), words(row.cell(2)), row.cell(3),
                words(row.cell(4)), trigger, handWritten);
        for (List<String> phrase : List.of(pattern.subject(), pattern.object(), pattern.prepositionObject())) {
            for (String word : phrase) {
                if (word.startsWith("&") && !synsets.containsKey(word.substring(1))) {
                    throw new IllegalArgumentException(row.source() + ":" + row.line() + ": unknown synset "
                            + word);
                }
            }
        }
        byVerb.computeIfAbsent(verb.get(0), k -> new ArrayList<>()).add(pattern);
        for (List<String> phrase : List.of(pattern.subject(), pattern.object())) {
            if (handWritten && !phrase.isEmpty()) {
                handWrittenObjects.computeIfAbsent(verb.get(0), k -> new java.util.HashSet<>())
                        .add(phrase.get(phrase.size() - 1));
            }
        }
    }

    /** Whether a tagged sentence holds a verb of a hand-written pattern and the head word of one of its phrases. */
    boolean mayHoldHandWritten(Sentence tagged) {
        for (Token verb : tagged.tokens()) {
            Set<String> objects = verb.isVerb() ? handWrittenObjects.get(verb.lemma()) : null;
            if (objects != null) {
                for (Token other : tagged.tokens()) {
                    if (objects.contains(other.lemma().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> words(String phrase) {
        return phrase.isEmpty() ? List.of() : List.of(phrase.toLowerCase(Locale.ROOT).split("\\s+"));
    }

    int size() {
        return byVerb.values().stream().mapToInt(List::size).sum();
    }

    /** Patterns whose verb is token {@code verb} of a parsed sentence, the most specific that the parse confirms. */
    Found match(Sentence s, int verb, java.util.function.IntPredicate canAct,
                java.util.function.Predicate<String> partitive) {
        Token token = s.token(verb);
        // an open complement stands where the verb it completes stands: "continued to send arms"
        String clause = Syntax.relation(s, Syntax.completedVerb(s, verb));
        if (!token.isVerb() || !HAND_WRITTEN_CLAUSE.contains(clause)) {
            return null;
        }
        for (Pattern pattern : byVerb.getOrDefault(token.lemma(), List.of())) {
            if (!pattern.handWritten() && !MAIN_CLAUSE.contains(clause)) {
                continue;
            }
            int last = verbEnd(s, verb, pattern.verb());
            if (last < 0) {
                continue;
            }
            if (pattern.namesNoPhrase() && !pattern.handWritten() && hasClausalComplement(s, verb)) {
                continue; // "decided to allow", "plans to impose": the complement tells the act, not the verb
            }
            List<Integer> arguments = new ArrayList<>();
            int object = -1;
            if (!pattern.object().isEmpty()) {
                object = findObject(s, verb, pattern, partitive);
                if (object < 0) {
                    continue;
                }
                arguments.add(object);
            }
            if (!pattern.preposition().isEmpty()) {
                int phrase = findPhrase(s, verb, object, pattern);
                if (phrase < 0) {
                    continue;
                }
                arguments.add(phrase);
            }
            int subject = subjectOf(s, verb);
            if (!pattern.subject().isEmpty() && (subject < 0 || !matches(s, subject, verb, pattern.subject()))) {
                continue;
            }
            boolean passive = !s.children(verb, "aux:pass").isEmpty();
            boolean namedSubject = pattern.handWritten() && !pattern.subject().isEmpty(); // "a boiler exploded"
            if (!passive && !namedSubject && (subject < 0 || !canAct.test(subject))) {
                continue; // "prices cut", "the deal suspended talks": no one acted
            }
            return new Found(new TriggerMatch(s, verb, last, verb, pattern.trigger()), arguments,
                    pattern.handWritten());
        }
        return null;
    }

    private static boolean hasClausalComplement(Sentence s, int verb) {
        return !s.children(verb, "xcomp").isEmpty() || !s.children(verb, "ccomp").isEmpty();
    }

    /** "on Tuesday", "at dawn": a time, not the place or party a bare preposition of a pattern names. */
    private static boolean isTime(Sentence s, int token) {
        return s.entityAt(token).map(e -> e.isTime()).orElse(false);
    }

    /**
     * The patterns of the verb a noun names, read on the noun: its "of" phrase or its compound is the verb's object
     * ("the suspension of aid", "an aid suspension", "the expulsion of diplomats"). Only patterns that name an
     * object and nothing else apply (a noun has no subject or phrase of the verb's); the match is a noun trigger.
     */
    Found matchNominal(Sentence s, int noun, java.util.function.Predicate<String> partitive) {
        Token token = s.token(noun);
        String verb = token.isNoun() ? verbOfNoun.get(token.lemma().toLowerCase(Locale.ROOT)) : null;
        if (verb == null) {
            return null;
        }
        List<Integer> objects = new ArrayList<>();
        for (Dependency d : s.childrenOf(noun)) {
            boolean ofPhrase = d.baseRelation().equals("nmod") && Syntax.caseOf(s, d.dependent()).equals("of");
            if (ofPhrase || d.relation().equals("compound")) {
                objects.addAll(throughQuantity(s, d.dependent(), partitive));
            }
        }
        for (Pattern pattern : byVerb.getOrDefault(verb, List.of())) {
            if (pattern.verb().size() > 1 || pattern.object().isEmpty() || !pattern.subject().isEmpty()
                    || !pattern.preposition().isEmpty()) {
                continue;
            }
            for (int object : objects) {
                if (matches(s, object, noun, pattern.object())) {
                    Codebook.Trigger verbal = pattern.trigger();
                    Codebook.Trigger nominal = new Codebook.Trigger(List.of(token.lemma()), 'N', verbal.category(),
                            verbal.modes(), verbal.contexts());
                    // a noun tells its act less surely than a verb ("following the discovery of rockets"): even a
                    // hand-written pattern's noun adds a record only as a dictionary pattern does
                    return new Found(new TriggerMatch(s, noun, noun, noun, nominal), List.of(object), false);
                }
            }
        }
        return null;
    }

    /** The last token of a verb phrase ("call off": the particle within three tokens), or -1. */
    private static int verbEnd(Sentence s, int verb, List<String> lemmas) {
        int position = verb;
        for (int k = 1; k < lemmas.size(); k++) {
            int found = -1;
            for (int i = position + 1; i < s.tokens().size() && i <= position + 4; i++) {
                if (s.token(i).lemma().equalsIgnoreCase(lemmas.get(k))) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            position = found;
        }
        return position;
    }

    private int findObject(Sentence s, int verb, Pattern pattern, java.util.function.Predicate<String> partitive) {
        List<String> verbWords = pattern.verb();
        String particle = verbWords.size() > 1 ? verbWords.get(verbWords.size() - 1) : null;
        for (Dependency d : s.childrenOf(verb)) {
            boolean object = OBJECT_RELATIONS.contains(d.relation()) || OBJECT_RELATIONS.contains(d.baseRelation())
                    || particle != null && PHRASE_RELATIONS.contains(d.baseRelation())
                    && Syntax.caseOf(s, d.dependent()).equals(particle); // "asked for aid"
            if (!object) {
                continue;
            }
            for (int candidate : throughQuantity(s, d.dependent(), partitive)) {
                if (matches(s, candidate, verb, pattern.object())) {
                    return candidate;
                }
                for (int other : s.children(candidate, "conj")) {
                    if (matches(s, other, verb, pattern.object())) {
                        return other;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * The object itself, and when it only counts or groups what its "of" phrase names ("dozens of rockets", "a
     * barrage of missiles": a number, or a partitive noun of cues.tsv), that phrase's noun too.
     */
    private static List<Integer> throughQuantity(Sentence s, int object, java.util.function.Predicate<String> partitive) {
        Token t = s.token(object);
        boolean quantity = t.pos().equals("CD") || t.ner().equals("NUMBER")
                || partitive.test(t.lemma().toLowerCase(Locale.ROOT));
        if (!quantity) {
            return List.of(object);
        }
        List<Integer> candidates = new ArrayList<>(List.of(object));
        for (Dependency d : s.childrenOf(object)) {
            if (d.baseRelation().equals("nmod") && Syntax.caseOf(s, d.dependent()).equals("of")) {
                candidates.add(d.dependent());
            }
        }
        return candidates;
    }

    /** A prepositional phrase with the pattern's preposition and noun, on the verb or on its object. */
    private int findPhrase(Sentence s, int verb, int object, Pattern pattern) {
        for (int governor : object < 0 ? List.of(verb) : List.of(verb, object)) {
            for (Dependency d : s.childrenOf(governor)) {
                if (PHRASE_RELATIONS.contains(d.baseRelation())
                        && Syntax.caseOf(s, d.dependent()).equals(pattern.preposition())
                        && (pattern.prepositionObject().isEmpty() && !isTime(s, d.dependent())
                        || !pattern.prepositionObject().isEmpty()
                        && matches(s, d.dependent(), verb, pattern.prepositionObject()))) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    /**
     * Whether token {@code head} heads the phrase: its lemma is the phrase's last word (or a member of that synset),
     * and each earlier word modifies it or the verb ("diplomatic ties", "put out views").
     */
    private boolean matches(Sentence s, int head, int verb, List<String> phrase) {
        String last = phrase.get(phrase.size() - 1);
        if (!isHead(last, s.token(head))) {
            return false;
        }
        if (last.startsWith("&") && !synsetModifiersPresent(s, head, last)) {
            return false;
        }
        for (int k = 0; k < phrase.size() - 1; k++) {
            String word = phrase.get(k);
            if (!hasChild(s, head, word) && !hasChild(s, verb, word)) {
                return false;
            }
        }
        return true;
    }

    private boolean synsetModifiersPresent(Sentence s, int head, String synset) {
        for (List<String> member : synsets.get(synset.substring(1))) {
            if (matchesWord(member.get(member.size() - 1), s.token(head))) {
                boolean all = true;
                for (int k = 0; k < member.size() - 1 && all; k++) {
                    all = hasChild(s, head, member.get(k));
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasChild(Sentence s, int governor, String word) {
        for (Dependency d : s.childrenOf(governor)) {
            if (word.startsWith("&") ? isHead(word, s.token(d.dependent())) : matchesWord(word, s.token(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is the word (or a member's head word, for "&synset"). */
    private boolean isHead(String word, Token token) {
        if (!word.startsWith("&")) {
            return matchesWord(word, token);
        }
        for (List<String> member : synsets.getOrDefault(word.substring(1), List.of())) {
            if (matchesWord(member.get(member.size() - 1), token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesWord(String word, Token token) {
        return token.lemma().equalsIgnoreCase(word) || token.text().equalsIgnoreCase(word);
    }

    /** The verb's subject: its own, or the one of the verb it completes or is conjoined with ("decided to cut"). */
    static int subjectOf(Sentence s, int verb) {
        int current = verb;
        for (int guard = 0; guard < 3 && current >= 0; guard++) {
            List<Integer> subjects = s.children(current, "nsubj");
            subjects.removeIf(i -> Syntax.relation(s, i).equals("nsubj:pass"));
            if (!subjects.isEmpty()) {
                return subjects.get(0);
            }
            String relation = Syntax.relation(s, current);
            if (!relation.equals("xcomp") && !relation.equals("conj")) {
                return -1;
            }
            current = Syntax.governor(s, current);
        }
        return -1;
    }

    /** Named-entity types that can act, for the subject test. */
    static boolean isActorType(String ner) {
        return ACTOR_TYPES.contains(ner);
    }
}
