package org.evident.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The evident command: subcommands for every job, UTF-8 output, exit codes that scripts can rely on. */
@Command(name = "evident", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = {
            "Reads news articles and writes down what happened in them: geocoded, dated, PLOVER-coded event",
            "records in which every value points at the words it came from, with how sure the text is and who",
            "says so."},
        subcommands = {DemoCommand.class, ExtractCommand.class, IngestCommand.class, QueryCommand.class, ServeCommand.class,
            ExportCommand.class, StatsCommand.class, WatchCommand.class, AlertCommand.class, ReindexCommand.class, ImportRecordsCommand.class,
            EvalCommand.class, AnnotateCommand.class,
            GeocodeCommand.class, GeoevalCommand.class, GazetteerCommand.class},
        footer = {"", "Exit codes: 0 success; 1 partial failure (some inputs rejected, or a score below its floor);",
            "2 nothing could be read, or the command line is wrong.", "",
            "bin/evident also runs two commands from their own modules: evident bench (throughput on a corpus,",
            "evident-bench) and evident spark (the Spark jobs, evident-spark)."})
public final class Main implements Runnable {

    /** Exit code when some inputs failed but others were processed. */
    public static final int PARTIAL = 1;
    /** Exit code when nothing could be read or the command line is wrong. */
    public static final int NOTHING_READ = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Environment env = Environment.system();
        int code = commandLine(env).execute(args);
        env.out().flush();
        System.exit(code);
    }

    /** The command line wired to an environment; tests run it in-process. */
    public static CommandLine commandLine(Environment env) {
        return commandLine(env, new Factory(env));
    }

    /** The command line with commands made by {@code factory} (tests swap in their own stages). */
    static CommandLine commandLine(Environment env, CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new Main(), factory);
        // commands of the modules on the class path (evident-bench's bench), then help, which lists them all
        for (CommandProvider provider : ServiceLoader.load(CommandProvider.class)) {
            provider.commands(env).forEach(cli::addSubcommand);
        }
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(new java.io.PrintWriter(env.out(), true));
        cli.setErr(new java.io.PrintWriter(env.err(), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("evident: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return NOTHING_READ;
        });
        wholeSentencesInHelp(cli);
        return cli;
    }

    /**
     * Lays out the help of {@code command} and its subcommands in paragraphs that picocli wraps at the terminal's
     * width: our descriptions are written as lines of source, and picocli would start a new line at each of them,
     * mid-sentence. An empty line still separates paragraphs. Subcommand lists show whole first sentences.
     */
    private static void wholeSentencesInHelp(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        CommandLine.Model.UsageMessageSpec usage = spec.usageMessage();
        usage.description(paragraphs(usage.description()));
        usage.footer(paragraphs(usage.footer()));
        for (CommandLine.Model.OptionSpec option : List.copyOf(spec.options())) {
            if (option.description().length > 1) {
                spec.remove(option);
                spec.addOption(option.toBuilder().description(paragraphs(option.description())).build());
            }
        }
        for (CommandLine.Model.PositionalParamSpec positional : List.copyOf(spec.positionalParameters())) {
            if (positional.description().length > 1) {
                spec.remove(positional);
                spec.addPositional(positional.toBuilder().description(paragraphs(positional.description())).build());
            }
        }
        command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commandList);
        command.getSubcommands().values().stream().distinct().forEach(Main::wholeSentencesInHelp);
    }

    /**
     * Lines joined into paragraphs. A paragraph ends at an empty line, and before a line indented less than the
     * one above it or following a line that ends with a colon: the hanging indents of a list ("  Types: …" over
     * "    more of it") keep their items apart, and a line indented deeper continues the one above.
     */
    static String[] paragraphs(String[] lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String previous = "";
        for (String line : lines) {
            boolean startsAnother = line.isBlank() || indent(line) < indent(previous)
                    || previous.stripTrailing().endsWith(":");
            if (startsAnother && !paragraph.isEmpty()) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
            if (line.isBlank()) {
                paragraphs.add("");
            } else {
                paragraph.append(paragraph.isEmpty() ? line.stripTrailing() : " " + line.strip());
            }
            previous = line;
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs.toArray(String[]::new);
    }

    private static int indent(String line) {
        return line.isBlank() ? 0 : line.length() - line.stripLeading().length();
    }

    /**
     * The list of commands, each with the first sentence of its description whole: picocli's own list shows only
     * a description's first line, which our descriptions break mid-sentence.
     */
    private static String commandList(CommandLine.Help help) {
        Map<String, CommandLine.Help> commands = help.subcommands();
        if (commands.isEmpty()) {
            return "";
        }
        int nameWidth = 2 + commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        int width = help.commandSpec().usageMessage().width();
        CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(help.colorScheme(),
                new CommandLine.Help.Column(nameWidth + 2, 2, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(Math.max(20, width - nameWidth - 2), 2,
                        CommandLine.Help.Column.Overflow.WRAP));
        for (Map.Entry<String, CommandLine.Help> command : commands.entrySet()) {
            table.addRowValues(command.getKey(), firstSentence(command.getValue().commandSpec()));
        }
        return table.toString();
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.](?=\\s|$)");

    /** A command's header, else the first sentence of its description (up to a period that ends a word). */
    static String firstSentence(CommandLine.Model.CommandSpec command) {
        String[] header = command.usageMessage().header();
        String text = String.join(" ", header.length > 0 ? header : command.usageMessage().description())
                .replaceAll("\\s+", " ").strip();
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Creates commands with the environment they run in. */
    private record Factory(Environment env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Environment.class).newInstance(env);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    /** Reads the version Maven wrote into the jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            Properties props = new Properties();
            try (var in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            }
            return new String[] {"evident " + props.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + ", CoreNLP 4.5.10"};
        }
    }
}
