package org.evident.extract;

import java.util.ArrayList;
import java.util.List;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Finds trigger words by lemma and part of speech. A phrase matches consecutive tokens, except that a verb
 * phrase's particle or preposition may stand after its object ("gunned the man down"), up to three tokens
 * later. Each token belongs to at most one trigger, the longest.
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
        return found;
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
                return i;
            }
        }
        return -1;
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
