package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.evident.eval.GoldCase;
import org.evident.eval.GoldScorer;
import org.evident.eval.Score;
import org.evident.testkit.Extraction;
import org.evident.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** The canonical article and the development set, scored by the gold rules, with floors CI enforces. */
class SeedAcceptanceTest {

    private static Score score(Path gold) throws Exception {
        GoldCase goldCase = GoldCase.load(gold);
        var outcome = Extraction.pipeline().process(goldCase.article());
        return new GoldScorer().score(gold.toString(), goldCase.gold(), goldCase.article().body(), outcome.records());
    }

    @Test
    void seedArticleFindsEveryRequiredEventWithStatusSourceAndForecast() throws Exception {
        Score score = score(SharedData.require().resolve("gold/seed.gold.json"));
        System.out.printf("seed: recall %.3f precision %.3f F1 %.3f duplicates %d%n", score.recall(),
                score.precision(), score.f1(), score.duplicates());
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.duplicates()).isZero();
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.8);
        for (String field : new String[] {"status", "source", "forecast", "event", "mode", "date", "size"}) {
            assertThat(score.fields().get(field).accuracy()).as(field).isGreaterThanOrEqualTo(0.9);
        }
    }
}
