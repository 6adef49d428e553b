package org.evident.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.evident.eval.CountScorer;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipeline;

/**
 * evident eval --genres: how much a corpus sorted by page section (DIR/&lt;section&gt;/*.txt) yields per section,
 * to see that sports, entertainment and product pages give (almost) nothing while politics keeps its events.
 */
final class GenreEval {

    private final Environment env;
    private final Path root;
    private final String onlyHalf;
    private final Integer limit;
    private final boolean json;
    private final boolean verbose;
    private final Path codebooks;

    GenreEval(Environment env, Path root, String onlyHalf, Integer limit, boolean json, boolean verbose,
              Path codebooks) {
        this.env = env;
        this.root = root;
        this.onlyHalf = onlyHalf;
        this.limit = limit;
        this.json = json;
        this.verbose = verbose;
        this.codebooks = codebooks;
    }

    /** One section of one half: articles read, articles with a record, records in all and per category. */
    private static final class Tally {
        int articles;
        int withRecord;
        int records;
        final Map<String, Integer> byCategory = new TreeMap<>();

        void add(List<EventRecord> found) {
            articles++;
            withRecord += found.isEmpty() ? 0 : 1;
            records += found.size();
            for (EventRecord r : found) {
                String category = r.event().isEmpty() ? "-" : r.event().get(0);
                byCategory.merge(category, 1, Integer::sum);
            }
        }

        double share() {
            return articles == 0 ? 0 : (double) withRecord / articles;
        }

        double mean(int count) {
            return articles == 0 ? 0 : (double) count / articles;
        }
    }

    /** Reads every section's articles; exit 0, PARTIAL when some could not be read or extracted. */
    int run() throws IOException {
        if (!Files.isDirectory(root)) {
            env.err().println("evident: " + root + ": not a folder of section folders");
            return Main.NOTHING_READ;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> sections = Files.list(root)) {
            for (Path section : sections.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> texts = Files.list(section)) {
                    texts.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
        }
        files.removeIf(f -> onlyHalf != null && !half(f).equals(onlyHalf));
        if (limit != null) {
            Map<Path, Integer> taken = new java.util.HashMap<>();
            files.removeIf(f -> taken.merge(f.getParent(), 1, Integer::sum) > limit);
        }
        if (files.isEmpty()) {
            env.err().println("evident: " + root + ": no section folder holds a .txt article");
            return Main.NOTHING_READ;
        }
        Pipeline pipeline = env.pipelines().get(codebooks);
        Progress progress = new Progress(env.err(), "genres", files.size());
        Map<String, Map<String, Tally>> byHalf = new TreeMap<>();
        boolean partial = false;
        for (Path file : files) {
            String section = file.getParent().getFileName().toString();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                env.err().println("evident: " + file + ": cannot read: " + e.getMessage());
                partial = true;
                continue;
            }
            // no section label: the extractor must tell the genre from the text alone
            Outcome outcome = pipeline.process(Article.of(file.toString(), text, null));
            progress.advance();
            if (outcome.failed()) {
                env.err().println("evident: " + file + ": extraction failed: " + outcome.error());
                partial = true;
            }
            byHalf.computeIfAbsent(half(file), h -> new TreeMap<>()).computeIfAbsent(section, s -> new Tally())
                    .add(outcome.records());
            if (verbose && !outcome.records().isEmpty()) {
                for (EventRecord r : outcome.records()) {
                    env.out().printf("  %s %s %s %s: %s%n", half(file), relative(file), r.event(), r.status(),
                            r.mentions().get(0).text());
                }
            }
        }
        progress.finish();
        print(byHalf);
        return partial ? Main.PARTIAL : 0;
    }

    /** The half of an article, fixed by the CRC-32 of its path below the corpus folder ("sport/001.txt"). */
    private String half(Path file) {
        return CountScorer.half(relative(file));
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private void print(Map<String, Map<String, Tally>> byHalf) throws IOException {
        if (json) {
            ObjectNode node = Json.mapper().createObjectNode();
            byHalf.forEach((half, sections) -> {
                ObjectNode halfNode = node.putObject(half);
                sections.forEach((section, t) -> {
                    ObjectNode s = halfNode.putObject(section);
                    s.put("articles", t.articles);
                    s.put("with_record", t.withRecord);
                    s.put("records", t.records);
                    ObjectNode categories = s.putObject("by_category");
                    t.byCategory.forEach(categories::put);
                });
            });
            env.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } else {
            byHalf.forEach((half, sections) -> sections.forEach((section, t) -> {
                StringBuilder categories = new StringBuilder();
                t.byCategory.forEach((c, n) -> categories.append(String.format(" %s=%.2f", c, t.mean(n))));
                env.out().printf("%-5s %-14s articles=%d with_record=%.3f records/article=%.2f%s%n", half, section,
                        t.articles, t.share(), t.mean(t.records), categories);
            }));
        }
        env.out().flush();
    }
}
