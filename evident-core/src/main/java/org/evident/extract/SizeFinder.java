package org.evident.extract;

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

    /** Vague quantities: the least they mean (ACLED reads "dozens" as at least 12). */
    private static final Map<String, Integer> VAGUE = Map.of("dozens", 12, "scores", 20, "hundreds", 100,
            "thousands", 1000, "several", 3, "tens", 20);

    private static final Set<String> NOT_COUNTS = Set.of("MONEY", "PERCENT", "DURATION", "DATE", "TIME", "ORDINAL",
            "SET");

    private final Codebook codebook;

    SizeFinder(Codebook codebook) {
        this.codebook = codebook;
    }

    /** Counts given by size words in the phrase around a trigger: the trigger itself and words linked to it. */
    Map<String, Reading.Count> counts(AnnotatedArticle article, Sentence s, List<Integer> sizeWords) {
        Map<String, Reading.Count> counts = new HashMap<>();
        for (int word : sizeWords) {
            String role = codebook.sizeRole(s.token(word));
            if (role == null || counts.containsKey(role)) {
                continue;
            }
            count(article, s, word).ifPresent(c -> counts.put(role, c));
        }
        return counts;
    }

    /** The count one size word gives, if any. */
    Optional<Reading.Count> count(AnnotatedArticle article, Sentence s, int word) {
        Token t = s.token(word);
        if (t.isVerb()) {
            boolean passive = !s.children(word, "aux:pass").isEmpty() || t.pos().equals("VBN")
                    && !s.children(word, "nsubj:pass").isEmpty();
            for (String relation : passive ? List.of("nsubj:pass", "nsubj") : List.of("obj", "nsubj")) {
                if (!passive && relation.equals("nsubj") && !t.lemma().equals("die")) {
                    continue;
                }
                for (int argument : s.children(word, relation)) {
                    Optional<Reading.Count> count = countOfPhrase(article, s, argument);
                    if (count.isPresent()) {
                        return count;
                    }
                }
            }
            return Optional.empty();
        }
        // "12 dead", "36 arrests", "the death toll rose to 44", "left 5 dead"
        Optional<Reading.Count> direct = countOfPhrase(article, s, word);
        if (direct.isPresent()) {
            return direct;
        }
        int governor = Syntax.governor(s, word);
        if (governor >= 0 && Syntax.relation(s, word).startsWith("nsubj")) {
            for (int obl : s.children(governor, "obl")) {
                if (s.token(obl).isNumber()) {
                    return countOfPhrase(article, s, obl);
                }
            }
        }
        return Optional.empty();
    }

    /** The count a noun phrase gives: its number, or the sum over conjoined counted phrases. */
    private Optional<Reading.Count> countOfPhrase(AnnotatedArticle article, Sentence s, int head) {
        Optional<Reading.Count> first = single(article, s, head);
        if (first.isEmpty()) {
            return first;
        }
        Reading.Count total = first.get();
        for (int conj : s.children(head, "conj")) {
            Optional<Reading.Count> more = single(article, s, conj);
            if (more.isEmpty()) {
                continue;
            }
            total = add(article, total, more.get());
        }
        return Optional.of(total);
    }

    private static Reading.Count add(AnnotatedArticle article, Reading.Count a, Reading.Count b) {
        Integer value = a.value() == null || b.value() == null ? null : a.value() + b.value();
        Integer min = a.min() == null || b.min() == null ? null : a.min() + b.min();
        Integer max = a.max() == null || b.max() == null ? null : a.max() + b.max();
        int begin = Math.min(a.span().begin(), b.span().begin());
        int end = Math.max(a.span().end(), b.span().end());
        return new Reading.Count(value, min, max, a.qualifier(), new Span(begin, end, article.text(begin, end)));
    }

    /** One phrase: "39 people", "13", "at least 12 civilians", "dozens of people", "a woman". */
    private Optional<Reading.Count> single(AnnotatedArticle article, Sentence s, int head) {
        Token token = s.token(head);
        int number = -1;
        if (token.isNumber()) {
            number = head;
        } else if (codebook.isAgentNoun(token.lemma()) || token.lemma().equals("dead")) {
            for (int child : s.children(head, "nummod")) {
                number = child;
            }
            if (number < 0 && isIndefiniteSingular(s, head)) {
                return Optional.of(new Reading.Count(1, 1, 1, null, Span.of(article, s, Syntax.corePhrase(s, head))));
            }
        } else if (VAGUE.containsKey(token.text().toLowerCase(Locale.ROOT))) {
            number = head; // "dozens of people"
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
        if (VAGUE.containsKey(word)) {
            return Optional.of(new Reading.Count(null, VAGUE.get(word), null, word, span));
        }
        Integer value = numericValue(s, number);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(switch (qualifier == null ? "" : qualifier) {
            case "at least", "more than", "over" -> new Reading.Count(
                    qualifier.equals("at least") ? value : value + 1, qualifier.equals("at least") ? value : value + 1,
                    null, qualifier, span);
            case "up to", "at most", "fewer than", "less than", "under" -> new Reading.Count(null, null, value,
                    qualifier, span);
            case "" -> new Reading.Count(value, value, value, null, span);
            default -> new Reading.Count(value, null, null, qualifier, span); // about, nearly, some
        });
    }

    private static boolean isIndefiniteSingular(Sentence s, int head) {
        return s.token(head).pos().equals("NN")
                && Syntax.hasChildLemma(s, head, "det", Set.of("a", "an", "one"));
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
    private static String qualifier(Sentence s, int number) {
        for (Dependency d : s.childrenOf(number)) {
            if (d.dependent() > number || d.baseRelation().equals("punct")) {
                continue; // qualifiers stand before the number: "at least 12", "more than 30", "nearly 40"
            }
            String head = s.token(d.dependent()).lemma();
            StringBuilder phrase = new StringBuilder();
            for (int k = d.dependent() - 1; k >= 0 && k >= d.dependent() - 1; k--) {
                String before = s.token(k).lemma();
                if (Set.of("at", "more", "less", "fewer", "up").contains(before)) {
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
            if (Set.of("at least", "more than", "over", "up to", "at most", "fewer than", "less than", "under", "about",
                    "around", "nearly", "almost", "approximately", "some", "roughly", "close to").contains(text)) {
                return text;
            }
        }
        return null;
    }

    private static int qualifierStart(Sentence s, int number) {
        int start = number;
        for (Dependency d : s.childrenOf(number)) {
            if (d.dependent() < start && !s.token(d.dependent()).pos().equals(",")) {
                start = d.dependent();
            }
        }
        if (start < number && start > 0 && Set.of("at", "more", "up").contains(s.token(start - 1).lemma())) {
            start--;
        }
        return start;
    }
}
