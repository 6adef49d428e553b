package org.evident.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compact language identifier for news text: the writing system decides for non-Latin scripts, and the share
 * of each language's most frequent function words decides among Latin-script languages. News articles are long
 * enough for this to be reliable; for a text too short to tell, the answer is {@link #UNDETERMINED}.
 */
final class Languages {

    /** The ISO 639-2 code for "undetermined". */
    static final String UNDETERMINED = "und";

    private static final int SAMPLE_CHARS = 6_000;

    /** Function words per language: the words a text in that language cannot avoid. */
    private static final Map<String, List<String>> FUNCTION_WORDS = Map.ofEntries(
            Map.entry("en", words("the of and to in is that was for on with as by he it at from his have has are"
                    + " were said this be an which not they their had but after been who will would")),
            Map.entry("fr", words("le la les de des et est une un du dans que qui pour pas sur au avec par il elle"
                    + " ont sont été ce cette aux mais plus ses leur selon")),
            Map.entry("de", words("der die das und ist nicht ein eine den dem von zu mit sich auf für im des auch"
                    + " wurde sind hat wird bei nach aus einer noch dass")),
            Map.entry("es", words("el los las de del que y en un una por con para es se al como más su sus fue pero"
                    + " este esta ha han según entre sobre")),
            Map.entry("it", words("il di che e la per un una del della non sono è nel alla con gli le ha dei delle"
                    + " anche più stato dopo come")),
            Map.entry("pt", words("o os as de que e do da em um uma para com não por no na dos das foi ao mais seu"
                    + " sua são pelo pela também")),
            Map.entry("nl", words("de het een en van is dat niet op te zijn voor met die er aan ook als bij door"
                    + " maar werd naar heeft wordt")),
            Map.entry("sv", words("och att det som en är på för av med till den inte har de var om ett men från"
                    + " efter vid också")),
            Map.entry("da", words("og at det som en er på for af med til den ikke har de var om et men fra efter"
                    + " ved også")),
            Map.entry("no", words("og at det som en er på for av med til den ikke har de var om et men fra etter"
                    + " ved også")),
            Map.entry("pl", words("i w na z się nie do że to jest o od po jak ale przez dla oraz był została są"
                    + " tym który które")),
            Map.entry("tr", words("ve bir bu da de için ile olarak çok daha gibi olan ne en sonra kadar ise değil"
                    + " her")),
            Map.entry("id", words("yang dan di itu dengan untuk tidak ini dari dalam akan pada juga ke karena"
                    + " adalah oleh sudah bahwa")),
            Map.entry("ro", words("și în de la cu a pe că din care nu este o un mai pentru sunt fost au fi lui")),
            Map.entry("cs", words("a se na je že v to s z do o jsou jako ale by pro jeho který také podle")),
            Map.entry("ru", words("и в не на что с по это как из о за от его для он был было так же к но")),
            Map.entry("uk", words("і в на що не з у до як та це за від його для він був але також")),
            Map.entry("bg", words("и на за да се от в е не с че по са към който като това но")));

    /** The languages in a fixed order (sorted codes), and for each function word the languages it belongs to. */
    private static final int[] NONE = {};
    private static final List<String> LANGUAGE_CODES = FUNCTION_WORDS.keySet().stream().sorted().toList();
    private static final Map<String, int[]> LANGUAGES_BY_WORD = languagesByWord();
    private static final int LONGEST_FUNCTION_WORD = LANGUAGES_BY_WORD.keySet().stream()
            .mapToInt(String::length).max().orElse(0);
    private Languages() {}

    private static Map<String, int[]> languagesByWord() {
        Map<String, int[]> byWord = new HashMap<>();
        for (int language = 0; language < LANGUAGE_CODES.size(); language++) {
            for (String word : FUNCTION_WORDS.get(LANGUAGE_CODES.get(language))) {
                int[] previous = byWord.getOrDefault(word, NONE);
                int[] languages = java.util.Arrays.copyOf(previous, previous.length + 1);
                languages[previous.length] = language;
                byWord.put(word, languages);
            }
        }
        return Map.copyOf(byWord);
    }

    private static List<String> words(String spaced) {
        return List.of(spaced.split(" "));
    }

    /** The language of a text as an ISO 639-1 code, or {@link #UNDETERMINED}. */
    static String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String byScript = byScript(sample);
        if (byScript != null) {
            return byScript;
        }
        return byFunctionWords(sample);
    }

    /** A language told by its writing system alone, or null for Latin and Cyrillic script and mixed text. */
    private static String byScript(String sample) {
        int[] counts = new int[Character.UnicodeScript.values().length];
        int letters = 0;
        int latin = 0;
        boolean kana = false;
        boolean persian = false;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x250) {
                latin += Character.isLetter(c) ? 1 : 0;
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            counts[script.ordinal()]++;
            kana |= script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            persian |= c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ';
        }
        if (letters <= latin) {
            return null;
        }
        Character.UnicodeScript main = Character.UnicodeScript.values()[argMax(counts)];
        if (kana && (main == Character.UnicodeScript.HAN || main == Character.UnicodeScript.HIRAGANA
                || main == Character.UnicodeScript.KATAKANA)) {
            return "ja";
        }
        return switch (main) {
            case HAN -> "zh";
            case HANGUL -> "ko";
            case ARABIC -> persian ? "fa" : "ar";
            case HEBREW -> "he";
            case GREEK -> "el";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case THAI -> "th";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case ETHIOPIC -> "am";
            default -> null;
        };
    }

    private static int argMax(int[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static String byFunctionWords(String sample) {
        int[] scores = new int[LANGUAGE_CODES.size()];
        int total = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= sample.length(); i++) {
            char c = i < sample.length() ? sample.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (word.length() > 0) {
                total++;
                if (word.length() <= LONGEST_FUNCTION_WORD) {
                    for (int language : LANGUAGES_BY_WORD.getOrDefault(word.toString(), NONE)) {
                        scores[language]++;
                    }
                }
                word.setLength(0);
            }
        }
        int best = argMax(scores);
        int bestScore = scores[best];
        int englishScore = scores[LANGUAGE_CODES.indexOf("en")];
        // Function words make up a third or more of running text; below a tenth, the sample cannot tell.
        if (bestScore < 3 || bestScore * 10 < total) {
            return UNDETERMINED;
        }
        // Rejecting an English article costs more than keeping a foreign one: close calls go to English.
        return englishScore * 10 >= bestScore * 8 ? "en" : LANGUAGE_CODES.get(best);
    }

    /** "en-GB", "EN_us", "eng" and "English" all become "en"; null for nothing usable. */
    static String normalise(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_;,\\s]")[0];
        if (code.length() == 2) {
            return code;
        }
        for (Locale locale : Locale.getAvailableLocales()) {
            if (code.length() == 3 && code.equals(safeIso3(locale))
                    || code.equals(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
                return locale.getLanguage();
            }
        }
        return null;
    }

    private static String safeIso3(Locale locale) {
        try {
            return locale.getISO3Language();
        } catch (java.util.MissingResourceException e) {
            return "";
        }
    }
}
