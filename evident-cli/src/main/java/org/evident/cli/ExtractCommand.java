package org.evident.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evident.exchange.ArticleEventsJson;
import org.evident.read.Outcomes;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.read.Readers;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.pipeline.OrderedBatch;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** evident extract: articles in, event records out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Extracts event records from articles and writes them as JSON Lines (one record per line).",
            "Reads plain text (optionally with a front-matter block), HTML pages, RSS and Atom feeds, news-please "
                + "JSON, JSON arrays and JSON Lines, and WARC web archives (such as CC-NEWS), any of them gzipped; "
                + "the format is told from the content.",
            "FILE may be a file, a directory (read recursively), a quoted glob pattern ('news/**.html') or -. "
                + "With no FILE, reads standard input.",
            "Rejected inputs and records are reported on standard error, one line each (input, position, reason); "
                + "the others are still processed."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, json }

    private final Environment env;

    @Parameters(paramLabel = "FILE", description = "Article files, directories, glob patterns, or - for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that do not give their own; anchors relative dates.")
    LocalDate published;

    @Option(names = "--title", paramLabel = "T", description = "Title for articles that do not give their own.")
    String title;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default): one record per line; json: per article {\"article\": {…, \"text\"}, \"events\": […]}.")
    Format format;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Write one file per input, DIR/<input file name>.jsonl (or .json), instead of standard output.")
    Path outDir;

    @Option(names = "--codebooks", paramLabel = "DIR",
            description = "Folder whose codebook files (triggers.tsv, cues.tsv, …) replace the bundled ones;"
                    + " a file NAME.add.tsv (triggers.add.tsv) adds its rows to the codebook NAME.tsv instead.")
    Path codebooks;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles processed at once (default: the number of cores); output keeps the input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @CommandLine.Mixin
    ReadingOptions reading = new ReadingOptions();

    @CommandLine.Mixin
    LogOptions log = new LogOptions();

    @CommandLine.Mixin
    BudgetOption budget = new BudgetOption();

    ExtractCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        if (files.isEmpty()) {
            files.add("-");
        }
        ReadOptions options;
        try {
            options = reading.options(published, title);
            budget.check();
        } catch (IllegalArgumentException e) {
            env.err().println("evident: " + e.getMessage());
            return Main.NOTHING_READ;
        }
        if (threads < 1) {
            env.err().println("evident: --threads must be at least 1, was " + threads);
            return Main.NOTHING_READ;
        }
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        // Articles stream from the readers through the workers to the output: only the few in flight are in memory.
        Progress progress = new Progress(env.err(), "extract", Progress.UNKNOWN_TOTAL);
        int[] counts = new int[3]; // read, rejected, failed
        Pipeline pipeline = null; // built on the first readable article: an input of rejects loads no models
        for (String file : files) {
            try (Outcomes outcomes = Pipelines.read(file, options, env.in())) {
                ArticleStream articles = new ArticleStream(outcomes, reject -> {
                    env.err().println("evident: " + reject.message());
                    counts[1]++;
                });
                if (!articles.hasNext()) {
                    continue;
                }
                if (pipeline == null) {
                    pipeline = budget.apply(env.pipelines().get(codebooks));
                }
                try (Output output = open(file)) {
                    new OrderedBatch(pipeline, threads).run(articles, outcome -> {
                        progress.advance();
                        if (outcome.failed()) {
                            env.err().println("evident: " + outcome.article().origin() + ": extraction failed: "
                                    + outcome.error());
                            counts[2]++;
                        } else {
                            output.write(render(outcome));
                        }
                    });
                    output.commit();
                }
                counts[0] += articles.read();
            }
        }
        progress.finish();
        if (counts[0] == 0) {
            env.err().println("evident: nothing could be read");
            return Main.NOTHING_READ;
        }
        return counts[1] + counts[2] > 0 ? Main.PARTIAL : 0;
    }

    /** Where one input's records go: standard output, or a file in --out-dir written whole or not at all. */
    private interface Output extends AutoCloseable {
        void write(String text);

        /** Makes what was written visible (renames the finished file into place). */
        void commit() throws IOException;

        @Override
        void close() throws IOException;
    }

    private Output open(String input) throws IOException {
        if (outDir == null) {
            return new Output() {
                @Override
                public void write(String text) {
                    env.out().print(text);
                }

                @Override
                public void commit() {
                    env.out().flush();
                }

                @Override
                public void close() {
                    env.out().flush();
                }
            };
        }
        Path target = outputFile(input);
        // written next to the target and renamed, so a crash never leaves a half-written file
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".evident-", ".tmp");
        Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        return new Output() {
            @Override
            public void write(String text) {
                try {
                    writer.write(text);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + temp + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void commit() throws IOException {
                writer.close();
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }

            @Override
            public void close() throws IOException {
                writer.close();
                Files.deleteIfExists(temp);
            }
        };
    }

    private String render(Outcome outcome) {
        try {
            if (format == Format.jsonl) {
                StringBuilder lines = new StringBuilder();
                for (EventRecord record : outcome.records()) {
                    lines.append(Json.mapper().writeValueAsString(record)).append('\n');
                }
                return lines.toString();
            }
            ObjectNode document = Json.mapper().createObjectNode();
            document.set("article", ArticleEventsJson.articleNode(outcome.article()));
            document.set("events", Json.mapper().valueToTree(outcome.records()));
            ObjectWriter writer = Json.mapper().writerWithDefaultPrettyPrinter();
            StringWriter text = new StringWriter();
            writer.writeValue(text, document);
            return text + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path outputFile(String input) {
        Path path = input.equals("-") || Readers.isGlob(input) ? null : Path.of(input).getFileName();
        String name = path == null ? input.equals("-") ? "stdin" : input.replaceAll("[^A-Za-z0-9._-]+", "_") : path.toString();
        return outDir.resolve(name + (format == Format.jsonl ? ".jsonl" : ".json"));
    }
}
