package org.evident.testkit;

import org.evident.extract.Codebook;
import org.evident.nlp.CoreNlpAnnotator;

/** One CoreNLP annotator per test JVM: its models take seconds to load, so every test shares it. */
public final class SharedAnnotator {

    private static CoreNlpAnnotator instance;

    private SharedAnnotator() {}

    public static synchronized CoreNlpAnnotator get() {
        if (instance == null) {
            instance = new CoreNlpAnnotator(Codebook.bundled().acronyms());
        }
        return instance;
    }
}
