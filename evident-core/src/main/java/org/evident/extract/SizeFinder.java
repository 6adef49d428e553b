package org.evident.extract;

import static org.evident.extract.Codebook.QuantityRole.ABOVE;
import static org.evident.extract.Codebook.QuantityRole.CEILING;
import static org.evident.extract.Codebook.QuantityRole.FLOOR;
import static org.evident.extract.Codebook.QuantityRole.QUALIFIER_LEAD;
import static org.evident.extract.Codebook.QuantityRole.ROUGHLY;
import static org.evident.extract.Codebook.QuantityRole.SPAN_LEAD;
import static org.evident.extract.Codebook.QuantityRole.VAGUE_COUNT;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Dependency;
import org.evident.nlp.EntityMention;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Reads counts of dead, injured and arrested people from the arguments of size words ("killed 39 people",
 * "13 soldiers were killed", "wounded 56 more", "the death toll rose to 44"). A number counts only when it counts
 * people; money, percentages, durations and dates never count.
 */
final class SizeFinder {


    private static final Set<String> NOT_COUNTS = Set.of("MONEY", "PERCENT", "DURATION", "DATE", "TIME", "ORDINAL",
            "SET");

    /** Roles of sizes.tsv besides the PLOVER counts: harmed (injured unless they died), and one person. */
    static final String HIT = "hit";
    static final String ONE = "one";
    /** The role of sizes.tsv for a word that names two people ("both", "the pair"). */
    private static final String TWO = "two";
    private static final String DEAD = "dead";
    /** Roles of sizes.tsv: a word telling of a death without a number, and a modifier that undoes it. */
    private static final String FATAL = "fatal";
    private static final String ATTEMPT = "attempt";

    /** How a harm's state or place hangs on its verb: "taken to the hospital", "suffered a wound". */
    private static final Set<String> HARM_PLACES = Set.of("obl", "obj");

    /** How a predicative adjective hangs on its verb: "pronounced dead", "left him dead". */
    private static final Set<String> PREDICATIVE = Set.of("xcomp", "obj");

    private final Codebook codebook;
    /** The words of quantities.tsv: vague counts and the qualifiers of a number. */
    private final WordRoles<Codebook.QuantityRole> quantities;

    SizeFinder(Codebook codebook) {
        this.codebook = codebook;
        this.quantities = codebook.quantityWords();
    }

    /** Counts given by size words in the phrase around a trigger: the trigger itself and words linked to it. */
    Map<String, Reading.Count> counts(AnnotatedArticle article, Sentence s, List<Integer> sizeWords) {
        Map<String, Reading.Count> counts = new HashMap<>();
        int fatal = -1;
        for (int word : sizeWords) {
            String role = roleOf(s, word);
            if (FATAL.equals(role) && fatal < 0 && !isAttempt(s, word)) {
                fatal = word;
            }
            if (role == null || ONE.equals(role) || FATAL.equals(role) || counts.containsKey(role)) {
                continue;
            }
            count(article, s, word).ifPresent(c -> counts.put(role, c));
        }
        if (fatal >= 0 && !counts.containsKey(DEAD)) {
            // "a fatal shooting", "the homicide": someone died, how many the words do not say; at least one
            counts.put(DEAD, new Reading.Count(1, 1, null, "at least", Span.of(article, s, new int[] {fatal, fatal})));
        }
        return counts;
    }

    /** "attempted murder", "an attempted killing": the act fell short of the death its noun names. */
    private boolean isAttempt(Sentence s, int word) {
        int governor = Syntax.governor(s, word);
        int noun = s.token(word).pos().startsWith("JJ") && governor >= 0 ? governor : word;
        return s.childrenOf(noun).stream().anyMatch(d -> ATTEMPT.equals(codebook.sizeRole(s.token(d.dependent()))));
    }

    /** A word's role; a harm verb a death word modifies tells of deaths ("shot to death", "fatally shot"). */
    private String roleOf(Sentence s, int word) {
        String role = codebook.sizeRole(s.token(word));
        if (HIT.equals(role)) {
            for (Dependency d : s.childrenOf(word)) {
                String relation = d.baseRelation();
                if ((relation.equals("advmod") || relation.equals("obl")) && DEAD.equals(codebook.sizeRole(
                        s.token(d.dependent())))) {
                    return DEAD;
                }
            }
        }
        return role;
    }

    /**
     * Counts a sentence without an event of its own tells of the victims of an event told before ("He died at the
     * hospital", "Taylor was pronounced dead", "One man was taken to the hospital"): those of death and injury words
     * that are verbs or adjectives, and of the states and places of harm, unless negated ("the officer was not
     * hurt").
     */
    Map<String, Reading.Count> tolls(AnnotatedArticle article, Sentence s) {
        Map<String, Reading.Count> counts = new HashMap<>();
        for (int word = 0; word < s.tokens().size(); word++) {
            Token t = s.token(word);
            String role = codebook.sizeRole(t);
            if (!codebook.isTollWord(t) || counts.containsKey(role) || isNegated(s, word)) {
                continue;
            }
            count(article, s, word).ifPresent(c -> counts.put(role, c));
        }
        return counts;
    }

    private boolean isNegated(Sentence s, int word) {
        for (Dependency d : s.childrenOf(word)) {
            if (codebook.isCue(Codebook.CueRole.NEGATION, s.token(d.dependent()).lemma())) {
                return true;
            }
        }
        int governor = Syntax.governor(s, word);
        return PREDICATIVE.contains(Syntax.relation(s, word)) && governor >= 0 && s.childrenOf(governor).stream()
                .anyMatch(d -> codebook.isCue(Codebook.CueRole.NEGATION, s.token(d.dependent()).lemma()));
    }

    /** The count one size word gives, if any. */
    Optional<Reading.Count> count(AnnotatedArticle article, Sentence s, int word) {
        Token t = s.token(word);
        if (t.isVerb()) {
            int verb = word;
            boolean passive = isPassive(s, word) || isHeadlinePassive(article, s, word);
            if (!hasArguments(s, word) && Syntax.isSharedSubjectConjunct(s, word)) {
                // "was shot and killed", "shot and killed a man": the second verb shares the first one's arguments
                verb = Syntax.governor(s, word);
                passive = passive || isPassive(s, verb) || isHeadlinePassive(article, s, verb);
            }
            if (passive && !hasArguments(s, word) && Syntax.relation(s, word).equals("xcomp")) {
                // "a man was found shot to death", "police found a man shot": a participle that says what state
                // the governor's object, or else its subject, was found or left in tells of that person
                return patientOf(article, s, Syntax.governor(s, word), word);
            }
            if (passive && !hasArguments(s, word) && Syntax.relation(s, word).equals("acl")) {
                // "three people killed in the blast", "Woman shot, killed in ...": a participle on a noun tells of it
                return countOfPhrase(article, s, Syntax.governor(s, word));
            }
            for (String relation : passive ? List.of("nsubj:pass", "nsubj") : List.of("obj", "nsubj")) {
                if (!passive && relation.equals("nsubj") && !t.lemma().equals("die")) {
                    continue;
                }
                for (int argument : s.children(verb, relation)) {
                    Optional<Reading.Count> count = countOfPhrase(article, s, Syntax.antecedent(s, argument));
                    if (count.isPresent()) {
                        return count;
                    }
                }
            }
            return Optional.empty();
        }
        // "12 dead", "36 arrests", "the death toll rose to 44", "left 5 dead"
        int governor = Syntax.governor(s, word);
        if (HIT.equals(codebook.sizeRole(t)) && governor >= 0 && s.token(governor).isVerb()
                && HARM_PLACES.contains(Syntax.relation(s, word))) {
            // "a man was taken to the hospital", "left a man in critical condition", "he suffered a gunshot wound"
            return patientOf(article, s, governor, word);
        }
        Optional<Reading.Count> direct = countOfPhrase(article, s, word);
        if (direct.isPresent()) {
            return direct;
        }
        if (t.isNoun() && !Syntax.ofPhrases(s, word).isEmpty()) {
            // the people a size noun's "of" phrase names: "the death of a 7-year-old boy", "the deaths of three men"
            return countOfPhrase(article, s, Syntax.ofPhrases(s, word).get(0));
        }
        if (t.pos().startsWith("JJ")) {
            for (int subject : s.children(word, "nsubj")) { // "two people are dead"
                return countOfPhrase(article, s, Syntax.antecedent(s, subject));
            }
            if (PREDICATIVE.contains(Syntax.relation(s, word)) && governor >= 0) {
                // "Taylor was pronounced dead", "the shooting left a man dead" (the parser may call it an object)
                for (String relation : List.of("nsubj:pass", "obj")) {
                    for (int argument : s.children(governor, relation)) {
                        return countOfPhrase(article, s, Syntax.antecedent(s, argument));
                    }
                }
            }
            if (isPredicateOfPredicate(s, word, governor)) {
                // "where she was later pronounced deceased": the tagger may take the verb of declaring for an
                // adjective, the copula's predicate, and hang the state on it; the copula's subject is the person
                for (int subject : s.children(governor, "nsubj")) {
                    return countOfPhrase(article, s, Syntax.antecedent(s, subject));
                }
            }
        }
        if (governor >= 0 && Syntax.relation(s, word).startsWith("nsubj")) {
            for (int obl : s.children(governor, "obl")) {
                if (s.token(obl).isNumber()) {
                    return countOfPhrase(article, s, obl);
                }
            }
        }
        return Optional.empty();
    }

    /** An adjective hung on a copula's adjectival predicate, as a state it declares ("was pronounced deceased"). */
    private static boolean isPredicateOfPredicate(Sentence s, int word, int governor) {
        return governor >= 0 && Syntax.relation(s, word).equals("dep") && s.token(governor).pos().startsWith("JJ")
                && !s.children(governor, "cop").isEmpty();
    }

    /**
     * The person a verb's state or place word tells of: the verb's object ("left a man in critical condition"), else
     * its subject ("he was taken to the hospital", "he suffered a wound"), else, for a participle that modifies a
     * noun ("a man suffering from a gunshot wound"), that noun.
     */
    private Optional<Reading.Count> patientOf(AnnotatedArticle article, Sentence s, int verb, int stateWord) {
        for (String relation : List.of("obj", "nsubj:pass", "nsubj")) {
            for (int argument : s.children(verb, relation)) {
                if (argument != stateWord) {
                    return countOfPhrase(article, s, Syntax.antecedent(s, argument));
                }
            }
        }
        int governor = Syntax.governor(s, verb);
        if (governor >= 0 && Syntax.relation(s, verb).equals("acl") && s.token(governor).isNoun()) {
            return countOfPhrase(article, s, governor);
        }
        return Optional.empty();
    }

    /**
     * The count a noun phrase gives: its number; conjoined individuals add up ("a man and a woman"), but groups are
     * never summed ("two crew and ten passengers" gives no count: the text does not say how many in all).
     */
    private Optional<Reading.Count> countOfPhrase(AnnotatedArticle article, Sentence s, int head) {
        Optional<Counted> first = single(article, s, head);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Reading.Count total = first.get().count();
        for (int conj : s.children(head, "conj")) {
            Optional<Counted> more = single(article, s, conj);
            if (more.isEmpty()) {
                continue;
            }
            if (!first.get().individual() || !more.get().individual()) {
                return Optional.empty();
            }
            total = add(article, total, more.get().count());
        }
        return Optional.of(total);
    }

    /** A phrase's count, and whether it names one person rather than giving a number. */
    private record Counted(Reading.Count count, boolean individual) {}

    private static Reading.Count add(AnnotatedArticle article, Reading.Count a, Reading.Count b) {
        Integer value = a.value() == null || b.value() == null ? null : a.value() + b.value();
        Integer min = a.min() == null || b.min() == null ? null : a.min() + b.min();
        Integer max = a.max() == null || b.max() == null ? null : a.max() + b.max();
        int begin = Math.min(a.span().begin(), b.span().begin());
        int end = Math.max(a.span().end(), b.span().end());
        return new Reading.Count(value, min, max, a.qualifier(), new Span(begin, end, article.text(begin, end)));
    }

    /** One phrase: "39 people", "13", "at least 12 civilians", "dozens of people", "a woman", "the victim", "he". */
    private Optional<Counted> single(AnnotatedArticle article, Sentence s, int head) {
        Token token = s.token(head);
        int number = -1;
        if (token.isNumber()) {
            number = head;
        } else if (isNamedPerson(s, head)) {
            return Optional.of(one(article, s, head)); // "Taylor", even when a name is also a noun ("Smith", "Hunter")
        } else if (codebook.isPersonNoun(token.lemma()) || token.lemma().equals("dead")) {
            for (int child : s.children(head, "nummod")) {
                number = child;
            }
            if (number < 0 && isOnePerson(s, head)) {
                return Optional.of(one(article, s, head));
            }
            if (number < 0 && s.childrenOf(head).stream().anyMatch(d -> d.baseRelation().startsWith("det")
                    && TWO.equals(codebook.sizeRole(s.token(d.dependent()))))) {
                return Optional.of(two(article, s, head)); // "both victims"
            }
        } else if (isHarmReadAsNoun(article, s, head)) {
            return single(article, s, s.children(head, "compound").get(0)); // "Woman shot, killed in ..."
        } else if (quantities.has(VAGUE_COUNT, token.text().toLowerCase(Locale.ROOT))) {
            number = head; // "dozens of people"
        } else if (ONE.equals(codebook.sizeRole(token))) {
            return Optional.of(one(article, s, head)); // "he": a pointed-at person is one
        } else if (TWO.equals(codebook.sizeRole(token))) {
            return Optional.of(two(article, s, head)); // "both were shot", "the pair"
        }
        if (number < 0) {
            return Optional.empty();
        }
        Optional<EntityMention> entity = s.entityAt(number);
        if (entity.isPresent() && NOT_COUNTS.contains(entity.get().type())) {
            return Optional.empty();
        }
        int[] range = Syntax.corePhrase(s, head);
        String qualifier = qualifier(s, number);
        range[0] = Math.min(range[0], qualifierStart(s, number));
        Span span = Span.of(article, s, range);
        String word = s.token(number).text().toLowerCase(Locale.ROOT);
        if (quantities.has(VAGUE_COUNT, word)) {
            int least = Integer.parseInt(quantities.value(VAGUE_COUNT, word));
            return Optional.of(new Counted(new Reading.Count(null, least, null, word, span), false));
        }
        Integer value = numericValue(s, number);
        if (value == null) {
            return Optional.empty();
        }
        // only an exact number or a floor the text states ("at least 12") is a PLOVER size; "more than 70",
        // "nearly 80" and "up to 30" keep their range but give no single number
        Reading.Count count;
        if (qualifier == null) {
            count = new Reading.Count(value, value, value, null, span);
        } else if (quantities.has(FLOOR, qualifier)) {
            count = new Reading.Count(value, value, null, qualifier, span);
        } else if (quantities.has(ABOVE, qualifier)) {
            count = new Reading.Count(null, value + 1, null, qualifier, span);
        } else if (quantities.has(CEILING, qualifier)) {
            count = new Reading.Count(null, null, value, qualifier, span);
        } else {
            count = new Reading.Count(null, null, null, qualifier, span); // about, nearly, some
        }
        return Optional.of(new Counted(count, false));
    }

    private static Counted one(AnnotatedArticle article, Sentence s, int head) {
        return new Counted(new Reading.Count(1, 1, 1, null, Span.of(article, s, Syntax.corePhrase(s, head))), true);
    }

    /** Two people a word names: a group, so never summed with the phrases conjoined to it. */
    private static Counted two(AnnotatedArticle article, Sentence s, int head) {
        return new Counted(new Reading.Count(2, 2, 2, null, Span.of(article, s, Syntax.corePhrase(s, head))), false);
    }

    /**
     * A singular noun for one person, not negated: "a man", "the victim", "his brother" (not "no officer", not a
     * body of people such as "the family" or "the police", not "the dead").
     */
    private boolean isOnePerson(Sentence s, int head) {
        Token token = s.token(head);
        // a headline capitalises its nouns, and the tagger may take "Man" for a name: NER still tells it is none
        boolean singular = token.pos().equals("NN") || token.pos().equals("NNP") && token.ner().equals("O");
        return singular && codebook.isPersonNoun(token.lemma())
                && !codebook.isGroupNoun(token.lemma()) && !Negation.hasNegatingDeterminer(codebook, s, head);
    }

    /**
     * A headline's passive participle the tagger read as a noun with its subject as a compound ("Woman shot, killed
     * in West Philadelphia"): the compound is the person harmed.
     */
    private boolean isHarmReadAsNoun(AnnotatedArticle article, Sentence s, int head) {
        List<Integer> compounds = s.children(head, "compound");
        return s.index() < HeadlineJoin.headlineSentences(article) && s.token(head).isNoun()
                && !codebook.isPersonNoun(s.token(head).lemma()) && compounds.size() == 1
                && codebook.isPersonNoun(s.token(compounds.get(0)).lemma());
    }

    /** A person's name: a proper noun NER calls a person. */
    private static boolean isNamedPerson(Sentence s, int head) {
        return s.token(head).pos().startsWith("NNP")
                && s.entityAt(head).map(e -> e.type().equals("PERSON")).orElse(false);
    }

    /** Passive, written out ("was killed") or reduced ("three wounded", "2 killed in shooting"). */
    private static boolean isPassive(Sentence s, int verb) {
        if (!s.children(verb, "aux:pass").isEmpty() || !s.children(verb, "nsubj:pass").isEmpty()) {
            return true;
        }
        return s.token(verb).pos().equals("VBN") && s.children(verb, "obj").isEmpty()
                && !Syntax.hasChildLemma(s, verb, "aux", Set.of("have"));
    }

    /**
     * A headline drops the auxiliary of its passives ("Woman shot, killed in West Philadelphia", "Man robbed,
     * fatally shot"): there a harm verb with a subject but no object tells what was done to the subject, whatever
     * tense the tagger gives it.
     */
    private static boolean isHeadlinePassive(AnnotatedArticle article, Sentence s, int verb) {
        return s.token(verb).pos().startsWith("VB") && s.children(verb, "obj").isEmpty()
                && !s.children(verb, "nsubj").isEmpty() && s.children(verb, "aux").isEmpty()
                && s.index() < HeadlineJoin.headlineSentences(article);
    }

    private static boolean hasArguments(Sentence s, int verb) {
        for (Dependency d : s.childrenOf(verb)) {
            if (d.baseRelation().equals("nsubj") || d.baseRelation().equals("obj")) {
                return true;
            }
        }
        return false;
    }

    private static Integer numericValue(Sentence s, int number) {
        String normalized = s.token(number).normalized();
        if (normalized == null) {
            normalized = s.entityAt(number).map(EntityMention::normalized).orElse(null);
        }
        if (normalized == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(normalized.replace(",", "").replaceAll("^[~<>=]+", ""));
            return value >= 1 && value < 1_000_000 && value == Math.rint(value) ? (int) value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "at least", "more than", "about", "nearly", … before the number. */
    private String qualifier(Sentence s, int number) {
        for (Dependency d : s.childrenOf(number)) {
            if (d.dependent() > number || d.baseRelation().equals("punct")) {
                continue; // qualifiers stand before the number: "at least 12", "more than 30", "nearly 40"
            }
            String head = s.token(d.dependent()).lemma();
            StringBuilder phrase = new StringBuilder();
            for (int k = d.dependent() - 1; k >= 0 && k >= d.dependent() - 1; k--) {
                String before = s.token(k).lemma();
                if (quantities.has(QUALIFIER_LEAD, before)) {
                    phrase.append(before).append(' ');
                }
            }
            phrase.append(head);
            for (int fixed : s.children(d.dependent(), "fixed")) {
                phrase.append(' ').append(s.token(fixed).lemma());
            }
            String text = phrase.toString();
            if (text.equals("least")) {
                text = "at least";
            }
            if (quantities.has(FLOOR, text) || quantities.has(ABOVE, text) || quantities.has(CEILING, text)
                    || quantities.has(ROUGHLY, text)) {
                return text;
            }
        }
        return null;
    }

    private int qualifierStart(Sentence s, int number) {
        int start = number;
        for (Dependency d : s.childrenOf(number)) {
            if (d.dependent() < start && !s.token(d.dependent()).pos().equals(",")) {
                start = d.dependent();
            }
        }
        if (start < number && start > 0 && quantities.has(SPAN_LEAD, s.token(start - 1).lemma())) {
            start--;
        }
        return start;
    }
}
