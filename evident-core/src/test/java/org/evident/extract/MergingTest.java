package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Extraction.extract;
import static org.evident.testkit.Extraction.extractPlaced;
import static org.evident.testkit.Extraction.recordWithMention;

import java.util.List;
import org.evident.model.EventRecord;
import org.evident.model.Status;
import org.junit.jupiter.api.Test;

/** Which mentions are one event, on short handwritten texts through the real CoreNLP annotation. */
class MergingTest {

    @Test
    void aNegatedSideClauseIsNoMentionOfTheAttackAndLeavesItAsserted() {
        List<EventRecord> records = extract("A bomb exploded outside a police station in Quetta on Tuesday. "
                + "Nobody was injured in the blast.", "2019-05-15");
        EventRecord bomb = recordWithMention(records, "exploded");
        assertThat(bomb.status()).isEqualTo(Status.ASSERTED);
        assertThat(bomb.mentions()).noneSatisfy(m -> assertThat(m.text()).isEqualTo("injured"));
    }

    @Test
    void theArmyShellingRebelsAndRebelsShellingTheArmyAreTwoEvents() {
        List<EventRecord> records = extract("Government forces shelled rebel positions near Daraa on Monday. "
                + "Rebels shelled an army checkpoint near Daraa on Monday.", "2018-06-19");
        EventRecord first = recordWithMention(records, "shelled");
        assertThat(records).filteredOn(r -> r.event().contains("ASSAULT")).hasSize(2);
        assertThat(first.mentions()).hasSize(1);
    }

    @Test
    void aPlainMentionKeepsTheSettingOfItsParagraphNotOfTheMainEvent() {
        String text = "Gunmen killed five people at a market in Kano on Monday, police said.\n"
                + "In March 2015, a gunman opened fire at a bus station in Abuja. He shot 12 people before fleeing.\n";
        List<EventRecord> records = extract(text, "2019-05-15");
        EventRecord recalled = recordWithMention(records, "opened fire");
        EventRecord main = recordWithMention(records, "killed");
        assertThat(recalled.mentions()).anySatisfy(m -> assertThat(m.text()).isEqualTo("shot"));
        assertThat(main.mentions()).noneSatisfy(m -> assertThat(m.text()).isEqualTo("shot"));
    }

    @Test
    void aProvinceHoldsOnlyItsOwnTowns() {
        List<EventRecord> records = extractPlaced("A gunman killed 13 people in Killeen, Texas, on Monday.\n\n"
                + "A gunman killed four people in Ohio on Monday.", "2019-05-15");
        assertThat(records).filteredOn(r -> r.event().contains("ASSAULT")).hasSize(2);
    }

    @Test
    void aHeadingOverAListItemTellsTheItemNotTheMainEvent() {
        String text = "A gunman killed six people at a market in Kano on Monday, police said.\n"
                + "Bus station attack: 12 killed\n"
                + "In March 2015, a gunman opened fire at a bus station in Abuja and kills 12 people.\n";
        List<EventRecord> records = extract(text, "2019-05-15");
        EventRecord main = recordWithMention(records, "killed");
        EventRecord recalled = recordWithMention(records, "opened fire");
        int heading = text.indexOf("attack:");
        assertThat(main.mentions()).noneSatisfy(m -> assertThat(m.start()).isEqualTo(heading));
        assertThat(recalled.mentions()).anySatisfy(m -> assertThat(m.start()).isEqualTo(heading));
    }
}
