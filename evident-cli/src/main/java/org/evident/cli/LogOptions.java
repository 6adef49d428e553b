package org.evident.cli;

import picocli.CommandLine.Option;

/**
 * --verbose for the commands that run CoreNLP. CoreNLP logs through SLF4J (warnings such as "Untokenizable" for
 * characters it cannot read); those lines say nothing a user can act on, so simplelogger.properties hides them
 * below ERROR. With --verbose they show on standard error again. Public for the commands other modules add
 * ({@link CommandProvider}).
 */
public final class LogOptions {

    /** The SLF4J simple logger's level property for CoreNLP's loggers. */
    static final String CORENLP_LEVEL = "org.slf4j.simpleLogger.log.edu.stanford.nlp";

    @Option(names = "--verbose", description = "Also show CoreNLP's own log lines (such as warnings about characters"
            + " it cannot tokenize) on standard error; hidden by default.")
    void verbose(boolean on) {
        // Read when a logger is first made, which is after the command line is parsed and before CoreNLP loads.
        if (on) {
            showCoreNlp();
        }
    }

    /** Shows CoreNLP's log lines, for commands whose own --verbose also asks for them. */
    static void showCoreNlp() {
        System.setProperty(CORENLP_LEVEL, "info");
    }
}
