package org.evident.spark;

import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;

/**
 * The pipeline of this JVM, built on first use. Spark runs many tasks in one executor JVM, one after another and
 * side by side; CoreNLP's models take ~1.5 GB and tens of seconds to load, so they load once per executor (and once
 * in a local-mode test JVM), never per task or record. This is the one deliberate static singleton in Evident:
 * Spark ships functions, not objects with a lifecycle, to its executors.
 *
 * <p>The pipeline is the one {@code evident extract} runs ({@link Pipelines}), with one difference: places are
 * resolved with evident-core's bundled gazetteer, the same on every node. A user gazetteer imported on one machine
 * ({@code evident gazetteer import}) is not on the cluster's nodes and is not used here.
 */
public final class ExecutorPipeline {

    private static volatile Pipeline instance;

    private ExecutorPipeline() {}

    /** The shared pipeline; the first caller in a JVM loads the models, the others wait for it. */
    public static Pipeline get() {
        Pipeline pipeline = instance;
        if (pipeline == null) {
            synchronized (ExecutorPipeline.class) {
                pipeline = instance;
                if (pipeline == null) {
                    pipeline = pipelines().get();
                    instance = pipeline;
                }
            }
        }
        return pipeline;
    }

    /** How the job's pipelines are made: as the CLI makes them, with the bundled gazetteer only. */
    public static Pipelines pipelines() {
        return Pipelines.builder().geocoding(Pipelines.Geocoding.BUNDLED).build();
    }
}
