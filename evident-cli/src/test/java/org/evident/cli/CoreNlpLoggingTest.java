package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.evident.pipeline.Pipelines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP logs through SLF4J; its lines ("Untokenizable: …") stay off the terminal unless --verbose asks for them.
 * Each test asks for a logger of a new name: SLF4J's simple logger fixes a logger's level when it is first made.
 */
class CoreNlpLoggingTest {

    private final Environment env = new Environment(Pipelines.with(() -> {
        throw new AssertionError("parsing the command line loads no model");
    }, () -> {
        throw new AssertionError("parsing the command line loads no gazetteer");
    }), new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @BeforeEach
    @AfterEach
    void quiet() {
        System.clearProperty(LogOptions.CORENLP_LEVEL);
    }

    @Test
    void coreNlpWarningsAreHiddenByDefaultAndEvidentsAreNot() {
        assertThat(LoggerFactory.getLogger("edu.stanford.nlp.process.QuietByDefault").isWarnEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("edu.stanford.nlp.process.QuietByDefault").isErrorEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("org.evident.cli.LoudByDefault").isWarnEnabled()).isTrue();
    }

    @Test
    void verboseShowsCoreNlpWarnings() {
        Main.commandLine(env).parseArgs("extract", "--verbose", "article.txt");

        assertThat(LoggerFactory.getLogger("edu.stanford.nlp.process.ShownWithVerbose").isWarnEnabled()).isTrue();
    }

    @Test
    void evalsVerboseShowsThemToo() {
        Main.commandLine(env).parseArgs("eval", "--verbose", "some.gold.json");

        assertThat(LoggerFactory.getLogger("edu.stanford.nlp.process.ShownWithEvalVerbose").isWarnEnabled()).isTrue();
    }
}
