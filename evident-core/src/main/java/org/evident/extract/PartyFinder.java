package org.evident.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evident.geo.PlaceKnowledge;
import org.evident.model.EventRecord;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.EntityMention;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * Actors and recipients from the parse: the subject (or "by" agent) of a verbal trigger does it, the object (or
 * passive subject) undergoes it; for a nominal trigger, its possessor or a name compounded with it ("Putin's
 * intervention", "a PKK attack") does it and "on"/"against" marks the recipient. Each party gets its canonical
 * name from the actor codebook, its country from the gazetteer's demonyms and its sector from the agent nouns: the
 * hand-made agents.tsv, then a named actor's own sector, then the field's agent nouns (phoenix-agents.tsv).
 */
final class PartyFinder {

    /** PLOVER's sector of elites: the Phoenix dictionaries' code of a person out of office, which a title refines. */
    private static final String ELITE = "ELI";

    private final Codebook codebook;
    private final PlaceKnowledge gazetteer;

    PartyFinder(Codebook codebook, PlaceKnowledge gazetteer) {
        this.codebook = codebook;
        this.gazetteer = gazetteer;
    }

    List<Reading.Party> actors(AnnotatedArticle article, Sentence s, int trigger, int predicate) {
        List<Integer> heads = new ArrayList<>();
        Token t = s.token(trigger);
        if (predicate != trigger) {
            heads.addAll(s.children(predicate, "nsubj")); // "IS carried out the attack"
        } else if (t.isVerb()) {
            boolean passive = !s.children(trigger, "aux:pass").isEmpty();
            if (passive) {
                for (int obl : s.children(trigger, "obl")) {
                    if (Syntax.caseOf(s, obl).equals("by")) {
                        heads.add(obl);
                    }
                }
            } else {
                heads.addAll(s.children(trigger, "nsubj"));
                if (heads.isEmpty() && Syntax.relation(s, trigger).equals("xcomp")) {
                    heads.addAll(s.children(Syntax.governor(s, trigger), "nsubj")); // "managed to escape"
                }
                if (heads.isEmpty() && Syntax.relation(s, trigger).equals("conj")) {
                    heads.addAll(s.children(Syntax.governor(s, trigger), "nsubj"));
                }
            }
        } else {
            heads.addAll(s.children(trigger, "nmod:poss"));
            for (int compound : s.children(trigger, "compound")) {
                if (s.token(compound).isProperNoun() && codebook.actor(s.token(compound).text()) != null) {
                    heads.add(compound);
                }
            }
            for (int nmod : s.children(trigger, "nmod")) {
                if (Syntax.caseOf(s, nmod).equals("by")) {
                    heads.add(nmod);
                }
            }
            // "directives that were issued by X", "attacks carried out by X"
            for (String relation : List.of("acl:relcl", "acl")) {
                for (int clause : s.children(trigger, relation)) {
                    for (int obl : s.children(clause, "obl")) {
                        if (Syntax.caseOf(s, obl).equals("by")) {
                            heads.add(obl);
                        }
                    }
                }
            }
        }
        return parties(article, s, heads);
    }

    List<Reading.Party> recipients(AnnotatedArticle article, Sentence s, int trigger, int predicate) {
        List<Integer> heads = new ArrayList<>();
        Token t = s.token(trigger);
        if (t.isVerb()) {
            boolean passive = !s.children(trigger, "aux:pass").isEmpty();
            heads.addAll(s.children(trigger, passive ? "nsubj:pass" : "obj"));
        } else {
            for (int nmod : s.children(trigger, "nmod")) {
                String marker = Syntax.caseOf(s, nmod);
                if (marker.equals("on") || marker.equals("against") || marker.equals("of") && isAgent(s, nmod)) {
                    heads.add(nmod);
                }
            }
        }
        return parties(article, s, heads);
    }

    private boolean isAgent(Sentence s, int head) {
        Token t = s.token(head);
        return codebook.isAgentNoun(t.lemma()) || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
    }

    private List<Reading.Party> parties(AnnotatedArticle article, Sentence s, List<Integer> heads) {
        List<Reading.Party> parties = new ArrayList<>();
        for (int head : heads) {
            head = Syntax.antecedent(s, head);
            if (s.token(head).isNumber() || s.entityAt(head).map(EntityMention::isTime).orElse(false)
                    || Syntax.isDateline(s, head)) {
                continue; // a dateline says where the story was filed, not who took part
            }
            parties.add(party(article, s, head));
            for (int conj : s.children(head, "conj")) {
                parties.add(party(article, s, conj));
            }
        }
        return parties;
    }

    /** One party: the words naming it, and what the codebooks and the gazetteer know of them. */
    Reading.Party party(AnnotatedArticle article, Sentence s, int head) {
        int[] range = Syntax.corePhrase(s, head);
        Span span = Span.of(article, s, range);
        String identifier = null;
        String code = null;
        String sector = codebook.sectorOf(s.token(head).lemma());
        String title = sector == null && s.token(head).ner().equals("PERSON") ? titleSector(s, range[0], head) : null;
        Codebook.Actor actor = findActor(article, s, range);
        if (actor == null && isArmedGroupDescription(s, head, sector)) {
            actor = armedGroupNamedBefore(article, s, range[0]);
        }
        if (actor != null) {
            identifier = actor.identifier();
            code = actor.code();
            sector = sector == null ? actor.sector() : sector;
        } else {
            NamedMatch named = findNamedActor(article, s, range);
            if (named != null) {
                code = named.actor().code();
                sector = sector == null ? named.actor().sector() : sector;
                // "Kabul" files "Kabul police" under Afghanistan, but the police are not Afghanistan
                if (named.first() <= head && head <= named.last()) {
                    identifier = named.actor().identifier();
                }
            }
            if (identifier == null && s.token(head).isProperNoun()) {
                identifier = properName(article, s, head);
            }
        }
        if (code == null) {
            code = countryOf(article, s, range).orElse(null);
        }
        if (code == null && s.token(head).isProperNoun()) {
            // "Moscow said", "Berlin rejected the calls": a capital doing or undergoing an event is its government
            Optional<String> capital = gazetteer.capitalOf(properName(article, s, head));
            if (capital.isPresent()) {
                code = capital.get();
                sector = sector == null ? Reading.Party.GOVERNMENT : sector;
            }
        }
        if (title != null && (sector == null || sector.equals(ELITE))) {
            sector = title; // "President Bush", "Foreign Minister Oskar Fischer"; never over "rebel" or "army"
        }
        if (sector == null && !codebook.isAgentNoun(s.token(head).lemma())) {
            sector = fieldSector(s, range[0], head); // "peasants", "Syrian commandos"; agents.tsv's rows decide first
        }
        Integer whole = code == null ? wholeOf(s, head) : null;
        if (whole != null) {
            // "Thousands of Iraqi Kurds", "a group of Moroccan diplomats": the part is of the whole's country
            EventRecord.Entity of = party(article, s, whole).entity();
            code = of.code();
            sector = sector == null ? of.sector() : sector; // a part is not the body itself: no identifier
        }
        EventRecord.Entity entity = new EventRecord.Entity(span.text(), identifier, code, sector);
        return new Reading.Party(entity, span, s.token(head).lemma());
    }

    /**
     * The "of" phrase a count or a part heads ("thousands of Kurds", "members of the association": quantities.tsv's
     * VAGUE_COUNT and PART words), or null.
     */
    private Integer wholeOf(Sentence s, int head) {
        Token t = s.token(head);
        boolean part = codebook.quantityWords().has(Codebook.QuantityRole.PART, t.lemma().toLowerCase(Locale.ROOT))
                || codebook.quantityWords().has(Codebook.QuantityRole.VAGUE_COUNT, t.text().toLowerCase(Locale.ROOT));
        List<Integer> of = part ? Syntax.ofPhrases(s, head) : List.of();
        return of.isEmpty() ? null : of.get(0);
    }

    /** The sector the field's agent nouns give the words of the phrase that end at its head ("riot police"). */
    private String fieldSector(Sentence s, int first, int head) {
        List<String> before = new ArrayList<>();
        for (int i = Math.max(first, head - codebook.fieldAgents().longestPhrase() + 1); i < head; i++) {
            before.add(s.token(i).text());
        }
        return codebook.fieldAgents().sector(before, s.token(head).lemma(), s.token(head).text());
    }

    /**
     * The sector of the title a person's name follows in the phrase ("Georgian President Eduard Shevardnadze" GOV,
     * "former President X" ELI), by the field's agent nouns; the title says the office the text gives the person,
     * which a named actor's own codes, for an unknown day or a stale entry, may not: it replaces no sector but the
     * dictionaries' generic ELI. Null when there is none.
     */
    private String titleSector(Sentence s, int first, int head) {
        for (int end = head - 1; end >= first; end--) {
            String sector = fieldSector(s, first, end);
            if (sector != null) {
                return sector;
            }
        }
        return null;
    }

    /** "the militants", "the fighters": a common noun of an armed group with "the", naming no group itself. */
    private static boolean isArmedGroupDescription(Sentence s, int head, String sector) {
        return Reading.Party.ARMED_GROUP.equals(sector) && !s.token(head).isProperNoun()
                && Syntax.hasChildLemma(s, head, "det", java.util.Set.of("the"));
    }

    /**
     * The armed group a definite description points back at: the nearest name before it, in its sentence or the
     * two clauses before, that the actor codebook files as an armed group ("the fighters stormed the school" after
     * "the government's fight against Boko Haram"), or null.
     */
    private Codebook.Actor armedGroupNamedBefore(AnnotatedArticle article, Sentence s, int before) {
        List<Sentence> sentences = article.sentences();
        for (int index = s.index(); index >= article.reachBack(s.index(), 2); index--) {
            List<EntityMention> entities = sentences.get(index).entities();
            for (int k = entities.size() - 1; k >= 0; k--) {
                EntityMention e = entities.get(k);
                if (index == s.index() && e.last() >= before) {
                    continue;
                }
                Codebook.Actor actor = codebook.actor(e.text());
                if (actor != null && Reading.Party.ARMED_GROUP.equals(actor.sector())) {
                    return actor;
                }
            }
        }
        return null;
    }

    /** The longest codebook actor name inside the phrase. */
    private Codebook.Actor findActor(AnnotatedArticle article, Sentence s, int[] range) {
        for (int length = Math.min(codebook.longestActorName(), range[1] - range[0] + 1); length >= 1; length--) {
            for (int start = range[0]; start + length - 1 <= range[1]; start++) {
                String text = article.text(s.token(start).begin(), s.token(start + length - 1).end());
                Codebook.Actor actor = codebook.actor(text);
                if (actor != null) {
                    return actor;
                }
            }
        }
        return null;
    }

    /** A named actor of the field's dictionaries and the tokens that name it. */
    private record NamedMatch(Codebook.Actor actor, int first, int last) {}

    /**
     * The longest run of proper nouns inside the phrase that the field's dictionaries name, as of the article's
     * publication day ("Prime Minister Erdogan" in 2017 is Turkey's government), or null.
     */
    private NamedMatch findNamedActor(AnnotatedArticle article, Sentence s, int[] range) {
        NamedActors named = codebook.namedActors();
        for (int length = Math.min(named.longestName(), range[1] - range[0] + 1); length >= 1; length--) {
            for (int start = range[0]; start + length - 1 <= range[1]; start++) {
                if (!properNouns(s, start, start + length - 1)) {
                    continue;
                }
                String text = article.text(s.token(start).begin(), s.token(start + length - 1).end());
                Optional<Codebook.Actor> actor = named.actor(text, article.article().published());
                if (actor.isPresent()) {
                    return new NamedMatch(actor.get(), start, start + length - 1);
                }
            }
        }
        return null;
    }

    private static boolean properNouns(Sentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!s.token(i).isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    private static String properName(AnnotatedArticle article, Sentence s, int head) {
        Optional<EntityMention> entity = s.entityAt(head);
        if (entity.isPresent() && !entity.get().isTime()) {
            return entity.get().text();
        }
        int first = head;
        while (first > 0 && s.token(first - 1).isProperNoun()) {
            first--;
        }
        return article.text(s.token(first).begin(), s.token(head).end());
    }

    /** The most words a country's name takes ("Democratic Republic of the Congo" aside). */
    private static final int LONGEST_COUNTRY_NAME = 3;

    /**
     * A country named or described in the phrase ("Turkish authorities", "the Iraqi army", "the United States"):
     * the longest run of capitalised words the gazetteer knows, so "North Korea" is not read as "Korea".
     */
    private Optional<String> countryOf(AnnotatedArticle article, Sentence s, int[] range) {
        for (int length = Math.min(LONGEST_COUNTRY_NAME, range[1] - range[0] + 1); length >= 1; length--) {
            for (int start = range[0]; start + length - 1 <= range[1]; start++) {
                if (!countryWords(s, start, start + length - 1)) {
                    continue;
                }
                Optional<String> code = gazetteer.countryCode(
                        article.text(s.token(start).begin(), s.token(start + length - 1).end()));
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        return Optional.empty();
    }

    /** Capitalised proper nouns or adjectives, the words a country's name or demonym is made of. */
    private static boolean countryWords(Sentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            Token t = s.token(i);
            if (!Character.isUpperCase(t.text().charAt(0)) || !(t.isProperNoun() || t.pos().startsWith("JJ"))) {
                return false;
            }
        }
        return true;
    }
}
