package org.evident.eval.muc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MucTextsTest {

    static final String TEXTS = "TST9-MUC4-0001\n\n"
            + "   LIMA, 15 MAR 90 (RADIO) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT A POWER TOWER\n"
            + "IN URCOS, CUZCO DEPARTMENT.  POLICE BLAMED THE SHINING PATH.\n\n\n"
            + "TST9-MUC4-0002 (SITE)\n\n"
            + "   BOGOTA (COLOMBIA), NO DATE -- [TEXT] THE MINISTER SPOKE ABOUT THE ECONOMY.\n";

    @Test
    void splitsMessagesAtIdLinesAndDatesThemByTheirDateline() throws Exception {
        List<MucMessage> messages = MucTexts.parse("tst9", TEXTS);

        assertThat(messages).extracting(MucMessage::id).containsExactly("TST9-MUC4-0001", "TST9-MUC4-0002");
        MucMessage first = messages.get(0);
        assertThat(first.published()).isEqualTo(LocalDate.of(1990, 3, 15));
        assertThat(first.dateline()).isEqualTo("LIMA");
        assertThat(first.body()).startsWith("LIMA, 15 MAR 90").endsWith("SHINING PATH.\n");
        assertThat(first.origin()).isEqualTo("tst9: TST9-MUC4-0001");
        assertThat(first.article().published()).isEqualTo(LocalDate.of(1990, 3, 15));
    }

    @Test
    void leavesTheDateUnknownWhenTheDatelineHasNone() throws Exception {
        assertThat(MucTexts.parse("tst9", TEXTS).get(1).published()).isNull();
    }

    @Test
    void rejectsTextBeforeTheFirstIdLineNamingTheFile() {
        assertThatThrownBy(() -> MucTexts.parse("tst9", "STRAY LINE\n" + TEXTS))
                .isInstanceOf(MucFormatException.class)
                .hasMessage("tst9: text before the first message id line: 'STRAY LINE'");
    }
}
