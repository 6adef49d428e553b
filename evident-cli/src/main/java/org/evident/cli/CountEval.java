package org.evident.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evident.eval.CountGold;
import org.evident.eval.CountScore;
import org.evident.eval.CountScorer;
import org.evident.eval.CountScorer.CountResult;
import org.evident.eval.Score.FieldTally;
import org.evident.read.ArticleReader;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;
import org.evident.model.Json;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.Pipelines;

/** evident eval --counts: the main shooting record's dead, injured and city against a casualty-count corpus. */
final class CountEval {

    private final Environment env;
    private final Path input;
    private final String onlyHalf;
    private final Integer limit;
    private final boolean json;
    private final boolean verbose;
    private final Path codebooks;

    CountEval(Environment env, Path input, String onlyHalf, Integer limit, boolean json, boolean verbose,
              Path codebooks) {
        this.env = env;
        this.input = input;
        this.onlyHalf = onlyHalf;
        this.limit = limit;
        this.json = json;
        this.verbose = verbose;
        this.codebooks = codebooks;
    }

    /** Scores the corpus; exit code 0, or PARTIAL when some article could not be read or extracted. */
    int run() throws IOException {
        Path goldFile = Files.isDirectory(input) ? input.resolve("gold.jsonl") : input;
        Path articles = goldFile.toAbsolutePath().getParent().resolve("articles");
        List<CountGold> golds;
        try {
            golds = CountGold.read(goldFile);
        } catch (IOException e) {
            env.err().println("evident: " + (e.getMessage() != null && e.getMessage().contains(goldFile.toString())
                    ? e.getMessage() : goldFile + ": cannot read the gold file: " + e.getMessage()));
            return Main.NOTHING_READ;
        }
        if (onlyHalf != null) {
            golds = golds.stream().filter(g -> CountScorer.half(g.id()).equals(onlyHalf)).toList();
        }
        if (limit != null && golds.size() > limit) {
            golds = golds.subList(0, limit);
        }
        ArticleReader reader = Pipelines.reader(ReadOptions.defaults());
        Pipeline pipeline = env.pipelines().get(codebooks);
        Progress progress = new Progress(env.err(), "counts", golds.size());
        Map<String, List<CountResult>> byHalf = new LinkedHashMap<>();
        byHalf.put(CountScorer.TUNE, new ArrayList<>());
        byHalf.put(CountScorer.VAL, new ArrayList<>());
        boolean partial = false;
        for (CountGold gold : golds) {
            Article article = read(env, reader, articles.resolve(gold.id() + ".json"));
            progress.advance();
            if (article == null) {
                partial = true;
                continue;
            }
            Outcome outcome = pipeline.process(article);
            if (outcome.failed()) {
                env.err().println("evident: " + article.origin() + ": extraction failed: " + outcome.error());
                partial = true;
            }
            byHalf.get(CountScorer.half(gold.id())).add(new CountScorer().score(gold, outcome.records()));
        }
        progress.finish();
        List<CountScore> scores = new ArrayList<>();
        byHalf.forEach((half, results) -> {
            if (!results.isEmpty()) {
                scores.add(CountScore.of(half, results));
            }
        });
        if (scores.size() > 1) {
            scores.add(CountScore.of("all", byHalf.values().stream().flatMap(List::stream).toList()));
        }
        if (scores.isEmpty()) {
            env.err().println("evident: no article of " + goldFile + " could be scored");
            return Main.NOTHING_READ;
        }
        print(scores);
        return partial ? Main.PARTIAL : 0;
    }

    /** One article file read, or null with the reason on stderr (shared with evident eval --clusters). */
    static Article read(Environment env, ArticleReader reader, Path file) {
        if (!Files.isRegularFile(file)) {
            env.err().println("evident: " + file + ": no such article file");
            return null;
        }
        for (ReadOutcome outcome : reader.read(file)) {
            if (outcome instanceof ReadOutcome.Read read) {
                return read.article();
            }
            if (outcome instanceof ReadOutcome.Rejected rejected) {
                env.err().println("evident: " + rejected.message());
            }
        }
        return null;
    }

    private void print(List<CountScore> scores) throws IOException {
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            scores.forEach(s -> root.set(s.name(), toJson(s)));
            env.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            for (CountScore s : scores) {
                env.out().printf("%-5s articles=%d no_record=%d dead=%.3f injured=%.3f city=%.3f"
                                + "  constant(1 dead, 0 injured): dead=%.3f injured=%.3f%n", s.name(), s.articles(),
                        s.withoutRecord(), s.dead().accuracy(), s.injured().accuracy(), s.city().accuracy(),
                        s.constantDead().accuracy(), s.constantInjured().accuracy());
            }
            if (verbose) {
                CountScore last = scores.get(scores.size() - 1);
                last.dead().wrong().forEach(w -> env.out().println("  dead wrong: " + w));
                last.injured().wrong().forEach(w -> env.out().println("  injured wrong: " + w));
                last.city().wrong().forEach(w -> env.out().println("  city wrong: " + w));
            }
        }
        env.out().flush();
    }

    private static ObjectNode toJson(CountScore s) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("articles", s.articles());
        node.put("without_record", s.withoutRecord());
        tally(node.putObject("dead"), s.dead());
        tally(node.putObject("injured"), s.injured());
        tally(node.putObject("city"), s.city());
        tally(node.putObject("constant_dead"), s.constantDead());
        tally(node.putObject("constant_injured"), s.constantInjured());
        return node;
    }

    private static void tally(ObjectNode node, FieldTally t) {
        node.put("accuracy", t.accuracy());
        node.put("correct", t.correct());
        node.put("scored", t.scored());
        node.set("wrong", Json.mapper().valueToTree(t.wrong()));
    }
}
