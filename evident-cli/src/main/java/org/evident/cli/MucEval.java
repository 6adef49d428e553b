package org.evident.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evident.eval.muc.KeyTemplate;
import org.evident.eval.muc.MucKeys;
import org.evident.eval.muc.MucMessage;
import org.evident.eval.muc.MucScore;
import org.evident.eval.muc.MucScorer;
import org.evident.eval.muc.MucTexts;
import org.evident.model.Json;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipeline;

/** evident eval --muc: extraction on MUC-4 messages, scored against their answer keys. */
final class MucEval {

    private final Environment env;
    private final List<Path> files;
    private final Integer limit;
    private final boolean json;
    private final boolean verbose;
    private final Path codebooks;

    MucEval(Environment env, List<Path> files, Integer limit, boolean json, boolean verbose, Path codebooks) {
        this.env = env;
        this.files = files;
        this.limit = limit;
        this.json = json;
        this.verbose = verbose;
        this.codebooks = codebooks;
    }

    /** Scores every pair; the result, or null when nothing could be read. */
    Result run() {
        List<Task> tasks = new ArrayList<>();
        boolean unreadable = readTasks(tasks);
        if (tasks.isEmpty()) {
            env.err().println("evident: no MUC message could be read");
            return null;
        }
        Pipeline pipeline = env.pipelines().get(codebooks);
        Progress progress = new Progress(env.err(), "muc", tasks.size());
        MucScore total = MucScore.EMPTY;
        int failed = 0;
        long start = System.nanoTime();
        for (Task task : tasks) {
            Outcome outcome = pipeline.process(task.message.article());
            if (outcome.failed()) {
                env.err().println("evident: " + task.message.origin() + ": extraction failed: " + outcome.error());
                failed++;
            }
            total = total.plus(new MucScorer().score(task.message, task.templates, outcome.records()));
            progress.advance();
        }
        progress.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(label(), total, failed, seconds, unreadable || failed > 0);
    }

    /** What a run gave; {@code partial} when some file, message or extraction failed. */
    record Result(String label, MucScore score, int failed, double seconds, boolean partial) {}

    private boolean readTasks(List<Task> tasks) {
        boolean unreadable = false;
        for (int i = 0; i + 1 < files.size(); i += 2) {
            try {
                MucKeys.Keys keys = MucKeys.read(files.get(i));
                keys.problems().forEach(p -> env.err().println("evident: warning: " + p));
                Map<String, List<KeyTemplate>> byMessage = new LinkedHashMap<>();
                keys.templates().forEach(t -> byMessage.computeIfAbsent(t.messageId(), id -> new ArrayList<>()).add(t));
                for (MucMessage message : MucTexts.read(files.get(i + 1))) {
                    if (limit != null && tasks.size() >= limit) {
                        break;
                    }
                    if (!keys.messageIds().contains(message.id())) {
                        env.err().println("evident: " + message.origin() + ": not in key file " + files.get(i) + ", skipped");
                        unreadable = true;
                        continue;
                    }
                    tasks.add(new Task(message, byMessage.getOrDefault(message.id(), List.of())));
                }
            } catch (IOException e) {
                env.err().println("evident: " + e.getMessage());
                unreadable = true;
            }
        }
        return unreadable;
    }

    private String label() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i < files.size(); i += 2) {
            names.add(files.get(i).getFileName().toString());
        }
        return "MUC-4 " + String.join(" + ", names) + (limit == null ? "" : " (first " + limit + " messages)");
    }

    void print(Result result) throws IOException {
        if (json) {
            env.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(result)));
        } else {
            printText(result);
        }
        env.out().flush();
    }

    private void printText(Result r) {
        MucScore s = r.score();
        var out = env.out();
        out.printf("%s: %d messages%s%n", r.label(), s.messages(), r.failed() > 0 ? ", " + r.failed() + " failed" : "");
        out.printf("  recall     %.3f  (%d/%d required templates found; %d optional found)%n", s.recall(), s.found(),
                s.required(), s.optionalFound());
        out.printf("  precision  %.3f  (%d/%d records; %d duplicates, %d false positives)%n", s.precision(),
                s.correct(), s.records(), s.duplicates(), s.falsePositives().size());
        out.printf("  F1         %.3f%n", s.f1());
        out.printf("  no country %.3f  (%d/%d records of a MUC type whose place has no country)%n",
                s.withoutCountryShare(), s.withoutCountry(), s.records());
        s.byType().forEach((type, t) -> out.printf("  recall %-22s %.3f  (%d/%d)%n", type, t.accuracy(), t.correct(), t.scored()));
        s.slots().forEach((slot, t) -> out.printf("  slot %-16s %.3f  (%d/%d)%s%n", slot, t.accuracy(), t.correct(),
                t.scored(), verbose && !t.wrong().isEmpty() ? "  wrong: " + String.join(", ", t.wrong()) : ""));
        out.printf("  throughput %.2f messages/s  (%d in %.0f s)%n", s.messages() / r.seconds(), s.messages(), r.seconds());
        if (verbose) {
            s.missed().forEach(m -> out.printf("  missed: %s%n", m));
            s.falsePositives().forEach(f -> out.printf("  false positive: %s%n", f));
        }
    }

    private static ObjectNode toJson(Result r) {
        MucScore s = r.score();
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("muc", r.label());
        node.put("messages", s.messages());
        node.put("failed", r.failed());
        node.put("recall", s.recall());
        node.put("precision", s.precision());
        node.put("f1", s.f1());
        node.put("required", s.required());
        node.put("found", s.found());
        node.put("optional_found", s.optionalFound());
        node.put("records", s.records());
        node.put("correct_records", s.correct());
        node.put("duplicates", s.duplicates());
        node.put("without_country", s.withoutCountry());
        node.put("without_country_share", s.withoutCountryShare());
        node.put("seconds", r.seconds());
        node.put("messages_per_second", s.messages() / r.seconds());
        node.set("recall_by_type", tallies(s.byType()));
        node.set("slots", tallies(s.slots()));
        node.set("missed", Json.mapper().valueToTree(s.missed()));
        node.set("false_positives", Json.mapper().valueToTree(s.falsePositives()));
        return node;
    }

    private static ObjectNode tallies(Map<String, MucScore.Tally> tallies) {
        ObjectNode node = Json.mapper().createObjectNode();
        tallies.forEach((name, t) -> {
            ObjectNode field = node.putObject(name);
            field.put("accuracy", t.accuracy());
            field.put("correct", t.correct());
            field.put("scored", t.scored());
            field.set("wrong", Json.mapper().valueToTree(t.wrong()));
        });
        return node;
    }

    private record Task(MucMessage message, List<KeyTemplate> templates) {}

}
