package org.evident.eval.muc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Content words for comparing record text with key fills: upper case, no function words, plural "S" dropped. */
final class Words {

    private static final Set<String> STOP = Set.of("THE", "A", "AN", "OF", "IN", "ON", "AT", "TO", "AND", "OR",
            "FOR", "BY", "WITH", "FROM", "THAT", "THIS", "THESE", "THOSE", "HIS", "HER", "THEIR", "ITS", "WHO",
            "WHICH", "OTHER", "OTHERS", "SOME", "SEVERAL", "ABOUT", "WAS", "WERE", "IS", "ARE", "BE", "BEEN", "HE",
            "SHE", "THEY", "IT", "AS", "ALSO", "NOT", "NO", "HAD", "HAS", "HAVE", "ONE", "TWO", "THREE");

    private Words() {}

    /** The content words of a text, in order. */
    static List<String> list(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String raw : text.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (raw.length() > 1 && !STOP.contains(raw)) {
                words.add(raw.length() > 3 && raw.endsWith("S") && !raw.endsWith("SS") ? raw.substring(0, raw.length() - 1) : raw);
            }
        }
        return words;
    }

    static Set<String> of(Collection<String> texts) {
        Set<String> words = new LinkedHashSet<>();
        texts.forEach(t -> words.addAll(list(t)));
        return words;
    }

    /**
     * Whether two phrases name the same thing: the last content word (the head, in English noun phrases) of one
     * is among the content words of the other ("PEASANTS" and "ABOUT 50 PEASANTS"; "FMLN" and "FMLN").
     */
    static boolean sameHead(String a, String b) {
        List<String> x = list(a);
        List<String> y = list(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return y.contains(x.get(x.size() - 1)) || x.contains(y.get(y.size() - 1));
    }
}
