package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evident.pipeline.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of evident eval --muc, without models: bad input never reaches the pipeline. */
class MucEvalTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Environment env = new Environment(Pipelines.with(() -> {
        throw new AssertionError("no model may load for bad input");
    }, () -> {
        throw new AssertionError("no gazetteer may load for bad input");
    }), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void namesTheKeyFileAndMessageOfAMalformedKeyAndReadsNothing(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("key-bad"), "0.  MESSAGE: ID                     TST9-MUC4-0001\n"
                + "1.  MESSAGE: TEMPLATE               *\n");
        Path text = Files.writeString(dir.resolve("tst9"), "TST9-MUC4-0001\n\n   LIMA, 15 MAR 90 -- [TEXT] NOTHING.\n");

        int code = Main.commandLine(env).execute("eval", "--muc", key.toString(), text.toString());

        assertThat(code).isEqualTo(Main.NOTHING_READ);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(key + ": TST9-MUC4-0001: template has 2 slots, expected 25")
                .contains("evident: no MUC message could be read");
    }

    @Test
    void asksForGoldFilesOrMucFilesWhenGivenNeither() {
        int code = Main.commandLine(env).execute("eval");

        assertThat(code).isEqualTo(Main.NOTHING_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("give gold files, --muc KEYFILE TEXTFILE, --case FILE, --plover-gsr FILE, --counts DIR or --genres DIR");
    }

    @Test
    void rejectsALimitBelowOne() {
        int code = Main.commandLine(env).execute("eval", "--muc", "k", "t", "--limit", "0");

        assertThat(code).isEqualTo(Main.NOTHING_READ);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--limit must be at least 1, not 0");
    }

    @Test
    void statesTheMucMatchingRulesInHelp() {
        Main.commandLine(env).execute("eval", "--help");

        assertThat(out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ")).contains("MUC-4 scoring:", "KIDNAPPING = ASSAULT abduct",
                "'- 08 JAN 90' up to that day", "EL SALVADOR: SAN SALVADOR (CITY)");
    }
}
