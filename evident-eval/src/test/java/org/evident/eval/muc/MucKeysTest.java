package org.evident.eval.muc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MucKeysTest {

    /** A key in the MUC-4 layout, written for these tests: 25 slots, indented continuation lines. */
    static String template(String id, String number, String date, String place, String type, String perpOrg,
                           String physTarget, String humDescription, String effect) {
        return ";;; a comment line\n"
                + "0.  MESSAGE: ID                     " + id + " (SITE)\n"
                + "1.  MESSAGE: TEMPLATE               " + number + "\n"
                + "2.  INCIDENT: DATE                  " + date + "\n"
                + "3.  INCIDENT: LOCATION              " + place + "\n"
                + "4.  INCIDENT: TYPE                  " + type + "\n"
                + "5.  INCIDENT: STAGE OF EXECUTION    ACCOMPLISHED\n"
                + "6.  INCIDENT: INSTRUMENT ID         -\n"
                + "7.  INCIDENT: INSTRUMENT TYPE       -\n"
                + "8.  PERP: INCIDENT CATEGORY         TERRORIST ACT\n"
                + "9.  PERP: INDIVIDUAL ID             ? \"ARMED MEN\"\n"
                + "10. PERP: ORGANIZATION ID           " + perpOrg + "\n"
                + "11. PERP: ORGANIZATION CONFIDENCE   -\n"
                + "12. PHYS TGT: ID                    " + physTarget + "\n"
                + "13. PHYS TGT: TYPE                  -\n"
                + "14. PHYS TGT: NUMBER                -\n"
                + "15. PHYS TGT: FOREIGN NATION        -\n"
                + "16. PHYS TGT: EFFECT OF INCIDENT    -\n"
                + "17. PHYS TGT: TOTAL NUMBER          -\n"
                + "18. HUM TGT: NAME                   \"PEDRO GOMEZ\"\n"
                + "19. HUM TGT: DESCRIPTION            " + humDescription + "\n"
                + "20. HUM TGT: TYPE                   -\n"
                + "21. HUM TGT: NUMBER                 -\n"
                + "22. HUM TGT: FOREIGN NATION         -\n"
                + "23. HUM TGT: EFFECT OF INCIDENT     " + effect + "\n"
                + "24. HUM TGT: TOTAL NUMBER           -\n\n";
    }

    static String irrelevant(String id) {
        return template(id, "*", "*", "*", "*", "*", "*", "*", "*");
    }

    @Test
    void readsSlotsWithAlternativesContinuationLinesAndDoubt() throws Exception {
        String key = template("TST9-MUC4-0001", "1", "14 MAR 90", "PERU: CUZCO (DEPARTMENT): URCOS (TOWN)", "BOMBING",
                "\"SHINING PATH\" / \"SL\"", "\"POWER TOWER\"\n                                    \"\\\"EL SOL\\\" BRIDGE\"",
                "\"MAYOR\": \"PEDRO GOMEZ\"", "DEATH: \"PEDRO GOMEZ\"\n                                    INJURY: \"GUARD\"");

        MucKeys.Keys keys = MucKeys.parse("key-test", key);

        assertThat(keys.problems()).isEmpty();
        KeyTemplate t = keys.templates().get(0);
        assertThat(t.messageId()).isEqualTo("TST9-MUC4-0001");
        assertThat(t.types()).containsExactly(MucType.BOMBING);
        assertThat(t.dates()).containsExactly(new MucDates.Span(LocalDate.of(1990, 3, 14), LocalDate.of(1990, 3, 14)));
        assertThat(t.places()).containsExactly(List.of("PERU", "CUZCO", "URCOS"));
        assertThat(t.perpOrgs().get(0).alternatives()).containsExactly("SHINING PATH", "SL");
        assertThat(t.perpIndividuals().get(0).uncertain()).isTrue();
        assertThat(t.physTargets()).extracting(KeyTemplate.Fill::alternatives)
                .containsExactly(List.of("POWER TOWER"), List.of("\"EL SOL\" BRIDGE"));
        assertThat(t.humTargets()).extracting(f -> f.alternatives().get(0)).containsExactly("PEDRO GOMEZ", "MAYOR");
        assertThat(t.effects()).containsExactlyInAnyOrder("DEATH", "INJURY");
    }

    @Test
    void countsMessagesWithoutIncidentsButMakesNoTemplateForThem() throws Exception {
        MucKeys.Keys keys = MucKeys.parse("key-test", irrelevant("TST9-MUC4-0002")
                + template("TST9-MUC4-0003", "2 (OPTIONAL)", "-", "-", "KIDNAPPING", "-", "-", "-", "-"));

        assertThat(keys.messageIds()).containsExactlyInAnyOrder("TST9-MUC4-0002", "TST9-MUC4-0003");
        assertThat(keys.templates()).singleElement().satisfies(t -> {
            assertThat(t.optional()).isTrue();
            assertThat(t.number()).isEqualTo("2");
            assertThat(t.dates()).isEmpty();
            assertThat(t.places()).isEmpty();
        });
    }

    @Test
    void readsDateRangesOpenStartsAndAlternativePlaces() throws Exception {
        String key = template("TST9-MUC4-0004", "1", "(- 02 FEB 90) / (01 FEB 90 - 03 FEB 90)",
                "(CHILE: TALCA (CITY)) / (CHILE: MAULE (REGION))", "ATTACK / BOMBING", "-", "-", "-", "-");

        KeyTemplate t = MucKeys.parse("key-test", key).templates().get(0);

        assertThat(t.dates()).containsExactly(new MucDates.Span(null, LocalDate.of(1990, 2, 2)),
                new MucDates.Span(LocalDate.of(1990, 2, 1), LocalDate.of(1990, 2, 3)));
        assertThat(t.places()).containsExactly(List.of("CHILE", "TALCA"), List.of("CHILE", "MAULE"));
        assertThat(t.types()).containsExactly(MucType.ATTACK, MucType.BOMBING);
    }

    @Test
    void reportsUnreadableFillsWithFileAndMessageAndKeepsTheRest() throws Exception {
        MucKeys.Keys keys = MucKeys.parse("key-test",
                template("TST9-MUC4-0005", "1", "- 22 JAN", "EL SALVADOR", "AMBUSH / ATTACK", "-", "-", "-", "-"));

        assertThat(keys.problems()).containsExactly(
                "key-test: TST9-MUC4-0005: unknown incident type 'AMBUSH'",
                "key-test: TST9-MUC4-0005: template 1: unreadable date '- 22 JAN' (expected like 30 DEC 89); date not scored");
        assertThat(keys.templates().get(0).types()).containsExactly(MucType.ATTACK);
        assertThat(keys.templates().get(0).places()).containsExactly(List.of("EL SALVADOR"));
    }

    @Test
    void acceptsTwoSwappedSlotsButRejectsAMissingOneNamingFileAndMessage() {
        String swapped = template("TST9-MUC4-0006", "1", "-", "-", "ARSON", "-", "-", "-", "-")
                .replaceFirst("(18\\. [^\\n]*\\n)(19\\. [^\\n]*\\n)", "$2$1");
        String missing = template("TST9-MUC4-0007", "1", "-", "-", "ARSON", "-", "-", "-", "-")
                .replaceFirst("13\\. [^\\n]*\\n", "");

        assertThat(catchKeys(swapped)).isNull();
        assertThatThrownBy(() -> MucKeys.parse("key-test", missing)).isInstanceOf(MucFormatException.class)
                .hasMessage("key-test: TST9-MUC4-0007: template has 24 slots, expected 25");
    }

    @Test
    void rejectsAMislabelledSlot() {
        String bad = template("TST9-MUC4-0008", "1", "-", "-", "ARSON", "-", "-", "-", "-")
                .replace("4.  INCIDENT: TYPE", "4.  INCIDENT: KIND");

        assertThatThrownBy(() -> MucKeys.parse("key-test", bad))
                .hasMessageStartingWith("key-test: TST9-MUC4-0008: slot 4 should be INCIDENT: TYPE");
    }

    private static Exception catchKeys(String text) {
        try {
            MucKeys.parse("key-test", text);
            return null;
        } catch (Exception e) {
            return e;
        }
    }
}
