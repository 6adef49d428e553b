package org.evident.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Dependency;
import org.evident.nlp.EntityMention;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Who says so: the speaker of a reporting verb (its subject, or its "by" agent when passive), the X of "according
 * to X", with the kind of source it is. A pronoun speaker is resolved to the nearest named person before it.
 */
final class SourceFinder {

    private static final Set<String> MEDIA = Set.of("report", "agency", "newspaper", "media", "television", "tv",
            "outlet", "channel", "news", "broadcaster", "daily", "radio", "website", "press");
    private static final Set<String> ANONYMOUS = Set.of("source", "witness", "resident", "insider", "someone");

    private final Codebook codebook;

    SourceFinder(Codebook codebook) {
        this.codebook = codebook;
    }

    /** The speaker of a reporting verb, or null. */
    Reading.Source speakerOf(AnnotatedArticle article, Sentence s, int verb) {
        int speaker = speakerToken(s, verb);
        if (speaker < 0) {
            return null;
        }
        return source(article, s, Syntax.onLineOf(article.article().body(), s, speaker, verb));
    }

    /** The source named by a noun phrase head ("according to officials", quote speakers). */
    Reading.Source source(AnnotatedArticle article, Sentence s, int head) {
        head = Syntax.looseRelativeAntecedent(s, Syntax.antecedent(s, head));
        Token token = s.token(head);
        if (Syntax.isPronoun(token)) {
            String lower = token.text().toLowerCase(Locale.ROOT);
            if (lower.equals("i")) {
                return new Reading.Source(token.text(), "author", Span.token(article, s, head));
            }
            Reading.Source resolved = resolvePronoun(article, s, head);
            if (resolved != null) {
                return resolved;
            }
        }
        int[] range = Syntax.fullPhrase(s, head);
        Span span = Span.of(article, s, range);
        return new Reading.Source(filedName(s, head, span.text()), kind(s, head, range), span);
    }

    /**
     * The name an analyst files a source under: the person or organisation its head names, or the person an
     * apposition names ("another provincial official, the deputy police chief Ahmad Karimi": Ahmad Karimi); else
     * the phrase as written. The full phrase stays in the evidence.
     */
    static String filedName(Sentence s, int head, String phrase) {
        Optional<EntityMention> own = s.entityAt(head)
                .filter(e -> e.type().equals("PERSON") || e.type().equals("ORGANIZATION"));
        if (own.isPresent()) {
            return own.get().text();
        }
        String named = null;
        for (Dependency d : s.childrenOf(head)) {
            if (!d.relation().equals("appos") && !(d.relation().equals("dep") && s.token(d.dependent()).isProperNoun())) {
                continue;
            }
            int[] apposition = Syntax.fullPhrase(s, d.dependent());
            for (int i = apposition[0]; i <= apposition[1]; i++) {
                Optional<EntityMention> person = s.entityAt(i).filter(e -> e.type().equals("PERSON"));
                if (person.isPresent()) {
                    named = person.get().text(); // the last name in the apposition: the one it is about
                }
            }
        }
        return named != null ? named : phrase;
    }

    /** The token that speaks for a verb: its subject, its passive agent, or the subject of the verb it conjoins. */
    static int speakerToken(Sentence s, int verb) {
        for (int subject : s.children(verb, "nsubj")) {
            return subject;
        }
        for (int obl : s.children(verb, "obl")) {
            if (Syntax.caseOf(s, obl).equals("by")) {
                return obl;
            }
        }
        if (Syntax.relation(s, verb).equals("conj")) {
            int governor = Syntax.governor(s, verb);
            // a parser may hang the second verb on a noun of the first clause: climb to the first verb
            while (governor >= 0 && !s.token(governor).isVerb()) {
                governor = Syntax.governor(s, governor);
            }
            return governor < 0 ? -1 : speakerToken(s, governor);
        }
        return -1;
    }

    /**
     * A pronoun's referent: the nearest person named as a subject in this sentence or the two before, outside
     * quotations (in "“Karlov has done a lot,” she said" the one quoted is not the one speaking).
     */
    private Reading.Source resolvePronoun(AnnotatedArticle article, Sentence s, int pronoun) {
        List<Sentence> sentences = article.sentences();
        List<Quotes.Quote> quotes = null; // found only once a candidate needs them
        for (int index = s.index(); index >= Math.max(0, s.index() - 2); index--) {
            Sentence candidate = sentences.get(index);
            int limit = index == s.index() ? pronoun : candidate.tokens().size();
            for (int i = limit - 1; i >= 0; i--) {
                Token t = candidate.token(i);
                boolean namedSubject = t.ner().equals("PERSON") && t.isProperNoun()
                        && Syntax.relation(candidate, i).startsWith("nsubj");
                if (!namedSubject) {
                    continue;
                }
                if (quotes == null) {
                    quotes = Quotes.find(article.article().body());
                }
                if (Quotes.at(quotes, t.begin()) == null) {
                    int[] range = Syntax.fullPhrase(candidate, i);
                    Span span = Span.of(article, candidate, range);
                    return new Reading.Source(filedName(candidate, i, span.text()), kind(candidate, i, range), span);
                }
            }
        }
        return null;
    }

    /** official, media, group, anonymous, person or author. */
    String kind(Sentence s, int head, int[] range) {
        for (int i = range[0]; i <= range[1]; i++) {
            String sector = codebook.sectorOf(s.token(i).lemma());
            if (sector != null && Set.of("GOV", "COP", "MIL", "JUD", "LEG", "SPY").contains(sector)) {
                return "official";
            }
        }
        Token token = s.token(head);
        if (MEDIA.contains(token.lemma())) {
            return "media";
        }
        if (ANONYMOUS.contains(token.lemma()) || Syntax.hasChildLemma(s, head, "det", Set.of("a", "an", "some"))
                && !token.isProperNoun()) {
            return "anonymous";
        }
        String entity = s.entityAt(head).map(EntityMention::type).orElse("O");
        if (entity.equals("PERSON")) {
            return "person";
        }
        if (entity.equals("ORGANIZATION") || codebook.actor(token.text()) != null) {
            return "group";
        }
        return token.isProperNoun() ? "group" : "anonymous";
    }
}
