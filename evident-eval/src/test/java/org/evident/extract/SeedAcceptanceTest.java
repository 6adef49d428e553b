package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evident.eval.GoldCase;
import org.evident.eval.MentionPairs;
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

    /*
     * Floors on the development set (shared/gold/dev, annotated independently of Evident): the values measured when
     * they were last raised (in brackets; the test pipeline's gazetteer is not `evident eval`'s, so its figures
     * differ a little) less a small margin. Raise them when extraction improves; never lower
     * them to let a change pass without saying why in its commit.
     */
    private static final double DEV_MIN_F1 = 0.79;                 // [0.805: recall 0.848, precision 0.767]
    private static final int DEV_MAX_DUPLICATES = 42;              // [39]
    private static final double DEV_MIN_MERGE_PRECISION = 0.47;    // [0.494]
    private static final double DEV_MIN_MERGE_RECALL = 0.59;       // [0.615]

    @Test
    void developmentSetStaysAboveItsFloorsWithMergingScoredOverTheGoldMentionChains() throws Exception {
        List<Score> scores = new ArrayList<>();
        for (Path gold : devGold(SharedData.require().resolve("gold/dev"))) {
            scores.add(score(gold));
        }
        Score total = Score.total(scores);
        MentionPairs pairs = total.pairs();
        System.out.printf("dev: recall %.3f precision %.3f F1 %.3f duplicates %d merge pairs P %.3f R %.3f%n",
                total.recall(), total.precision(), total.f1(), total.duplicates(), pairs.precision(), pairs.recall());
        assertThat(total.f1()).isGreaterThanOrEqualTo(DEV_MIN_F1);
        assertThat(total.duplicates()).isLessThanOrEqualTo(DEV_MAX_DUPLICATES);
        assertThat(pairs.precision()).as("merge precision").isGreaterThanOrEqualTo(DEV_MIN_MERGE_PRECISION);
        assertThat(pairs.recall()).as("merge recall").isGreaterThanOrEqualTo(DEV_MIN_MERGE_RECALL);
    }

    private static List<Path> devGold(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }
}
