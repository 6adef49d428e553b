package org.evident.spark;

import org.evident.extract.Codebook;
import org.evident.extract.EventExtractor;
import org.evident.geo.Geocoder;
import org.evident.nlp.CoreNlpAnnotator;
import org.evident.pipeline.Pipeline;

/**
 * The pipeline of this JVM, built on first use. Spark runs many tasks in one executor JVM, one after another and
 * side by side; CoreNLP's models take ~1.5 GB and tens of seconds to load, so they load once per executor (and once
 * in a local-mode test JVM), never per task or record. This is the one deliberate static singleton in Evident:
 * Spark ships functions, not objects with a lifecycle, to its executors.
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
                    pipeline = new Pipeline(new CoreNlpAnnotator(), new EventExtractor(Codebook.bundled(), geocoder()));
                    instance = pipeline;
                }
            }
        }
        return pipeline;
    }

    /**
     * The geocoder of the job. None for now: places stay unresolved and records have no country code. When the
     * bundled gazetteer is in evident-core, this line is the only one to change.
     */
    static Geocoder geocoder() {
        return Geocoder.none();
    }
}
