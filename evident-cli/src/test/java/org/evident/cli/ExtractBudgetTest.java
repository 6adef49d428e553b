package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Annotator;
import org.evident.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time budget per article on the command line, with an annotator that never finishes an article that says
 * "stuck" until interrupted: that article is reported in one line naming it, the budget and the option, and the
 * others are extracted.
 */
class ExtractBudgetTest {

    private static final Annotator STUCK_ON_ONE = article -> {
        if (article.body().contains("stuck")) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted", e);
            }
        }
        return new AnnotatedArticle(article, List.of());
    };

    @Test
    void anArticleOverTheBudgetIsReportedByNameAndTheOthersGoOn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-fine.txt"), "Workers rebuilt the harbour wall on Tuesday, officials said.");
        Files.writeString(dir.resolve("b-stuck.txt"), "This article is stuck in the annotator for good, it seems.");
        Files.writeString(dir.resolve("c-fine.txt"), "The town council met on Wednesday to plan the summer fair.");

        long start = System.nanoTime();
        Cli.Run run = Cli.run(() -> STUCK_ON_ONE, null, "", "extract", "--threads", "1",
                Pipeline.BUDGET_OPTION, "1", dir.toString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000;

        assertThat(run.exit()).isEqualTo(Main.PARTIAL);
        assertThat(run.err().lines().filter(l -> !l.startsWith("extract:") && !l.isBlank()).toList()).singleElement()
                .asString().startsWith("evident: " + dir.resolve("b-stuck.txt") + ": extraction failed: ")
                .contains("time budget of 1 s", Pipeline.BUDGET_OPTION);
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(seconds).isLessThan(30);
    }

    @Test
    void aNegativeBudgetIsOneLineNamingTheOption() {
        Cli.Run run = Cli.run(() -> STUCK_ON_ONE, null, "Some text to read.", "extract", Pipeline.BUDGET_OPTION, "-1");

        assertThat(run.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(run.err().strip()).isEqualTo("evident: " + Pipeline.BUDGET_OPTION + " must be 0 (no limit) or more,"
                + " was -1");
    }

    @Test
    void theHelpOfEveryCommandThatExtractsNamesTheBudget() {
        for (String command : new String[] {"extract", "ingest", "serve"}) {
            Cli.Run run = Cli.run(() -> STUCK_ON_ONE, null, "", command, "--help");
            assertThat(run.out()).as(command).contains(Pipeline.BUDGET_OPTION + "=SECONDS");
        }
    }
}
