package org.evident.extract;

import java.util.ArrayList;
import java.util.List;
import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Doubt cast on a report from outside its clause: a sentence that questions the one before ("This has yet to be
 * verified, and the report could be misinformation") makes that sentence's reported events UNVERIFIED, as does a
 * doubting word on the report itself ("unconfirmed reports said …"). Asserted facts, such as a relative clause's
 * "who killed 39 people", keep their status.
 */
final class DoubtReader {

    private final Codebook codebook;

    DoubtReader(Codebook codebook) {
        this.codebook = codebook;
    }

    List<Reading> apply(AnnotatedArticle article, List<Reading> readings) {
        List<Reading> result = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            Span cue = null;
            if (r.status() == Status.REPORTED || r.status() == Status.CLAIMED) {
                int next = r.sentence() + 1;
                if (next < article.sentences().size()) {
                    cue = pointingDoubt(article, article.sentences().get(next));
                }
                if (cue == null) {
                    cue = doubtedReport(article, r.trigger().sentence());
                }
            }
            result.add(cue == null ? r : withStatus(r, new Reading.Epistemic(Status.UNVERIFIED, r.epistemic().source(), cue)));
        }
        return result;
    }

    /** A doubt word in a sentence whose subject points back at a report; the word's span, or null. */
    private Span pointingDoubt(AnnotatedArticle article, Sentence s) {
        boolean pointsBack = false;
        for (Token t : s.tokens()) {
            if (t.index() > 6) {
                break;
            }
            if (Syntax.relation(s, t.index()).startsWith("nsubj") 
                    && codebook.isCue(Codebook.CueRole.BACK_POINTER, t.lemma())) {
                pointsBack = true;
            }
        }
        return pointsBack ? doubtWord(article, s) : doubtedVerification(article, s);
    }

    /**
     * "Reuters could not independently verify the report": a doubted verification of a noun that points back. A
     * pronoun object does not: "are assessing the claim but have not verified it" doubts its own sentence's claim.
     */
    private Span doubtedVerification(AnnotatedArticle article, Sentence s) {
        for (Token t : s.tokens()) {
            if (codebook.isCue(Codebook.CueRole.VERIFY, t.lemma())
                    && EpistemicReader.isDoubted(codebook, s, t.index())
                    && s.children(t.index(), "obj").stream()
                            .anyMatch(o -> s.token(o).isNoun()
                                    && codebook.isCue(Codebook.CueRole.BACK_POINTER, s.token(o).lemma()))) {
                return Span.token(article, s, t.index());
            }
        }
        return null;
    }

    /** "unconfirmed reports said", "unverified footage showed": a doubt word on the subject of a reporting verb. */
    private Span doubtedReport(AnnotatedArticle article, Sentence s) {
        for (Token t : s.tokens()) {
            if (!codebook.isCue(Codebook.CueRole.DOUBT, t.lemma()) || !Syntax.relation(s, t.index()).equals("amod")) {
                continue;
            }
            int noun = Syntax.governor(s, t.index());
            int verb = noun < 0 ? -1 : Syntax.governor(s, noun);
            if (verb >= 0 && Syntax.relation(s, noun).startsWith("nsubj")
                    && codebook.isCue(Codebook.CueRole.SAY, s.token(verb).lemma())) {
                return Span.token(article, s, t.index());
            }
        }
        return null;
    }

    private Span doubtWord(AnnotatedArticle article, Sentence s) {
        for (Token t : s.tokens()) {
            if (codebook.isCue(Codebook.CueRole.DOUBT, t.lemma())) {
                return Span.token(article, s, t.index());
            }
        }
        return null;
    }

    private static Reading withStatus(Reading r, Reading.Epistemic epistemic) {
        return new Reading(r.trigger(), r.category(), r.modes(), r.contexts(), r.actors(), r.recipients(), r.place(),
                r.time(), r.counts(), epistemic, r.forecast(), r.reference());
    }
}
