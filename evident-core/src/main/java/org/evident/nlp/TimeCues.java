package org.evident.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence needs SUTime. SUTime is most of NER's cost (its token patterns run at every position of every
 * sentence), yet it only finds something where a word names a time (a month, a weekday, a season, a unit of time,
 * a part of the day, a deictic word such as "yesterday", a holiday, a year, a clock time) or a number that NER's
 * own rules read differently (number words, ordinals, percentages, money, ranges). Other sentences get NER without
 * SUTime, which tags them the same; {@code SelectiveFidelityTest} and {@code SelectiveCheck} in evident-bench
 * compare the two annotations sentence by sentence.
 */
final class TimeCues {

    /** Words (lower case) that can start or carry a time expression in SUTime's English rules. */
    private static final Set<String> WORDS = Set.of(
            // months and their abbreviations ("may" only when not a modal, see below)
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec",
            // weekdays
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            // seasons
            "spring", "summer", "autumn", "fall", "winter", "springtime", "summertime", "wintertime",
            // units of time
            "year", "years", "yr", "yrs", "month", "months", "mo", "week", "weeks", "wk", "wks", "weekend",
            "weekends", "fortnight", "fortnights", "day", "days", "hour", "hours", "hr", "hrs", "minute",
            "minutes", "min", "mins", "second", "seconds", "sec", "secs", "millisecond", "milliseconds", "decade",
            "decades", "century", "centuries", "millennium", "millennia", "millenium", "millenia", "quarter",
            "quarters", "semester", "semesters", "season", "seasons",
            // parts of the day
            "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "tonight",
            "overnight", "noon", "midnight", "midday", "dawn", "dusk", "daybreak", "daylight", "sunrise", "sunset",
            "sundown", "sunup", "twilight", "teatime", "lunchtime", "dinnertime", "suppertime", "nighttime",
            "daytime",
            // deictic and frequency words
            "today", "yesterday", "tomorrow", "now", "nowadays", "currently", "current", "presently", "present",
            "recently", "recent", "lately", "previously", "past", "future", "ago", "hence", "once", "twice",
            "thrice", "daily", "weekly", "monthly", "yearly", "annually", "annual", "hourly", "nightly",
            "quarterly", "biweekly", "biannual", "biannually", "semiannual", "semiannually", "fortnightly",
            "earlier", "later", "soon", "formerly", "anytime", "time",
            // decades written out, eras
            "oughts", "noughts", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
            "eighties", "nineties", "bc", "ad", "bce", "ce", "b.c.", "a.d.", "b.c", "a.d",
            // holidays in SUTime's rules
            "christmas", "xmas", "x-mas", "easter", "thanksgiving", "halloween", "valentine", "hanukkah",
            "chanukah", "ramadan", "eid", "passover", "kwanzaa", "eve", "mlk", "lent", "advent", "epiphany",
            "pentecost",
            // clock words
            "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "gmt", "utc");

    /**
     * Number words, ordinals, percentage and money words: without SUTime, NER's number rules miss or read them
     * differently ("one", "first", "56 %", "1.1 m").
     */
    private static final Set<String> NUMBERS = Set.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
            "trillion", "dozen", "dozens", "half", "percent", "pct", "%", "$", "€", "£", "¥", "us$",
            "dollar", "dollars", "euro", "euros", "pound", "pounds", "cent", "cents", "yen", "yuan", "rupee",
            "rupees", "m", "mn", "mln", "bn", "b", "bln", "k", "tn", "trn", "first", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "twentieth", "hundredth",
            "thousandth", "millionth", "once", "twice", "couple");

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
        if (word.equals("may")) {
            return !"MD".equals(token.tag()); // the month, not the modal
        }
        String bare = word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (WORDS.contains(bare) || NUMBERS.contains(bare) || hasDigit(word) && !PLAIN_COUNT.matcher(word).matches()) {
            return true;
        }
        if (word.indexOf('-') > 0) { // "twenty-one", "one-third", "mid-march", "year-long"
            for (String part : word.split("-")) {
                if (WORDS.contains(part) || NUMBERS.contains(part)) {
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
