package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of evident eval --case and --plover-gsr, without models: bad input never reaches the pipeline. */
class SentenceEvalTest {

    private static Cli.Run eval(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "eval";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(() -> {
            throw new AssertionError("no model may load for bad input");
        }, null, "", all);
    }

    @Test
    void namesTheFileAndLineOfABadCaseRowAndReadsNothing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("case.tsv"), "id\tEventSnippet\tSubType\n7\tA snippet\n");

        Cli.Run run = eval("--case", file.toString());

        assertThat(run.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(run.err()).contains(file + ":2: expected id, snippet and sub-type");
    }

    @Test
    void namesAPloverFileThatIsNoJsonArray(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("gsr.txt"), "{\"id\": 1}");

        Cli.Run run = eval("--plover-gsr", file.toString());

        assertThat(run.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(run.err()).contains(file + ": not a PLOVER gold-standard file");
    }

    @Test
    void rejectsALimitBelowOne() {
        Cli.Run run = eval("--case", "x.tsv", "--limit", "0");

        assertThat(run.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(run.err()).contains("--limit must be at least 1, not 0");
    }

    @Test
    void refusesTwoKindsOfTestSetInOneRun() {
        Cli.Run run = eval("--case", "x.tsv", "--muc", "k", "t");

        assertThat(run.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(run.err()).contains("one kind per run");
    }

    @Test
    void statesTheLabelMappingInHelp() {
        Cli.Run run = eval("--help");

        assertThat(run.out().replaceAll("\\s+", " ")).contains("--case", "--plover-gsr",
                "AIR_STRIKE = ASSAULT aerial|drone", "ATTRIB = a record with a responsibility entry of status CLAIMED",
                "DEMAND = REQUEST, FIGHT = ASSAULT, DISAPPROVE and INVESTIGATE = ACCUSE");
    }
}
