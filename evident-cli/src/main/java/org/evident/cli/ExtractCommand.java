package org.evident.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evident.exchange.ArticleEventsJson;
import org.evident.ingest.Outcomes;
import org.evident.ingest.ReadOptions;
import org.evident.ingest.ReadOutcome;
import org.evident.ingest.Readers;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.pipeline.Outcome;
import org.evident.pipeline.Pipeline;
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
            description = "Folder whose codebook files (triggers.tsv, cues.tsv, …) replace the bundled ones.")
    Path codebooks;

    @CommandLine.Mixin
    ReadingOptions reading = new ReadingOptions();

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
        } catch (IllegalArgumentException e) {
            env.err().println("evident: " + e.getMessage());
            return Main.NOTHING_READ;
        }
        Map<String, List<Article>> articlesByInput = new LinkedHashMap<>();
        int rejected = 0;
        for (String file : files) {
            List<Article> articles = new ArrayList<>();
            try (Outcomes outcomes = Readers.read(file, options, env.in())) {
                while (outcomes.hasNext()) {
                    ReadOutcome outcome = outcomes.next();
                    if (outcome instanceof ReadOutcome.Read read) {
                        articles.add(read.article());
                    } else if (outcome instanceof ReadOutcome.Rejected reject) {
                        env.err().println("evident: " + reject.message());
                        rejected++;
                    }
                }
            }
            articlesByInput.put(file, articles);
        }
        int total = articlesByInput.values().stream().mapToInt(List::size).sum();
        if (total == 0) {
            env.err().println("evident: nothing could be read");
            return Main.NOTHING_READ;
        }
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        Pipeline pipeline = env.pipelines().get(codebooks);
        Progress progress = new Progress(env.err(), "extract", total);
        int failed = 0;
        for (Map.Entry<String, List<Article>> input : articlesByInput.entrySet()) {
            StringBuilder output = new StringBuilder();
            for (Article article : input.getValue()) {
                Outcome outcome = pipeline.process(article);
                progress.advance();
                if (outcome.failed()) {
                    env.err().println("evident: " + article.origin() + ": extraction failed: " + outcome.error());
                    failed++;
                    continue;
                }
                output.append(render(outcome));
            }
            if (outDir != null) {
                if (!input.getValue().isEmpty()) {
                    writeAtomically(outputFile(input.getKey()), output.toString());
                }
            } else {
                env.out().print(output);
                env.out().flush();
            }
        }
        progress.finish();
        return rejected + failed > 0 ? Main.PARTIAL : 0;
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

    /** Writes next to the target and renames, so a crash never leaves a half-written file. */
    private static void writeAtomically(Path target, String content) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".evident-", ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
