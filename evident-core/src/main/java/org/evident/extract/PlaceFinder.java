package org.evident.extract;

import static org.evident.extract.Codebook.PlaceRole.ARABIC_ARTICLE;
import static org.evident.extract.Codebook.PlaceRole.AWAY;
import static org.evident.extract.Codebook.PlaceRole.IN_PLACE;
import static org.evident.extract.Codebook.PlaceRole.LOCATIVE;
import static org.evident.extract.Codebook.PlaceRole.PLACE_KIND;
import static org.evident.extract.Codebook.PlaceRole.PLACE_OBJECT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evident.geo.Names;
import org.evident.geo.PlaceKnowledge;
import org.evident.geo.Toponym;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Dependency;
import org.evident.nlp.EntityMention;
import org.evident.nlp.Sentence;

/**
 * Finds place names in sentences (NER locations, and proper nouns the gazetteer knows, which NER misses for many
 * Middle Eastern and African towns) and attaches to a trigger the place its phrase puts it in.
 */
final class PlaceFinder {

    /** A place name in a sentence: tokens [first, last] and the toponym handed to the gazetteer. */
    record PlaceName(int sentence, int first, int last, Toponym toponym) {
        boolean covers(int token) {
            return token >= first && token <= last;
        }
    }

    /** Relations along which a trigger's place is found: its locative modifiers and what they modify. */
    private static final Set<String> PLACE_PATH = Set.of("obl", "nmod", "compound", "obj", "appos", "amod");

    /**
     * A dateline opening one of the article's first lines: a place in capitals or title case, perhaps its state or
     * country, a date and the agency, then a dash or a colon ("SPRINGFIELD, Ill. (AP) —", "KABUL, Afghanistan —",
     * "Lagos, 12 March (Reuters) -", "BEIRUT:", "GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) --"), or the agency alone
     * ("WASHINGTON (RNS) Evangelical leaders …").
     */
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*"
            + "(?<place>\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3})"
            + "(?:, ?(?<region>\\p{Lu}[\\p{L}'’.]*(?: \\p{Lu}[\\p{L}'’.]*){0,2}))?"
            + "(?:,? (?:\\d{1,2} \\p{L}{3,9}\\.?(?: \\d{2,4})?|\\p{Lu}\\p{L}{2,8}\\.? \\d{1,2}(?:, \\d{4})?))?"
            + "(?: *\\(\\p{L}[^)\\n]{0,39}\\) *(?:(?:—|–|--|-|:) )?| *(?<dash>—|–|--|-|:) )");

    /** How far into the body a dateline may open a line (after a headline and a photo credit, not further). */
    private static final int DATELINE_REACH = 300;

    /** A dateline's place, and its state or country when it gives one: character spans of the body. */
    record Dateline(int begin, int end, int regionBegin, int regionEnd) {
        boolean hasRegion() {
            return regionBegin >= 0;
        }
    }

    private final PlaceKnowledge gazetteer;
    private final Codebook codebook;
    private final WordRoles<Codebook.PlaceRole> words;

    PlaceFinder(PlaceKnowledge gazetteer, Codebook codebook) {
        this.gazetteer = gazetteer;
        this.codebook = codebook;
        this.words = codebook.placeWords();
    }

    /** The article's dateline, when one of its first lines opens with a place the gazetteer knows. */
    Optional<Dateline> dateline(String body) {
        Matcher m = DATELINE.matcher(body.length() > DATELINE_REACH ? body.substring(0, DATELINE_REACH) : body);
        while (m.find()) {
            int begin = placeStart(m);
            if (begin < 0 || onlyAColon(m) && !isCapitals(m.group("place"))) {
                continue;
            }
            boolean region = m.group("region") != null && gazetteer.isPlaceName(m.group("region"));
            return Optional.of(new Dateline(begin, m.end("place"),
                    region ? m.start("region") : -1, region ? m.end("region") : -1));
        }
        return Optional.empty();
    }

    /**
     * Where the dateline's place begins: at the words matched, when the gazetteer knows them, else at the words in
     * capitals that end them, after a credit in ordinary case ("Associated Press MEMPHIS, Tenn. (AP) -"); -1 when
     * neither is a place.
     */
    private int placeStart(Matcher m) {
        String place = m.group("place");
        if (gazetteer.isPlaceName(place)) {
            return m.start("place");
        }
        String[] words = place.split(" ");
        int capitalsFrom = words.length;
        while (capitalsFrom > 0 && isCapitals(words[capitalsFrom - 1])) {
            capitalsFrom--;
        }
        if (capitalsFrom == 0 || capitalsFrom == words.length) {
            return -1;
        }
        String tail = String.join(" ", Arrays.asList(words).subList(capitalsFrom, words.length));
        return gazetteer.isPlaceName(tail) ? m.end("place") - tail.length() : -1;
    }

    /**
     * A name and a colon, with no state, date or agency: a dateline only in capitals ("BEIRUT:"); in ordinary case
     * it is a headline's label ("Police: Drug deal ends in gunfire"), though a town may bear the word.
     */
    private static boolean onlyAColon(Matcher m) {
        return ":".equals(m.group("dash")) && m.group("region") == null;
    }

    private static boolean isCapitals(String words) {
        return words.chars().anyMatch(Character::isLetter) && words.equals(words.toUpperCase(Locale.ROOT));
    }

    /** Every place name of a sentence, left to right. */
    List<PlaceName> find(AnnotatedArticle article, Sentence s) {
        return find(article, s, Optional.empty());
    }

    /**
     * Every place name of a sentence, left to right, with the dateline's place and region when the sentence holds
     * them, whether NER ran on it or not (a dateline is often in a sentence with nothing else to read).
     */
    List<PlaceName> find(AnnotatedArticle article, Sentence s, Optional<Dateline> dateline) {
        List<PlaceName> names = new ArrayList<>();
        boolean[] taken = new boolean[s.tokens().size()];
        if (dateline.isPresent()) {
            Dateline d = dateline.get();
            addSpan(article, s, d.begin(), d.end(), names, taken);
            if (d.hasRegion()) {
                addSpan(article, s, d.regionBegin(), d.regionEnd(), names, taken);
            }
        }
        for (EntityMention e : s.entities()) {
            boolean location = e.type().equals("LOCATION") || e.type().equals("CITY") || e.type().equals("COUNTRY")
                    || e.type().equals("STATE_OR_PROVINCE");
            boolean placeAsPerson = e.type().equals("PERSON") && placeTakenForAPerson(s, e)
                    && gazetteer.isPlaceName(e.text());
            if ((location || placeAsPerson) && codebook.actor(e.text()) == null && !taken[e.first()]) {
                int last = streetWordAfter(s, e.last()) ? e.last() + 1 : e.last();
                names.add(name(article, s, e.first(), last));
                mark(taken, e.first(), last);
            }
        }
        // proper nouns NER left out that the gazetteer knows as places
        for (int i = 0; i < s.tokens().size(); i++) {
            if (taken[i] || !s.token(i).isProperNoun() || !Character.isUpperCase(s.token(i).text().charAt(0))) {
                continue;
            }
            int last = i;
            while (last + 1 < s.tokens().size() && !taken[last + 1] && s.token(last + 1).isProperNoun()) {
                last++;
            }
            String text = article.text(s.token(i).begin(), s.token(last).end());
            // only words NER left unclassified: "Eve" in "Christmas Eve" is a date, "Salem" a person
            boolean unclassified = true;
            for (int k = i; k <= last; k++) {
                unclassified &= s.token(k).ner().equals("O") || s.token(k).ner().equals("MISC");
            }
            if (codebook.actor(text) == null && unclassified && inPlaceRole(s, last) && gazetteer.isPlaceName(text)) {
                names.add(name(article, s, i, last));
                mark(taken, i, last);
            }
            i = last;
        }
        names.sort((a, b) -> a.first() - b.first());
        return names;
    }

    /**
     * Whether a street word follows a name: "US Hwy 117", "Washington Road" name a street after a country or a
     * town, and the name with its street word is read as that street (a spot inside the town), never as the
     * country or the town itself.
     */
    private static boolean streetWordAfter(Sentence s, int last) {
        return last + 1 < s.tokens().size() && s.token(last + 1).isProperNoun()
                && Names.namesStreet(s.token(last + 1).text());
    }

    /**
     * Whether NER took a place for a person: a name that a kind of place names ("the province of Aydin", "the
     * town of Kafr Nabl"), a name where people are ("doctors in Homs"), or a name of two words or more after a
     * preposition of place ("arrested in Chiang Mai"). One word after a preposition is otherwise left a person,
     * since "trust in Clinton" names no town. The name must also be a place name as a whole (checked by the
     * caller).
     */
    private boolean placeTakenForAPerson(Sentence s, EntityMention e) {
        int governor = Syntax.governor(s, e.last());
        String marker = Syntax.caseOf(s, e.last());
        String governorLemma = governor < 0 ? "" : s.token(governor).lemma().toLowerCase(Locale.ROOT);
        if (marker.equals("of") && words.has(PLACE_KIND, governorLemma)) {
            return true;
        }
        boolean wherePeopleAre = marker.equals("in") && governor >= 0 && s.token(governor).isNoun()
                && codebook.isAgentNoun(governorLemma);
        return words.has(IN_PLACE, marker) && (e.last() > e.first() || wherePeopleAre);
    }

    /**
     * A name only the gazetteer knows counts as a place where the sentence uses it as one: after a preposition
     * ("in Jarabulus", "from Tal Afar"), as the object of a verb of places ("visit Kyiv"), or beside another place.
     * "Secretary" in "Secretary of State" is no town.
     */
    private boolean inPlaceRole(Sentence s, int head) {
        String relation = Syntax.relation(s, head);
        int governor = Syntax.governor(s, head);
        if (relation.equals("obj") && governor >= 0 && words.has(PLACE_OBJECT, s.token(governor).lemma())) {
            return true;
        }
        return !Syntax.caseOf(s, head).isEmpty() || relation.equals("conj") || relation.equals("appos")
                || relation.equals("compound") && Syntax.governor(s, head) >= 0
                && s.token(Syntax.governor(s, head)).isNoun() && !s.token(Syntax.governor(s, head)).isProperNoun();
    }

    /** Adds the name written at characters [begin, end) when the sentence holds its tokens. */
    private void addSpan(AnnotatedArticle article, Sentence s, int begin, int end, List<PlaceName> names,
                                boolean[] taken) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.token(i).begin() >= begin && s.token(i).end() <= end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first >= 0 && s.token(first).begin() == begin) {
            names.add(name(article, s, first, last));
            mark(taken, first, last);
        }
    }

    private static void mark(boolean[] taken, int first, int last) {
        for (int k = first; k <= last; k++) {
            taken[k] = true;
        }
    }

    /** The toponym, taking in an Arabic article written before it with a hyphen ("al-Mukalla"). */
    private PlaceName name(AnnotatedArticle article, Sentence s, int first, int last) {
        int start = first;
        if (first >= 2 && s.token(first - 1).text().equals("-")
                && words.has(ARABIC_ARTICLE, s.token(first - 2).text().toLowerCase(Locale.ROOT))
                && s.token(first - 2).end() == s.token(first - 1).begin()) {
            start = first - 2;
        }
        int begin = s.token(start).begin();
        int end = s.token(last).end();
        return new PlaceName(s.index(), start, last, new Toponym(article.text(begin, end), begin, end));
    }

    /**
     * The place a trigger's own phrase puts it in: the nearest place name reached through locative modifiers,
     * not crossing into relative clauses, other clauses or other events' triggers; else, for an event noun, the
     * place of a clause that tells where it happens ("a meeting to be held in Moscow", "the attack, which took
     * place in Kabul"); else null. {@code physical}: the event happens somewhere in particular (an attack, not a
     * statement).
     */
    PlaceName attach(Sentence s, int trigger, List<PlaceName> names, IntPredicate otherTrigger, boolean physical) {
        if (names.isEmpty()) {
            return null;
        }
        boolean away = words.has(AWAY, s.token(trigger).lemma());
        PlaceName own = nearest(s, trigger, names, otherTrigger, 4, physical, away);
        if (own != null || !s.token(trigger).isNoun()) {
            return own;
        }
        for (int clause : s.children(trigger, "acl")) {
            PlaceName place = otherTrigger.test(clause) ? null
                    : nearest(s, clause, names, otherTrigger, 3, physical, false);
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /**
     * The nearest place name in a locative phrase below a token. A street is the answer only when no town or
     * district is named below or beside it: "in the 4200 block of South Crenshaw Boulevard in Leimert Park"
     * happened in Leimert Park, the street being a spot inside it.
     */
    private PlaceName nearest(Sentence s, int from, List<PlaceName> names, IntPredicate otherTrigger,
                                     int depth, boolean physical, boolean away) {
        IntPredicate stop = t -> otherTrigger.test(t) || nameAt(names, t) != null && !isStreet(nameAt(names, t));
        PlaceName street = null;
        for (int token : Reach.down(s, from, PLACE_PATH, stop, depth)) {
            PlaceName name = nameAt(names, token);
            if (name != null && (isLocative(s, token, physical) || away && Syntax.caseOf(s, token).equals("from"))) {
                if (!isStreet(name)) {
                    return name;
                }
                street = street == null ? name : street;
            }
        }
        return street;
    }

    private static boolean isStreet(PlaceName name) {
        return Names.namesStreet(name.toponym().name());
    }

    /**
     * Whether the case of a place name puts the event there. "On" does for what happens somewhere in particular
     * ("a curfew on Srinagar", "air strikes on Aleppo"), not for what is said or agreed ("talks on Syria").
     */
    private boolean isLocative(Sentence s, int token, boolean physical) {
        String relation = Syntax.relation(s, token);
        if (relation.equals("compound") || relation.equals("amod") || relation.equals("obj")) {
            return true;
        }
        String marker = Syntax.caseOf(s, token);
        // a preposition of place puts the event there, and so does a name with no case marker at all
        return words.has(LOCATIVE, marker) || words.has(IN_PLACE, marker) || marker.isEmpty()
                || physical && marker.equals("on");
    }

    /**
     * The town a sentence itself puts a place name in: a possessive ("Philadelphia's Kensington section",
     * "Philadelphia's Kensington") or an "of" hung on the common noun the name qualifies ("the Mott Haven section
     * of the Bronx", "the Arlington neighborhood of Northwest Baltimore"). Each contained name maps to the toponym
     * of its container, by the name as written, which means the same place wherever the article repeats it (the
     * headline's "shooting in Kensington"); whether the container is a town is the geocoder's to say.
     */
    static Map<String, Toponym> containers(Sentence s, List<PlaceName> names) {
        Map<String, Toponym> out = new HashMap<>();
        for (PlaceName name : names) {
            int head = name.last();
            int governor = Syntax.governor(s, head);
            boolean qualifies = Syntax.relation(s, head).equals("compound") && governor >= 0
                    && s.token(governor).isNoun() && !s.token(governor).isProperNoun();
            int holder = qualifies ? governor : head;
            for (Dependency d : s.childrenOf(holder)) {
                PlaceName other = nameAt(names, d.dependent());
                if (other == null || other == name) {
                    continue;
                }
                boolean possessive = d.relation().equals("nmod:poss");
                boolean of = qualifies && d.baseRelation().equals("nmod")
                        && Syntax.caseOf(s, d.dependent()).equals("of");
                if (possessive || of) {
                    out.put(name.toponym().name(), other.toponym());
                }
            }
        }
        return out;
    }

    static PlaceName nameAt(List<PlaceName> names, int token) {
        for (PlaceName name : names) {
            if (name.covers(token)) {
                return name;
            }
        }
        return null;
    }
}
