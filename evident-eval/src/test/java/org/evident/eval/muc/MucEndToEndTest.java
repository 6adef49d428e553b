package org.evident.eval.muc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipeline;
import org.evident.testkit.Extraction;
import org.evident.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** The MUC-4 scorer over the first ten dev messages, through the whole pipeline; a floor, not a benchmark. */
class MucEndToEndTest {

    private static final int MESSAGES = 10;

    @Test
    void scoresTheFirstDevMessagesAboveALowFloor() throws Exception {
        Path dev = SharedData.require().resolve("corpus/muc34/raw_files/muc34/TASK/CORPORA/dev");
        MucKeys.Keys keys = MucKeys.read(dev.resolve("key-dev-0001.muc4"));
        List<MucMessage> messages = MucTexts.read(dev.resolve("dev-muc3-0001-0100")).subList(0, MESSAGES);
        Pipeline pipeline = Extraction.pipeline();

        MucScore total = MucScore.EMPTY;
        List<String> failures = new ArrayList<>();
        for (MucMessage message : messages) {
            Outcome outcome = pipeline.process(message.article());
            if (outcome.failed()) {
                failures.add(message.id() + ": " + outcome.error());
            }
            List<KeyTemplate> templates = keys.templates().stream().filter(t -> t.messageId().equals(message.id())).toList();
            total = total.plus(new MucScorer().score(message, templates, outcome.records()));
        }

        assertThat(failures).isEmpty();
        assertThat(total.messages()).isEqualTo(MESSAGES);
        assertThat(total.required()).isGreaterThan(0);
        assertThat(total.recall()).as("incident recall on %d dev messages", MESSAGES).isGreaterThanOrEqualTo(0.3);
        assertThat(total.precision()).as("incident precision on %d dev messages", MESSAGES).isGreaterThanOrEqualTo(0.1);
        assertThat(total.slots().get("type").accuracy()).isGreaterThan(0.0);
    }
}
