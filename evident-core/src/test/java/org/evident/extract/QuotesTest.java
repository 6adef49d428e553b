package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted passages: curly double and single quotes, straight quotes, and apostrophes that close nothing. */
class QuotesTest {

    private static List<String> quoted(String text) {
        return Quotes.find(text).stream().map(q -> text.substring(q.begin(), q.end())).toList();
    }

    @Test
    void curlyDoubleQuotesGiveTheTextInsideTheMarks() {
        assertThat(quoted("He said \u201Cwe will fight on\u201D and left.")).containsExactly("we will fight on");
    }

    @Test
    void aRightSingleQuoteBeforeALetterIsAnApostrophe() {
        assertThat(quoted("IS\u2019s fighters said \u2018we don\u2019t retreat\u2019 today."))
                .containsExactly("we don\u2019t retreat");
    }

    @Test
    void aSecondOpeningBeforeAnyClosingLeavesTheFirstUnquoted() {
        assertThat(quoted("the \u2018rebels and the \u2018army\u2019 met")).containsExactly("army");
    }

    @Test
    void aStraightQuoteAfterALetterOrDigitOpensNothing() {
        assertThat(quoted("a 6\" pipe")).isEmpty();
        assertThat(quoted("He said \"stop\" twice.")).containsExactly("stop");
    }

    @Test
    void emptyQuotesAreNoPassage() {
        assertThat(quoted("an empty \u201C\u201D pair")).isEmpty();
    }

    @Test
    void aPassageHoldsTheOffsetsBetweenItsMarks() {
        String text = "\u201Cyes\u201D, she said";
        List<Quotes.Quote> quotes = Quotes.find(text);
        assertThat(Quotes.at(quotes, text.indexOf("yes"))).isNotNull();
        assertThat(Quotes.at(quotes, text.indexOf("she"))).isNull();
        assertThat(quotes.get(0).length()).isEqualTo(3);
    }
}
