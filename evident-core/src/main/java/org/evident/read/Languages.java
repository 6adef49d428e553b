package org.evident.read;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A compact language identifier for news text: the writing system decides for non-Latin scripts, and the share
 * of each language's most frequent function words decides among Latin-script languages. News articles are long
 * enough for this to be reliable. The reader's own language is kept unless the text clearly is another: for a
 * text too short to tell, or where the lead of another language is narrow, the answer is {@link #UNDETERMINED}
 * and the caller reads the text in its configured language.
 */
final class Languages {

    /** The ISO 639-2 code for "undetermined". */
    static final String UNDETERMINED = "und";

    private static final int SAMPLE_CHARS = 6_000;

    /** Function words per language: the words a text in that language cannot avoid. */
    private static final Map<String, List<String>> FUNCTION_WORDS = Map.ofEntries(
            // "a" and the clitics ('s, 't, ...) are English's own: without them a short English sentence of
            // articles and possessives ("a", "to", "by", Haiti's "s") reads as Czech or Romanian.
            Map.entry("en", words("the of and to in is that was for on with as by he it at from his have has are"
                    + " were said this be an which not they their had but after been who will would a"
                    + " 's 't 're 've 'll 'd")),
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

    /** A language's function words must outnumber the reader's language at least this many times to win. */
    private static final int CLEAR_LEAD = 2;
    /** … and number at least this many: fewer cannot tell a short foreign text from a short English one. */
    private static final int CLEAR_COUNT = 4;

    /** The language of a text as an ISO 639-1 code, or {@link #UNDETERMINED}, for a reader of English. */
    static String identify(String text) {
        return identify(text, "en");
    }

    /**
     * The language of a text as an ISO 639-1 code, or {@link #UNDETERMINED} when the text is too short or too
     * close a call to tell it from {@code readerLanguage}.
     */
    static String identify(String text, String readerLanguage) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String byScript = byScript(sample);
        if (byScript != null) {
            return byScript;
        }
        return byFunctionWords(sample, readerLanguage);
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

    private static String byFunctionWords(String sample, String readerLanguage) {
        int[] scores = new int[LANGUAGE_CODES.size()];
        int total = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= sample.length(); i++) {
            char c = i < sample.length() ? sample.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            boolean clitic = (c == '\'' || c == '’') && word.length() > 0 && i + 1 < sample.length()
                    && Character.isLetter(sample.charAt(i + 1));
            if (word.length() > 0) {
                total++;
                if (word.length() <= LONGEST_FUNCTION_WORD) {
                    for (int language : LANGUAGES_BY_WORD.getOrDefault(word.toString(), NONE)) {
                        scores[language]++;
                    }
                }
                word.setLength(0);
            }
            if (clitic) {
                word.append('\'');    // "Haiti's" is "haiti" and the clitic "'s"
            }
        }
        int best = argMax(scores);
        int bestScore = scores[best];
        int reader = LANGUAGE_CODES.indexOf(readerLanguage);
        int readerScore = reader < 0 ? 0 : scores[reader];
        // Function words make up a third or more of running text; below a tenth, the sample cannot tell.
        if (bestScore < 3 || bestScore * 10 < total) {
            return UNDETERMINED;
        }
        // Rejecting an article in the reader's language costs more than keeping a foreign one: close calls go to
        // the reader's language, and another language must lead clearly to be named at all.
        if (readerScore * 10 >= bestScore * 8) {
            return readerLanguage;
        }
        boolean clear = bestScore >= CLEAR_COUNT && bestScore >= CLEAR_LEAD * readerScore;
        return clear ? LANGUAGE_CODES.get(best) : UNDETERMINED;
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
