package org.evident.extract;

import java.util.List;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Who speaks a quotation: the reporting verb outside the quote in its own sentence ("'…,' the minister said") or
 * in the sentence that introduces it ("X told me: '…'"), by its subject or its "by" agent; for a paragraph that is
 * all quotation, the speaker the paragraph before names last.
 */
final class QuoteSpeakers {

    private QuoteSpeakers() {}

    static Reading.Source speaker(MentionReader.Context context, Quotes.Quote quote, Codebook codebook,
                                  SourceFinder sources) {
        AnnotatedArticle article = context.article();
        for (Sentence s : article.sentences()) {
            if (s.end() < quote.begin() - 400 || s.begin() > quote.end() + 1) {
                continue;
            }
            boolean touches = s.end() >= quote.begin() - 2 && s.begin() <= quote.end() + 2;
            if (!touches) {
                continue;
            }
            List<Token> tokens = s.tokens();
            // the reporting verb nearest the quote, outside it
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (Token t : tokens) {
                if (!t.isVerb() || quote.contains(t.begin()) || !codebook.isCue(Codebook.CueRole.SAY, t.lemma())) {
                    continue;
                }
                int speaker = SourceFinder.speakerToken(s, t.index());
                if (speaker < 0 || s.token(speaker).text().equalsIgnoreCase("I")) {
                    // "I recall being told by X": the author recalls, X speaks
                    int agent = agentOfPassive(s, t.index());
                    if (agent < 0) {
                        continue;
                    }
                }
                int distance = Math.min(Math.abs(t.begin() - quote.begin()), Math.abs(t.begin() - quote.end()));
                if (distance < bestDistance) {
                    best = t.index();
                    bestDistance = distance;
                }
            }
            if (best < 0) {
                // "'…,' according to the BBC": the "according to" phrase outside the quote names its speaker
                for (Token t : tokens) {
                    if (!quote.contains(t.begin()) && t.isNoun() && Syntax.relation(s, t.index()).startsWith("obl")
                            && codebook.isCue(Codebook.CueRole.ATTRIBUTION, Syntax.caseOf(s, t.index()))) {
                        return sources.source(article, s, t.index());
                    }
                }
            }
            if (best >= 0) {
                // "I recall being told by X": the agent speaks only for a verb without a speaker of its own, not in
                // "the minister said the attackers had been killed by the police"
                int own = SourceFinder.speakerToken(s, best);
                boolean spoken = own >= 0 && !s.token(own).text().equalsIgnoreCase("I");
                int agent = spoken ? -1 : agentOfPassive(s, best);
                if (agent >= 0) {
                    return sources.source(article, s, agent);
                }
                Reading.Source source = sources.speakerOf(article, s, best);
                if (source != null) {
                    return source;
                }
            }
        }
        return opensParagraph(article.article().body(), quote) ? lastSpeakerBefore(context, quote, codebook, sources)
                : null;
    }

    /** A quotation a paragraph opens with: nothing but blank space between the line break and the quote mark. */
    private static boolean opensParagraph(String body, Quotes.Quote quote) {
        int i = quote.begin() - 2; // before the opening mark
        while (i >= 0 && body.charAt(i) != '\n' && Character.isWhitespace(body.charAt(i))) {
            i--;
        }
        return i < 0 || body.charAt(i) == '\n';
    }

    /**
     * A paragraph that is a quotation with no attribution of its own goes on quoting the speaker the paragraph before
     * it names last, as news does ("'…,' the minister said." over "'We will rebuild …'"): the speaker of the last
     * reporting verb, outside quotes, in that paragraph; or null.
     */
    private static Reading.Source lastSpeakerBefore(MentionReader.Context context, Quotes.Quote quote,
                                                    Codebook codebook, SourceFinder sources) {
        AnnotatedArticle article = context.article();
        int paragraphBefore = SourceFinder.paragraphsBefore(article.article().body(), quote.begin(), 1);
        List<Sentence> sentences = article.sentences();
        for (int k = sentences.size() - 1; k >= 0; k--) {
            Sentence s = sentences.get(k);
            if (s.end() > quote.begin()) {
                continue;
            }
            if (s.begin() < paragraphBefore) {
                return null;
            }
            for (int i = s.tokens().size() - 1; i >= 0; i--) {
                Token t = s.token(i);
                if (t.isVerb() && codebook.isCue(Codebook.CueRole.SAY, t.lemma())
                        && Quotes.at(context.quotes(), t.begin()) == null && SourceFinder.speakerToken(s, i) >= 0) {
                    return sources.speakerOf(article, s, i);
                }
            }
        }
        return null;
    }

    /** The "by" agent of a passive reporting verb, or of one in its complement ("recall being told by X"). */
    private static int agentOfPassive(Sentence s, int verb) {
        for (int obl : s.children(verb, "obl")) {
            if (Syntax.caseOf(s, obl).equals("by")) {
                return obl;
            }
        }
        for (String relation : List.of("xcomp", "ccomp", "advcl")) {
            for (int inner : s.children(verb, relation)) {
                for (int obl : s.children(inner, "obl")) {
                    if (Syntax.caseOf(s, obl).equals("by")) {
                        return obl;
                    }
                }
            }
        }
        return -1;
    }
}
