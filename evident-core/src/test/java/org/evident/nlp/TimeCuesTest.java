package org.evident.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences SUTime must see: hand-built tokens, tags given where they matter. */
class TimeCuesTest {

    /** Tokens from "word/TAG" pairs (tag NN when left out). */
    private static List<CoreLabel> tokens(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String part : text.split(" ")) {
            String[] wordAndTag = part.split("/");
            CoreLabel token = new CoreLabel();
            token.setWord(wordAndTag[0]);
            token.setTag(wordAndTag.length > 1 ? wordAndTag[1] : "NN");
            tokens.add(token);
        }
        return tokens;
    }

    @Test
    void monthsWeekdaysUnitsAndDeicticWordsNeedSutime() {
        assertThat(TimeCues.mayHoldTime(tokens("Fares rose in March"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("Rebels attacked on Tuesday"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("Speaking on Nov. 10 , he left"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("The siege lasted weeks"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("Police arrested him yesterday"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("Winds were strong at the time"))).isTrue();
    }

    @Test
    void mayAsAModalIsNoMonth() {
        assertThat(TimeCues.mayHoldTime(tokens("Talks may/MD resume"))).isFalse();
        assertThat(TimeCues.mayHoldTime(tokens("Talks resumed in May/NNP"))).isTrue();
    }

    @Test
    void aPlainCountNeedsNoSutimeButYearsClockTimesAndNumberWordsDo() {
        assertThat(TimeCues.mayHoldTime(tokens("Gunmen killed 39 people"))).isFalse();
        assertThat(TimeCues.mayHoldTime(tokens("Floods destroyed 1,500 homes"))).isFalse();
        assertThat(TimeCues.mayHoldTime(tokens("The war ended in 2017"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("The blast came at 10:30"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("Gunmen killed one guard"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("It was the first attack"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("Twenty-one people died"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("Turnout was 56 %"))).isTrue();
    }

    @Test
    void countsStandingCloseTogetherReadAsARangeAndNeedSutime() {
        assertThat(TimeCues.mayHoldTime(tokens("He heard between 30 and 40 shots"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("Police held 12 men and freed 40 others after talks"))).isFalse();
    }
}
