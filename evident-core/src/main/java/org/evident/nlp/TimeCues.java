package org.evident.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.evident.io.WordList;

/**
 * Whether a sentence needs SUTime. SUTime is most of NER's cost (its token patterns run at every position of every
 * sentence), yet it only finds something where a word names a time (a month, a weekday, a season, a unit of time,
 * a part of the day, a deictic word such as "yesterday", a holiday, a year, a clock time) or a number that NER's
 * own rules read differently (number words, ordinals, percentages, money, ranges). Other sentences get NER without
 * SUTime, which tags them the same; {@code SelectiveFidelityTest} and {@code SelectiveCheck} in evident-bench
 * compare the two annotations sentence by sentence.
 */
final class TimeCues {

    /** Words (lower case) that can carry a time expression, or numbers NER reads differently (time-cues.tsv). */
    private static final Set<String> WORDS = WordList.read("/org/evident/nlp/time-cues.tsv");


    /** How close two counts stand to read as a range or a pair ("between 30 and 40", "10 to 12", "3-4"). */
    private static final int RANGE_REACH = 3;

    /**
     * A count in digits below 1000 or with thousands separators ("39", "1,500", "12.5"): NER's number rules without
     * SUTime read it as SUTime does. Other numbers may be years, times or dates.
     */
    private static final Pattern PLAIN_COUNT = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d{1,3}(\\.\\d+)?");

    private TimeCues() {}

    /** True when some token of the sentence can carry a time expression, or the sentence holds a range of counts. */
    static boolean mayHoldTime(List<CoreLabel> tokens) {
        int lastCount = -RANGE_REACH - 1;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            if (isCue(token)) {
                return true;
            }
            if (PLAIN_COUNT.matcher(token.word()).matches()) {
                if (i - lastCount <= RANGE_REACH) {
                    return true; // SUTime and NER's own rules group ranges differently
                }
                lastCount = i;
            }
        }
        return false;
    }

    private static boolean isCue(CoreLabel token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        if ("MD".equals(token.tag())) {
            return false; // a modal is no time: "may" is the month only as a noun
        }
        String bare = word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (WORDS.contains(bare) || hasDigit(word) && !PLAIN_COUNT.matcher(word).matches()) {
            return true;
        }
        if (word.indexOf('-') > 0) { // "twenty-one", "one-third", "mid-march", "year-long"
            for (String part : word.split("-")) {
                if (WORDS.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
