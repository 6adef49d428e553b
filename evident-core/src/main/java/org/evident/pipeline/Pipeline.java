package org.evident.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Outcome;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Annotator;
import org.evident.nlp.HeadlineOutlet;
import org.evident.nlp.TokenizerSafeText;

/**
 * Article → tokenizer-safe text → annotation → place names → geocoding → event records ({@link Extractor}), within a
 * time budget per article. Thread-safe; one instance serves a whole batch. Reading comes before it
 * ({@link Pipelines#read}) and cross-article resolution after it ({@link Pipelines#resolver}, which a store runs as
 * it saves the records).
 */
public final class Pipeline {

    /** The command-line option that sets the budget, named in the message of an article that runs out of it. */
    public static final String BUDGET_OPTION = "--max-extract-seconds";
    /** The system property that sets the default budget, in seconds (0: none); for Spark and embedding code. */
    public static final String BUDGET_PROPERTY = "evident.extract.seconds";
    /**
     * The default budget: some 100 times what a long news article takes (≈ 0.5 s per 900 tokens on one core), so
     * that only text no reader would call an article runs out of it.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

    private final Annotator annotator;
    private final Extractor extractor;
    private final TimeBudget budget;

    /** A pipeline with the budget of the system property {@value #BUDGET_PROPERTY}, or the default. */
    public Pipeline(Annotator annotator, Extractor extractor) {
        this(annotator, extractor, defaultBudget());
    }

    /** @param budget the most time one article may take (zero: no limit) */
    public Pipeline(Annotator annotator, Extractor extractor, Duration budget) {
        this(annotator, extractor, TimeBudget.of(budget));
    }

    /** A pipeline whose articles run within {@code budget} (its limit and its cap on abandoned work). */
    public Pipeline(Annotator annotator, Extractor extractor, TimeBudget budget) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /** This pipeline (same annotator, extractor and models) with another budget per article (zero: none). */
    public Pipeline withBudget(Duration newBudget) {
        return withBudget(TimeBudget.of(newBudget, budget.maxAbandoned()));
    }

    /** This pipeline with another budget, its cap on abandoned work included. */
    public Pipeline withBudget(TimeBudget newBudget) {
        return new Pipeline(annotator, extractor, newBudget);
    }

    /** The budget of the system property {@value #BUDGET_PROPERTY} (whole seconds, 0 for none), or the default. */
    public static Duration defaultBudget() {
        String seconds = System.getProperty(BUDGET_PROPERTY);
        if (seconds == null || seconds.isBlank()) {
            return DEFAULT_BUDGET;
        }
        try {
            long value = Long.parseLong(seconds.strip());
            if (value >= 0) {
                return Duration.ofSeconds(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("system property " + BUDGET_PROPERTY + " must be a whole number of"
                + " seconds (0 for no limit), was '" + seconds + "'");
    }

    /**
     * Processes one article; any failure inside becomes a FAILED outcome naming the article, and running out of
     * the budget an OVER_BUDGET one whose error names the budget and the option that raises it.
     *
     * @throws TimeBudget.Exhausted when earlier articles' work ran past the budget and still holds the cores (see
     *                              {@link TimeBudget#maxAbandoned()}): the article is not the fault, the process is
     */
    public Outcome process(Article article) {
        try {
            annotator.prepare(article); // a model loaded once is not this article's cost
            return budget.run(() -> extract(article));
        } catch (TimeBudget.Exhausted e) {
            throw e;
        } catch (TimeBudget.OverBudget e) {
            return Outcome.overBudget(article, e.getMessage() + " per article; raise it with " + BUDGET_OPTION
                    + " SECONDS (or the system property " + BUDGET_PROPERTY + ")");
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(article, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /**
     * Annotates the tokenizer-safe form of the article, without the outlet's name in its title line (same length,
     * so every offset still points into the article as written), and extracts its records.
     */
    private Outcome extract(Article article) {
        Article safe = TokenizerSafeText.of(HeadlineOutlet.of(article));
        AnnotatedArticle annotated = annotator.annotate(safe);
        List<EventRecord> records = extractor.extract(annotated);
        return Outcome.extracted(article, records, annotated.tokenCount());
    }

    /** The most time one article may take, or null for none. */
    public Duration budget() {
        return budget.limit();
    }

    /** Articles given up at their budget whose work has not stopped yet (each holds a thread). */
    public int overdueWork() {
        return budget.stillRunning();
    }

    public Annotator annotator() {
        return annotator;
    }

    public Extractor extractor() {
        return extractor;
    }
}
