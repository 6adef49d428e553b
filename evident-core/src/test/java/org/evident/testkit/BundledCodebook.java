package org.evident.testkit;

import org.evident.extract.Codebook;

/**
 * The bundled codebooks, loaded once per test JVM and shared by every rule test: loading them takes most of a
 * second, and a codebook is read-only once built (the pipelines share one across threads too).
 */
public final class BundledCodebook {

    private static final Codebook CODEBOOK = Codebook.bundled();

    private BundledCodebook() {}

    public static Codebook get() {
        return CODEBOOK;
    }
}
