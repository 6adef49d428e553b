package org.evident.extract;

import static org.evident.extract.Codebook.NameRole.NAME_ARTICLE;
import static org.evident.extract.Codebook.NameRole.NAME_LINK;

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

    private final Codebook codebook;
    /** The small words inside the name of a body (names.tsv). */
    private final WordRoles<Codebook.NameRole> nameWords;

    SourceFinder(Codebook codebook) {
        this.codebook = codebook;
        this.nameWords = codebook.nameWords();
    }

    /** The speaker of a reporting verb, or null. */
    Reading.Source speakerOf(AnnotatedArticle article, Sentence s, int verb) {
        return speakerOf(article, s, verb, true);
    }

    /**
     * The speaker of a reporting verb that makes a statement of its own, or null. Its pronoun is resolved only
     * close by: a quote paragraph far from the name is a source for what it tells, not a statement to count.
     */
    Reading.Source statementSpeakerOf(AnnotatedArticle article, Sentence s, int verb) {
        return speakerOf(article, s, verb, false);
    }

    private Reading.Source speakerOf(AnnotatedArticle article, Sentence s, int verb, boolean farPronouns) {
        int speaker = speakerToken(s, verb);
        if (speaker < 0) {
            return null;
        }
        return source(article, s, Syntax.onLineOf(article.article().body(), s, speaker, verb), farPronouns);
    }

    /** The source named by a noun phrase head ("according to officials", quote speakers). */
    Reading.Source source(AnnotatedArticle article, Sentence s, int head) {
        return source(article, s, head, true);
    }

    private Reading.Source source(AnnotatedArticle article, Sentence s, int head, boolean farPronouns) {
        head = Syntax.looseRelativeAntecedent(s, Syntax.antecedent(s, head));
        Token token = s.token(head);
        if (codebook.isPronoun(token)) {
            String lower = token.text().toLowerCase(Locale.ROOT);
            if (lower.equals("i")) {
                return new Reading.Source(token.text(), "author", Span.token(article, s, head));
            }
            Reading.Source resolved = resolvePronoun(article, s, head, farPronouns);
            if (resolved != null) {
                return resolved;
            }
        }
        int[] range = afterDateline(s, head, Syntax.fullPhrase(s, head));
        Span span = Span.of(article, s, range);
        if (isDefiniteDescription(s, head, range)) {
            Reading.Source named = describedBody(article, s, head, range, span);
            if (named != null) {
                return named;
            }
        }
        return new Reading.Source(filedName(s, head, span.text()), kind(s, head, range), span);
    }

    /** "the ministry", "the terrorist group": a common noun with "the", naming no one in its phrase. */
    private static boolean isDefiniteDescription(Sentence s, int head, int[] range) {
        Token token = s.token(head);
        if (!token.isNoun() || token.isProperNoun() || !Syntax.hasChildLemma(s, head, "det", Set.of("the"))) {
            return false;
        }
        for (int i = range[0]; i <= range[1]; i++) {
            if (s.token(i).isProperNoun() || s.entityAt(i).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body a definite description points back at: the nearest name before it, in this sentence or the window a
     * pronoun is resolved in, that ends in the description's noun ("the Defence Ministry" for "the ministry") or
     * that the actor dictionary files under the sector the description's words give ("Islamic State" for "the
     * terrorist group"). The description itself stays the evidence.
     */
    private Reading.Source describedBody(AnnotatedArticle article, Sentence s, int head, int[] range, Span span) {
        String noun = s.token(head).lemma();
        String sector = null;
        for (int i = range[0]; i <= range[1] && sector == null; i++) {
            sector = codebook.sectorOf(s.token(i).lemma());
        }
        List<Sentence> sentences = article.sentences();
        for (int index = s.index(); index >= firstBack(article, s, true); index--) {
            Sentence candidate = sentences.get(index);
            List<EntityMention> entities = candidate.entities();
            for (int k = entities.size() - 1; k >= 0; k--) {
                EntityMention e = entities.get(k);
                if (index == s.index() && e.last() >= range[0]) {
                    continue;
                }
                Codebook.Actor actor = codebook.actor(e.text());
                boolean endsInNoun = e.type().equals("ORGANIZATION")
                        && candidate.token(e.last()).lemma().equalsIgnoreCase(noun);
                if (endsInNoun || sector != null && actor != null && sector.equals(actor.sector())) {
                    String kind = kind(candidate, e.last(), new int[] {e.first(), e.last()});
                    return new Reading.Source(e.text(), kind, span);
                }
            }
        }
        return null;
    }

    /** A name the sentence opens with and a dash ends: "KABUL —". */

    /** A phrase without the dateline the parser joined to it: "BOSTON — Officials" is "Officials". */
    private static int[] afterDateline(Sentence s, int head, int[] range) {
        int first = range[0];
        for (int i = range[0]; i < head; i++) {
            if (Syntax.isDash(s.token(i).text())) {
                first = i + 1;
            }
        }
        return new int[] {first, range[1]};
    }

    /**
     * The name an analyst files a source under: the person or organisation its head names, or the person an
     * apposition names ("another provincial official, the deputy police chief Ahmad Karimi": Ahmad Karimi); else
     * the phrase as written. The full phrase stays in the evidence.
     */
    String filedName(Sentence s, int head, String phrase) {
        Optional<EntityMention> own = s.entityAt(head)
                .filter(e -> e.type().equals("PERSON") || e.type().equals("ORGANIZATION"));
        if (own.isPresent()) {
            return wholeName(s, own.get(), phrase);
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

    /**
     * An organisation's name as written when the tagger stopped at its first small word ("The European Centre" of
     * "The European Centre for Law and Justice"): the entity runs on over small words followed by capitalised
     * ones. Only a run the phrase holds verbatim is taken.
     */
    private String wholeName(Sentence s, EntityMention entity, String phrase) {
        if (!entity.type().equals("ORGANIZATION")) {
            return entity.text();
        }
        StringBuilder name = new StringBuilder(entity.text());
        StringBuilder pending = new StringBuilder();
        int links = 0;
        String longest = entity.text();
        for (int i = entity.last() + 1; i < s.tokens().size(); i++) {
            Token t = s.token(i);
            if (t.isProperNoun() && links > 0) {
                name.append(pending).append(' ').append(t.text());
                pending.setLength(0);
                longest = name.toString();
            } else if (nameWords.has(NAME_LINK, t.text().toLowerCase(Locale.ROOT)) && pending.length() == 0) {
                pending.append(' ').append(t.text());
                links++;
            } else if (nameWords.has(NAME_ARTICLE, t.text().toLowerCase(Locale.ROOT)) && pending.length() > 0) {
                pending.append(' ').append(t.text()); // "of the Red Cross"
            } else {
                break;
            }
        }
        return phrase.contains(longest) ? longest : entity.text();
    }

    /**
     * The token that speaks for a verb: its subject, its passive agent, or the subject of the verb it conjoins. The
     * subject of a passive is what is told or whom it is told to ("the girls were described as …", "he was told by
     * police"), never the speaker.
     */
    static int speakerToken(Sentence s, int verb) {
        List<Integer> subjects = s.children(verb, "nsubj").stream()
                .filter(subject -> !Syntax.relation(s, subject).equals("nsubj:pass")).toList();
        for (int subject : subjects) {
            // a parser may take the dateline for a second subject ("KABUL — A bomber killed nine, police said")
            if (subjects.size() == 1 || !Syntax.isDateline(s, subject)) {
                return subject;
            }
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
     * A pronoun's referent: the nearest person named as a subject before it, outside quotations (in "“Karlov has
     * done a lot,” she said" the one quoted is not the one speaking), looked for in this sentence and the two
     * before, or, when {@code far}, as far back as the start of the second paragraph before this one: news names a speaker once
     * and goes on with "he said" over the quote paragraphs that follow.
     */
    private Reading.Source resolvePronoun(AnnotatedArticle article, Sentence s, int pronoun, boolean far) {
        List<Sentence> sentences = article.sentences();
        List<Quotes.Quote> quotes = null; // found only once a candidate needs them
        int first = firstBack(article, s, far);
        for (int index = s.index(); index >= first; index--) {
            Sentence candidate = sentences.get(index);
            int limit = index == s.index() ? pronoun : candidate.tokens().size();
            for (int i = limit - 1; i >= 0; i--) {
                Token t = candidate.token(i);
                boolean namedSubject = Syntax.relation(candidate, i).startsWith("nsubj")
                        && (t.ner().equals("PERSON") && t.isProperNoun() || namedSpeaker(candidate, i));
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

    /**
     * The first sentence a reference back from {@code s} is looked for in: the two clauses before it, or, when
     * {@code far}, as far back as the start of the second paragraph before its own.
     */
    private static int firstBack(AnnotatedArticle article, Sentence s, boolean far) {
        List<Sentence> sentences = article.sentences();
        int first = article.reachBack(s.index(), 2);
        int windowStart = paragraphsBefore(article.article().body(), s.begin(), PRONOUN_PARAGRAPHS);
        while (far && first > 0 && sentences.get(first - 1).begin() >= windowStart) {
            first--;
        }
        return first;
    }

    /** "Another parent, Jane Okafor, said …": a reporting verb's subject, a common noun naming a person aside. */
    private boolean namedSpeaker(Sentence s, int head) {
        int verb = Syntax.governor(s, head);
        if (!s.token(head).isNoun() || s.token(head).isProperNoun() || verb < 0
                || !codebook.isCue(Codebook.CueRole.SAY, s.token(verb).lemma())) {
            return false;
        }
        for (int appos : s.children(head, "appos")) {
            if (s.entityAt(appos).filter(e -> e.type().equals("PERSON")).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** How many paragraphs before a pronoun's own its referent is looked for. */
    private static final int PRONOUN_PARAGRAPHS = 2;

    /** The offset where the paragraph {@code count} paragraphs before the one holding {@code offset} starts. */
    static int paragraphsBefore(String body, int offset, int count) {
        int start = body.lastIndexOf('\n', Math.max(0, offset - 1));
        for (int k = 0; k < count && start > 0; k++) {
            int previous = start - 1;
            while (previous >= 0 && Character.isWhitespace(body.charAt(previous))) {
                previous--; // blank lines between paragraphs
            }
            start = previous < 0 ? -1 : body.lastIndexOf('\n', previous);
        }
        return start + 1;
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
        if (codebook.isCue(Codebook.CueRole.MEDIA_NOUN, token.lemma())) {
            return "media";
        }
        if (codebook.isCue(Codebook.CueRole.ANONYMOUS_NOUN, token.lemma()) || isIndefinite(s, head) && !token.isProperNoun()) {
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

    /** "a witness", "some officials": a noun an indefinite determiner (cues.tsv INDEFINITE) leaves unnamed. */
    private boolean isIndefinite(Sentence s, int head) {
        return s.children(head, "det").stream()
                .anyMatch(det -> codebook.isCue(Codebook.CueRole.INDEFINITE, s.token(det).lemma()));
    }
}
