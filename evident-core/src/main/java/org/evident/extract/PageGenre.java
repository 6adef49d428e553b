package org.evident.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Dependency;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;

/**
 * The genre of a page without events of its own: sport, entertainment, technology, business (genres.tsv). Such
 * pages use violent and political words for games, shows, products and markets ("defeated", "shot 40%", "launched a
 * phone", "a takeover bid"); there only the categories genre-keeps.tsv names stay records, and any record that
 * counts the dead. The section label decides when the reader gives one; otherwise the page's own words do.
 * Cheap: one pass over the lemmas the tagger gives every sentence.
 */
final class PageGenre {

    /** A page is of a genre only with at least this many cue words of it ... */
    static final int MIN_CUES = 5;
    /** ... making at least this share of its tokens ... */
    static final double MIN_DENSITY = 0.02;
    /**
     * ... and this many times as many as the next genre's and the page's state actors together: a page that mixes
     * genres, or that names governments, courts, police and armed groups as often, is read as news.
     */
    static final int MARGIN = 2;

    /** Agent sectors (agents.tsv) of state and armed actors, whose nouns speak for news on any page. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "REB", "COP", "JUD");

    /** A game's score written as digits ("2-1", "won 3-0"): a sport cue whatever the codebook. */
    private static final Pattern SCORE = Pattern.compile("\\d{1,2}-\\d{1,2}");

    /** What the page is: a genre of genres.tsv, or news (null). */
    record Verdict(String genre) {
        static final Verdict NEWS = new Verdict(null);

        boolean isNews() {
            return genre == null;
        }
    }

    private final Codebook codebook;

    PageGenre(Codebook codebook) {
        this.codebook = codebook;
    }

    /** The page's genre: from its section label when that names one, else from its words. */
    Verdict of(AnnotatedArticle annotated) {
        String section = annotated.article().section();
        if (section != null) {
            String fromLabel = genreOfLabel(section);
            if (fromLabel != null) {
                return new Verdict(fromLabel);
            }
        }
        return fromWords(annotated.sentences());
    }

    /** A section label ("Sport", "Football", "Entertainment & Arts") that names a genre or holds one of its cues. */
    private String genreOfLabel(String section) {
        for (String word : section.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            // a label is not lemmatised: "Sports", "Markets" are tried as written and without the plural s
            for (String form : word.endsWith("s") ? List.of(word, word.substring(0, word.length() - 1))
                    : List.of(word)) {
                if (codebook.genreKeeps().containsKey(form)) {
                    return form;
                }
                String genre = codebook.genreCue(List.of(form));
                if (genre != null) {
                    return genre;
                }
            }
        }
        return null;
    }

    private Verdict fromWords(List<Sentence> sentences) {
        Map<String, Integer> cues = new HashMap<>();
        int tokens = 0;
        int stateActors = 0;
        for (Sentence s : sentences) {
            List<Token> words = s.tokens();
            tokens += words.size();
            for (int i = 0; i < words.size(); i++) {
                Token t = words.get(i);
                if (codebook.isDeathWord(t)) {
                    return Verdict.NEWS; // a page that tells of a death is news, whatever else it is about
                }
                String sector = t.isNoun() ? codebook.sectorOf(t.lemma().toLowerCase(Locale.ROOT)) : null;
                if (sector != null && STATE_SECTORS.contains(sector)) {
                    stateActors++;
                }
                String genre = SCORE.matcher(t.text()).matches() ? "sport" : cueAt(words, i);
                if (genre != null) {
                    cues.merge(genre, 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestCount = 0;
        int runnerUp = 0;
        for (Map.Entry<String, Integer> e : cues.entrySet()) {
            if (e.getValue() > bestCount) {
                runnerUp = bestCount;
                best = e.getKey();
                bestCount = e.getValue();
            } else {
                runnerUp = Math.max(runnerUp, e.getValue());
            }
        }
        boolean decided = bestCount >= MIN_CUES && bestCount >= MIN_DENSITY * tokens
                && bestCount >= MARGIN * (runnerUp + stateActors) && codebook.genreKeeps().containsKey(best);
        return decided ? new Verdict(best) : Verdict.NEWS;
    }

    /** The genre of the longest cue phrase starting at token i, or null. */
    private String cueAt(List<Token> words, int i) {
        for (int length = Math.min(codebook.longestGenreCue(), words.size() - i); length >= 1; length--) {
            List<String> lemmas = new ArrayList<>(length);
            for (int j = i; j < i + length; j++) {
                lemmas.add(words.get(j).lemma().toLowerCase(Locale.ROOT));
            }
            String genre = codebook.genreCue(lemmas);
            if (genre != null) {
                return genre;
            }
        }
        return null;
    }

    /**
     * The readings a page keeps. A reading that counts the dead stays on any page (a killing is an event anywhere;
     * an injury on a sport page is not). Else, on a page of a genre, only a category the genre keeps; and on any
     * page, a trigger whose subject, object or modifier is a thing of a genre ("prices hit a record", "released an
     * album", "a price war") only when that genre keeps its category.
     */
    List<Reading> keep(Verdict verdict, List<Reading> readings) {
        List<Reading> result = new ArrayList<>();
        for (Reading r : readings) {
            if (r.counts().containsKey("dead")
                    || keeps(verdict.genre(), r.category()) && keeps(argumentGenre(r), r.category())) {
                result.add(r);
            }
        }
        return result;
    }

    /** Whether a page or argument of the genre keeps the category; news (null) keeps every category. */
    private boolean keeps(String genre, String category) {
        return genre == null || codebook.genreKeeps().get(genre).contains(category);
    }

    /**
     * The genre whose sense an argument gives the trigger: its subject, object, a compound or an "of" phrase
     * ("the launch of a phone") that genres.tsv marks as an argument cue; null when none does. Places and people
     * are not argument cues, so "gunmen attacked the market" keeps its sense.
     */
    private String argumentGenre(Reading r) {
        Sentence s = r.trigger().sentence();
        for (Dependency d : s.childrenOf(r.trigger().head())) {
            String relation = d.baseRelation();
            boolean sensed = relation.equals("nsubj") || relation.equals("obj") || relation.equals("compound")
                    || relation.equals("nmod") && Syntax.caseOf(s, d.dependent()).equals("of");
            String genre = sensed ? codebook.genreOfArgument(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))
                    : null;
            if (genre != null) {
                return genre;
            }
        }
        return null;
    }
}
