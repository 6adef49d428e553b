package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.evident.pipeline.Pipelines;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** evident --help lists every command with a whole sentence, never a line cut off mid-sentence. */
class HelpTextTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Environment env = new Environment(Pipelines.with(() -> {
        throw new AssertionError("help loads no model");
    }, () -> {
        throw new AssertionError("help loads no gazetteer");
    }), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @Test
    void everyCommandSummaryIsAWholeSentence() {
        CommandLine cli = Main.commandLine(env);
        int code = cli.execute("--help");

        String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(code).isZero();
        assertThat(cli.getSubcommands()).hasSizeGreaterThan(10);
        for (CommandLine command : cli.getSubcommands().values()) {
            String summary = Main.firstSentence(command.getCommandSpec());
            assertThat(summary).as(command.getCommandName()).endsWith(".");
            assertThat(help).contains(command.getCommandName() + " " + summary);
        }
    }
}
