package org.evident.testkit;

import org.evident.nlp.CoreNlpAnnotator;
import org.evident.pipeline.Pipelines;

/**
 * One CoreNLP annotator per test JVM: its models take seconds to load, so every test shares it. It is the
 * pipeline builder's annotator in the full scope (every sentence gets NER and the parse), so that a rule's test
 * does not depend on which sentences the selective scope chooses.
 */
public final class SharedAnnotator {

    private SharedAnnotator() {}

    public static CoreNlpAnnotator get() {
        return fullScope().build().coreNlp().orElseThrow();
    }

    /** Pipelines on this annotator; the builder keeps one CoreNLP per configuration, so all share the models. */
    public static Pipelines.Builder fullScope() {
        return Pipelines.builder().scope(CoreNlpAnnotator.Scope.FULL);
    }
}
