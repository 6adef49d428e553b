package org.evident.pipeline;

/**
 * One stage of the pipeline: a thread-safe function from one immutable record to the next. A stage knows only its
 * input and output, so stages are tested alone and chained in one place ({@link Pipeline}, {@link Extractor}).
 *
 * @param <I> what the stage takes (an article, an annotated article, the places found in it, …)
 * @param <O> what it gives the next stage
 */
@FunctionalInterface
public interface Step<I, O> {

    O apply(I input);

    /** This stage, then {@code next} on its output. */
    default <R> Step<I, R> then(Step<? super O, ? extends R> next) {
        return input -> next.apply(apply(input));
    }
}
