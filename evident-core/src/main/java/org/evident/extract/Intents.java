package org.evident.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.evident.model.Status;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Acts an actor intends rather than performs, coded as PLOVER codes them (intents.tsv): a cooperative act told in
 * the future or offered is an AGREE, a hostile act its own actor announces is a THREATEN, a cooperative act its actor refuses
 * is a REJECT, and an act told in the future on a condition another must meet ("unless …") is a THREATEN. The
 * intended act itself has not happened, so it gets no record of its own. Likewise a protest whose verb frames what
 * was said ("a group protested that …") was words, not a gathering: an ACCUSE.
 */
final class Intents {

    /** How the text holds the act: see the stance column of intents.tsv. */
    enum Stance { FUTURE, OFFERED, OWN, REFUSED, CONDITIONED, SPOKEN }

    /** One row: an act of this category (and mode, or any) in this stance is coded as the intent. */
    record Rule(String category, String mode, Stance stance, String intent, String intentMode) {}

    /**
     * The category and modes that code a mention as an intention, and the verb of the statement that announced
     * it (its subject is the one who intends), or -1.
     */
    record Intent(String category, Set<String> modes, Stance stance, int statement) {}

    private final List<Rule> rules = new ArrayList<>();
    private final Codebook codebook;

    Intents(Codebook codebook, Path userDir, String language) {
        this.codebook = codebook;
        for (Tsv.Row row : Tsv.read(userDir, language, "intents.tsv", 4)) {
            for (int column : new int[] {0, 3}) {
                if (!Codebook.CATEGORIES.contains(row.cell(column))) {
                    throw row.error("unknown category '" + row.cell(column) + "', expected a PLOVER category");
                }
            }
            Stance stance = row.constant(2, Stance.class, "stance");
            String mode = row.cell(1).isEmpty() ? "*" : row.cell(1);
            rules.add(new Rule(row.cell(0), mode, stance, row.cell(3), row.cell(4)));
        }
    }

    /**
     * The intention a mention expresses, or null when it tells of the act itself. {@code predicate} is the clause
     * that holds the trigger; {@code isTrigger} tells other triggers of the sentence, whose own records code an
     * intention word that is a trigger ("threatened to strike" is already a THREATEN).
     */
    Intent read(Sentence s, int predicate, String category, Set<String> modes, Status status, IntPredicate isTrigger) {
        int governor = Syntax.governor(s, predicate);
        String relation = Syntax.relation(s, predicate);
        boolean complementOf = relation.equals("xcomp") && governor >= 0 && !isTrigger.test(governor);
        String governorLemma = governor >= 0 ? s.token(governor).lemma().toLowerCase(Locale.ROOT) : "";
        boolean offered = complementOf && codebook.isCue(Codebook.CueRole.OFFER, governorLemma);
        boolean intended = offered || complementOf && codebook.isCue(Codebook.CueRole.INTENT, governorLemma);
        boolean declined = complementOf && codebook.isCue(Codebook.CueRole.REFUSAL, governorLemma);
        boolean future = status == Status.PREDICTED || intended;
        boolean own = intended || (future || hasModal(s, predicate)) && announcedBySubject(s, predicate);
        boolean refused = declined || status == Status.NEGATED && hasModal(s, predicate)
                && announcedBySubject(s, predicate);
        for (Rule rule : rules) {
            if (!rule.category().equals(category) || !rule.mode().equals("*") && !modes.contains(rule.mode())) {
                continue;
            }
            boolean holds = switch (rule.stance()) {
                case FUTURE -> future;
                case OFFERED -> offered;
                case OWN -> own;
                case REFUSED -> refused;
                case CONDITIONED -> (future || hasModal(s, predicate)) && hasUltimatum(s, predicate);
                case SPOKEN -> framesReportedClause(s, predicate);
            };
            if (holds) {
                Set<String> intentModes = rule.intentMode().isEmpty() ? Set.of() : Set.of(rule.intentMode());
                int statement = announcedBySubject(s, predicate) ? Syntax.governor(s, predicate) : -1;
                return new Intent(rule.intent(), intentModes, rule.stance(), statement);
            }
        }
        return null;
    }

    /**
     * Whether the clause is its speaker's word about itself: "the farmers said they would blockade the city",
     * "NATO confirmed it would tighten the blockade". Its subject is a personal pronoun of the speaker's kind, or
     * the speaker's own head word.
     */
    private boolean announcedBySubject(Sentence s, int predicate) {
        int say = Syntax.governor(s, predicate);
        String relation = Syntax.relation(s, predicate);
        if (say < 0 || !(relation.equals("ccomp") || relation.equals("parataxis"))
                || !codebook.isCue(Codebook.CueRole.SAY, s.token(say).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<Integer> subjects = s.children(predicate, "nsubj");
        List<Integer> speakers = s.children(say, "nsubj");
        if (subjects.isEmpty() || speakers.isEmpty()) {
            return false;
        }
        Token subject = s.token(subjects.get(0));
        Token speaker = s.token(speakers.get(0));
        String pronoun = subject.text().toLowerCase(Locale.ROOT);
        if (isPersonalPronoun(pronoun)) {
            return agrees(pronoun, speaker);
        }
        return subject.lemma().equalsIgnoreCase(speaker.lemma());
    }

    private boolean isPersonalPronoun(String word) {
        return codebook.isCue(Codebook.CueRole.PERSON_PRONOUN, word) || codebook.isCue(Codebook.CueRole.THING_PRONOUN,
                word) || codebook.isCue(Codebook.CueRole.GROUP_PRONOUN, word);
    }

    /** A pronoun that can stand for the speaker: a person's pronoun for a person, a thing's for anything else. */
    private boolean agrees(String pronoun, Token speaker) {
        String speakerText = speaker.text().toLowerCase(Locale.ROOT);
        if (isPersonalPronoun(speakerText)) {
            return speakerText.equals(pronoun);
        }
        boolean person = "PERSON".equals(speaker.ner());
        if (codebook.isCue(Codebook.CueRole.PERSON_PRONOUN, pronoun)) {
            return person;
        }
        // "they", "we": a group, a government, its people
        return !codebook.isCue(Codebook.CueRole.THING_PRONOUN, pronoun) || !person;
    }

    /**
     * "A rights group protested that the authorities fail …", "the authorities fail …, a group protested": the act's
     * own verb frames what was said, so the act was words, not a gathering.
     */
    private static boolean framesReportedClause(Sentence s, int predicate) {
        if (!s.token(predicate).isVerb()) {
            return false;
        }
        if (!s.children(predicate, "ccomp").isEmpty()) {
            return true;
        }
        // the reporting clause after what it reports, parsed as its parataxis
        return Syntax.relation(s, predicate).equals("parataxis") && Syntax.governor(s, predicate) < predicate;
    }

    /** "will withdraw unless …": a clause the act attaches to that says what would stop it. */
    private boolean hasUltimatum(Sentence s, int predicate) {
        for (int clause : s.children(predicate, "advcl")) {
            for (int mark : s.children(clause, "mark")) {
                if (codebook.isCue(Codebook.CueRole.ULTIMATUM, s.token(mark).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "will not", "would not", "cannot": a modal on a negated clause makes it a stance, not a fact. */
    private boolean hasModal(Sentence s, int predicate) {
        for (int aux : s.children(predicate, "aux")) {
            if (codebook.isCue(Codebook.CueRole.MODAL, s.token(aux).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
