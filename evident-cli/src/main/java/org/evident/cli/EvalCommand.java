package org.evident.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.evident.eval.GoldCase;
import org.evident.eval.GoldScorer;
import org.evident.eval.Score;
import org.evident.eval.ScoreText;
import org.evident.eval.StatusConfusion;
import org.evident.model.Json;
import org.evident.pipeline.Outcome;
import org.evident.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** evident eval: extraction scored against hand-annotated gold events. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
            "Runs extraction on each gold file's article and scores the records by the gold rules:",
            "a record covers a gold event when one of its mentions overlaps the event's anchor or an alias;",
            "the first covering record is the match, later records covering only that event are duplicates,",
            "records covering no gold event are false positives. Recall counts required events; fields",
            "(event, mode, status, loc within 50 km, date within a day, size, source, responsibility,",
            "forecast) are scored on the match of each found required event.",
            "The article path in a gold file is relative to the folder holding gold/ and corpus/."})
final class EvalCommand implements Callable<Integer> {

    private final Environment env;

    @Parameters(paramLabel = "GOLD.json", arity = "1..*", description = "Gold files.")
    List<Path> goldFiles;

    @Option(names = "--json", description = "Print the scores as one JSON object.")
    boolean json;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when the overall F1 is below X.")
    Double minF1;

    @Option(names = "--verbose", description = "Also list the wrong fields and the false positives.")
    boolean verbose;

    @Option(names = "--confusion", description = {"Also print a status confusion table: gold status by record status",
            "over the found required events, with per-status precision and recall."})
    boolean confusion;

    @Option(names = "--codebooks", paramLabel = "DIR", description = "Folder of codebook files replacing the bundled ones.")
    Path codebooks;

    EvalCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        List<Score> scores = new ArrayList<>();
        StatusConfusion statuses = new StatusConfusion();
        int unreadable = 0;
        Pipeline pipeline = null;
        for (Path goldFile : goldFiles) {
            GoldCase goldCase;
            try {
                goldCase = GoldCase.load(goldFile);
            } catch (IOException e) {
                env.err().println("evident: " + e.getMessage());
                unreadable++;
                continue;
            }
            if (pipeline == null) {
                pipeline = env.pipelines().get(codebooks);
            }
            Outcome outcome = pipeline.process(goldCase.article());
            if (outcome.failed()) {
                env.err().println("evident: " + goldFile + ": extraction failed: " + outcome.error());
            }
            scores.add(new GoldScorer().score(goldFile.toString(), goldCase.gold(), goldCase.article().body(),
                    outcome.records()));
            statuses.add(goldCase.gold(), goldCase.article().body(), outcome.records());
        }
        if (scores.isEmpty()) {
            env.err().println("evident: no gold file could be read");
            return Main.NOTHING_READ;
        }
        Score total = Score.total(scores);
        if (json) {
            printJson(scores, total);
        } else {
            scores.forEach(this::printText);
            if (scores.size() > 1) {
                printText(total);
            }
            if (confusion) {
                env.out().print(statuses.format());
            }
        }
        env.out().flush();
        if (minF1 != null && total.f1() < minF1) {
            env.err().printf("evident: F1 %.3f is below --min-f1 %.3f%n", total.f1(), minF1);
            return Main.PARTIAL;
        }
        return unreadable > 0 ? Main.PARTIAL : 0;
    }

    private void printText(Score score) {
        env.out().print(ScoreText.format(score, verbose));
    }

    private void printJson(List<Score> scores, Score total) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode files = root.putArray("files");
        scores.forEach(score -> files.add(scoreJson(score)));
        root.set("total", scoreJson(total));
        env.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static ObjectNode scoreJson(Score score) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("gold", score.gold());
        node.put("recall", score.recall());
        node.put("precision", score.precision());
        node.put("f1", score.f1());
        node.put("required", score.required());
        node.put("found_required", score.foundRequired());
        node.put("records", score.records());
        node.put("duplicates", score.duplicates());
        node.put("false_positives", score.falsePositives());
        ObjectNode fields = node.putObject("fields");
        new TreeMap<>(score.fields()).forEach((name, tally) -> {
            ObjectNode field = fields.putObject(name);
            field.put("accuracy", tally.accuracy());
            field.put("correct", tally.correct());
            field.put("scored", tally.scored());
            field.set("wrong", Json.mapper().valueToTree(tally.wrong()));
        });
        node.set("missed", Json.mapper().valueToTree(score.missed()));
        node.set("false_positive_records", Json.mapper().valueToTree(score.falsePositiveTexts()));
        return node;
    }
}
