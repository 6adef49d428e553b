package org.evident.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.evident.extract.Codebook;
import org.evident.extract.EventExtractor;
import org.evident.geo.GazetteerGeocoder;
import org.evident.geo.GazetteerLoader;
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
     * The geocoder of the job: evident-core's bundled gazetteer (countries and cities with alternate names), the
     * same on every node. A user gazetteer imported on one machine ({@code evident gazetteer import}) is not on
     * the cluster's nodes and is not used here.
     */
    static Geocoder geocoder() {
        try {
            return new GazetteerGeocoder(GazetteerLoader.loadBundled());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled gazetteer: " + e.getMessage(), e);
        }
    }
}
