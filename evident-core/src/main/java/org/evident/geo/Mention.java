package org.evident.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evident.io.WordList;

/**
 * A toponym read the way a careful reader reads it: the bare name, a compass part of a bigger place ("northern
 * Syria"), and the kind of place its own words or its neighbours announce ("Idlib province", "the city of
 * Homs", "Rapides Parish").
 *
 * @param name      the bare name to look up
 * @param full      the name as written, without a leading "the" or a possessive
 * @param compass   true when the words named a part of the place ("northern Syria"): the place is the answer
 *                  only at its own, coarser resolution
 * @param wanted    the kind announced, or null
 * @param afterName true when written right after another name and a comma ("Edmonton, Ky") or a party letter
 *                  ("D-Calif"), where a short word is the abbreviation of a division even without its full stop
 */
record Mention(String name, String full, boolean compass, Place.Kind wanted, boolean afterName) {

    /** A word of part-words.txt ("northern", "downtown") before the name of the place it is a part of. */
    private static final Pattern COMPASS = Pattern.compile(
            "^" + anyWordOf("/org/evident/geo/part-words.txt") + "\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** The words of kind-words.tsv: each word's kind, and the words by where they are written. */
    private static final KindWords KIND_WORDS = KindWords.load();
    private static final Pattern KIND_AFTER = Pattern.compile(
            "^(.+?)\\s+(" + KIND_WORDS.anyOf("IN_NAME") + ")$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CUE_BEFORE = Pattern.compile(
            KIND_WORDS.anyOf("BEFORE") + " of\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CUE_AFTER = Pattern.compile(
            "^\\s+(" + KIND_WORDS.anyOf("AFTER") + ")\\b", Pattern.CASE_INSENSITIVE);

    /** A name and a comma ("Edmonton, Ky"), or a legislator's party ("D-Calif", "R-Tenn"), before the mention. */
    private static final Pattern AFTER_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]*,\\s*|\\b[DRI]-)$");

    /** Reads the mention of a toponym in its article. */
    static Mention of(Toponym toponym, String text) {
        String full = toponym.name().strip();
        if (full.toLowerCase(Locale.ROOT).startsWith("the ")) {
            full = full.substring(4).strip();
        }
        if (full.endsWith("'s") || full.endsWith("’s")) {
            full = full.substring(0, full.length() - 2);
        }
        Place.Kind wanted = null;
        String name = full;
        Matcher kind = KIND_AFTER.matcher(full);
        if (kind.matches()) {
            wanted = kindOf(kind.group(2));
        }
        boolean compass = false;
        Matcher direction = COMPASS.matcher(full);
        if (direction.matches()) {
            compass = true;
            name = direction.group(1);
        }
        if (text != null && wanted == null) {
            wanted = cue(text, toponym.begin(), toponym.end());
        }
        boolean afterName = text != null && toponym.begin() <= text.length()
                && AFTER_NAME.matcher(text.substring(Math.max(0, toponym.begin() - 40), toponym.begin())).find();
        return new Mention(name, full, compass, wanted, afterName);
    }

    /** The same mention read as one name, its compass word included. */
    Mention asWritten() {
        return new Mention(full, full, false, wanted, afterName);
    }

    /** The name without the kind word ("Idlib" of "Idlib province"), or null where none was written. */
    String withoutKindWord() {
        Matcher kind = KIND_AFTER.matcher(name);
        return kind.matches() ? kind.group(1) : null;
    }

    private static Place.Kind cue(String text, int begin, int end) {
        if (begin <= text.length() && end <= text.length()) {
            String before = text.substring(Math.max(0, begin - 20), begin);
            Matcher b = CUE_BEFORE.matcher(before);
            if (b.find()) {
                return kindOf(b.group().trim().split("\\s+")[0]);
            }
            String after = text.substring(end, Math.min(text.length(), end + 16));
            Matcher a = CUE_AFTER.matcher(after);
            if (a.find()) {
                return kindOf(a.group(1));
            }
        }
        return null;
    }

    /** A group matching any line of a word list beside this class, longest first, each taken literally. */
    private static String anyWordOf(String path) {
        List<String> words = new ArrayList<>();
        WordList.rows(path).forEach(row -> words.add(row[0].strip()));
        words.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
    }

    private static Place.Kind kindOf(String word) {
        return KIND_WORDS.kinds().getOrDefault(word.toLowerCase(Locale.ROOT), Place.Kind.PLACE);
    }

    /**
     * The words of kind-words.tsv.
     *
     * @param kinds   each word's kind
     * @param written the words by where they tell the kind (IN_NAME, BEFORE, AFTER), in the file's order
     */
    private record KindWords(Map<String, Place.Kind> kinds, Map<String, List<String>> written) {

        static KindWords load() {
            Map<String, Place.Kind> kinds = new HashMap<>();
            Map<String, List<String>> written = new HashMap<>();
            for (String[] row : WordList.rows("/org/evident/geo/kind-words.tsv")) {
                String word = row[0].strip();
                kinds.put(word, Place.Kind.valueOf(row[1].strip()));
                for (String where : row[2].split(",")) {
                    written.computeIfAbsent(where.strip(), w -> new ArrayList<>()).add(word);
                }
            }
            return new KindWords(Map.copyOf(kinds), Map.copyOf(written));
        }

        /** A group matching any word written in that place, each word taken literally. */
        String anyOf(String where) {
            List<String> words = written.get(where);
            if (words == null) {
                throw new IllegalStateException("kind-words.tsv has no words written " + where);
            }
            return "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
        }
    }
}
