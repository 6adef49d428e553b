package org.evident.geo;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.evident.io.WordList;

/**
 * How place names are compared. The {@linkplain #key exact key} folds case, diacritics and punctuation; a
 * leading Arabic article can be {@linkplain #withoutArticle dropped} ("al-Hasakah", "al-Hasaka", "Hasakah");
 * the {@linkplain #looseKey loose key} also folds common transliteration variants (ou/u, doubled letters, a
 * final h, the -i-/-e- linking vowel of Persian compounds, ee/i, y/i between consonants) so "Kirkouk" meets
 * "Kirkuk" and "Mazar-i-Sharif" meets "Mazar-e-Sharif"; "Saint" is "St." in both. All rules are general; no
 * name is listed.
 */
public final class Names {

    private static final String APOSTROPHES = "'’ʻʼ`‘";
    private static final Map<Character, String> SPECIAL = Map.of('ı', "i", 'ł', "l", 'Ł', "l", 'ø', "o", 'Ø', "o",
            'đ', "d", 'ß', "ss", 'æ', "ae", 'œ', "oe", 'Æ', "ae");
    private static final Pattern ARTICLE = Pattern.compile("^(?:al|ar|as|ad|an|at|az|ash|el|ul|es|ed|en|et) (?=\\S{3,})");
    private static final Pattern SAINT = Pattern.compile("\\bsaint(e?)\\b");
    private static final Pattern LINKING_VOWEL = Pattern.compile(" [ie] ");

    /** The words that end the name of a street or a side of a town (street-words.tsv). */
    private static final Set<String> STREET_WORDS = WordList.read("/org/evident/geo/street-words.tsv");

    private Names() {}

    /**
     * Whether a name is that of a street, a road or a side of a town ("Washington Road", "the Southwest Side",
     * "Street" of "53rd Street"): its last word ends such names. Such a name is no town, and its bare last word is
     * not the village of that name elsewhere.
     */
    public static boolean namesStreet(String name) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return STREET_WORDS.contains(last.endsWith(".") ? last.substring(0, last.length() - 1) : last);
    }

    /**
     * Lower case, no diacritics, punctuation and hyphens as single spaces; "Saint" and "Sainte" as "st" and
     * "ste", the way they are abbreviated ("St. Petersburg" is "Saint Petersburg").
     */
    public static String key(String name) {
        String folded = fold(name);
        return folded.contains("saint") ? SAINT.matcher(folded).replaceAll("st$1") : folded;
    }

    /** The key without a leading Arabic article ("al bab" → "bab"); the key itself when it has none. */
    public static String withoutArticle(String key) {
        int space = key.indexOf(' ');
        if (space < 2 || space > 3 || key.charAt(0) != 'a' && key.charAt(0) != 'e' && key.charAt(0) != 'u') {
            return key;
        }
        return ARTICLE.matcher(key).replaceFirst("");
    }

    /** The key with transliteration variants folded; equal loose keys are the same name written differently. */
    public static String looseKey(String name) {
        return looseKeyOfKey(key(name));
    }

    /** The loose key of an exact key. */
    public static String looseKeyOfKey(String key) {
        String k = withoutArticle(key);
        if (k.contains(" i ") || k.contains(" e ")) {
            k = LINKING_VOWEL.matcher(k).replaceAll(" ");
        }
        StringBuilder out = new StringBuilder(k.length());
        for (String word : k.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(looseWord(word));
        }
        return out.toString();
    }

    /** True when the name, once folded, is in Latin letters and digits (other scripts are not indexed). */
    public static boolean isLatin(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ')) {
                return false;
            }
        }
        return !key.isEmpty();
    }

    /** The loose keys one edit (delete, insert, substitute, swap of a–z) away from a loose key. */
    public static Set<String> oneEditAway(String loose) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i <= loose.length(); i++) {
            if (i < loose.length()) {
                out.add(loose.substring(0, i) + loose.substring(i + 1));
                if (i + 1 < loose.length()) {
                    out.add(loose.substring(0, i) + loose.charAt(i + 1) + loose.charAt(i) + loose.substring(i + 2));
                }
            }
            for (char c = 'a'; c <= 'z'; c++) {
                out.add(loose.substring(0, i) + c + loose.substring(i));
                if (i < loose.length()) {
                    out.add(loose.substring(0, i) + c + loose.substring(i + 1));
                }
            }
        }
        out.remove(loose);
        return out;
    }

    static String fold(String name) {
        if (isPlainAscii(name)) {
            return foldAscii(name);
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || APOSTROPHES.indexOf(c) >= 0) {
                continue;
            }
            String mapped = SPECIAL.get(c);
            if (mapped == null && Character.isLetterOrDigit(c)) {
                mapped = String.valueOf(Character.toLowerCase(c));
            }
            if (mapped == null) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(mapped);
        }
        return out.toString();
    }

    /** True when the name has a letter outside the Latin script ranges (it cannot give a Latin key). */
    public static boolean hasNonLatinLetters(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x0370 && c < 0x1E00 || c >= 0x2C00 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String foldAscii(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\'' || c == '`') {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    private static String looseWord(String word) {
        String w = word.replace("ou", "u").replace("ee", "i").replace("oo", "u").replace("kh", "k")
                .replace("q", "k").replace("w", "v").replace("j", "y").replace("dh", "d").replace("th", "t");
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        int n = out.length();
        if (n > 3 && out.charAt(n - 1) == 'h' && isVowel(out.charAt(n - 2))) {
            out.setLength(n - 1);
        }
        if (out.length() > 3 && out.charAt(out.length() - 1) == 'e') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
