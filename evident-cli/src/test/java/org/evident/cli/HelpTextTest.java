package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void noHelpLineBreaksMidSentenceWhereTheNextWordWouldHaveFit() {
        List<String> ragged = new ArrayList<>();
        for (CommandLine command : allCommands(Main.commandLine(env), new ArrayList<>())) {
            String[] lines = command.getUsageMessage(CommandLine.Help.Ansi.OFF).split("\\R");
            int width = command.getCommandSpec().usageMessage().width();
            int afterSynopsis = 0; // picocli breaks the synopsis between options, which is as it should be
            while (afterSynopsis < lines.length && !lines[afterSynopsis].isBlank()) {
                afterSynopsis++;
            }
            for (int i = afterSynopsis; i + 1 < lines.length; i++) {
                String line = lines[i].stripTrailing();
                String next = lines[i + 1];
                String nextWord = firstWord(next.strip());
                boolean continues = next.startsWith(" ") && !nextWord.isEmpty() && !nextWord.startsWith("-")
                        && !line.isBlank() && !line.matches(".*[.:!?]$")
                        && !line.strip().matches("-[^ ]*"); // a long option name has its description below it
                // picocli keeps a margin of a column or two, so only a word that fits with room to spare counts
                if (continues && line.length() + 1 + nextWord.length() <= width - 3) {
                    ragged.add(command.getCommandSpec().qualifiedName() + ": '" + line.strip() + "' / '" + next.strip()
                            + "'");
                }
            }
        }
        assertThat(ragged).isEmpty();
    }

    @Test
    void sourceLinesBecomeParagraphsAndAHangingIndentListKeepsItsItems() {
        assertThat(Main.paragraphs(new String[] {
            "Scores incidents against", "  the answer keys:", "  Types: ATTACK = ASSAULT,", "    BOMBING = ASSAULT",
            "    explosives.", "  Matching: by category", "    and words.", "", "Exit codes: 0 success;",
            "2 nothing read."}))
                .containsExactly("Scores incidents against the answer keys:",
                        "  Types: ATTACK = ASSAULT, BOMBING = ASSAULT explosives.", "  Matching: by category and words.",
                        "", "Exit codes: 0 success; 2 nothing read.");
    }

    /** The text up to the first place picocli may break a line (a space, or after a hyphen, slash or period). */
    private static String firstWord(String text) {
        java.text.BreakIterator breaks = java.text.BreakIterator.getLineInstance();
        breaks.setText(text);
        int end = breaks.next();
        return end == java.text.BreakIterator.DONE ? text : text.substring(0, end).strip();
    }

    private static List<CommandLine> allCommands(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> allCommands(sub, into));
        return into;
    }
}
