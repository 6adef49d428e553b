package org.evident.cli;

import java.time.Duration;
import org.evident.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** The time budget per article of the commands that extract: extract, ingest and serve. */
final class BudgetOption {

    @Option(names = Pipeline.BUDGET_OPTION, paramLabel = "SECONDS",
            description = "Longest time extraction may take for one article, in seconds; an article that takes longer"
                    + " is reported as failed and the others go on (default: 60, or the system property "
                    + Pipeline.BUDGET_PROPERTY + "; 0: no limit).")
    Long seconds;

    /** The pipeline with this budget, or as it is when the option is absent. */
    Pipeline apply(Pipeline pipeline) {
        check();
        return seconds == null ? pipeline : pipeline.withBudget(Duration.ofSeconds(seconds));
    }

    /**
     * Checks the value, before any work starts.
     *
     * @throws IllegalArgumentException for a negative budget, naming the option
     */
    void check() {
        if (seconds != null && seconds < 0) {
            throw new IllegalArgumentException(Pipeline.BUDGET_OPTION + " must be 0 (no limit) or more, was " + seconds);
        }
    }
}
