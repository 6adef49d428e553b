package org.evident.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evident.eval.CountScorer;
import org.evident.eval.GoldParty;
import org.evident.eval.LabelMapping;
import org.evident.eval.LabelledText;
import org.evident.eval.SentenceScore;
import org.evident.eval.SentenceScorer;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipeline;

/** evident eval --case / --plover-gsr: extraction on labelled snippets or sentences, scored by their label. */
final class SentenceEval {

    /** A test set to run: its JSON key, what its texts are called, its file, reader and mapping. */
    record TestSet(String key, String unit, Path file, Reader reader, LabelMapping mapping) {}

    /** Reads the labelled texts of a file. */
    @FunctionalInterface
    interface Reader {
        List<LabelledText> read(Path file) throws IOException;
    }

    /** What a run gave; {@code partial} when an extraction failed. */
    record Result(TestSet set, SentenceScore score, int failed, double seconds) {}

    private static final int SHOWN_TEXT_CHARS = 160;

    private final Environment env;
    private final Integer limit;
    private final boolean verbose;
    private final Path codebooks;
    private final String half;
    private final String label;

    /**
     * {@code half}: tune or val to score only that half of each set (by the CRC-32 of the text id), or null;
     * {@code label}: the one label whose texts to score, or null for all.
     */
    SentenceEval(Environment env, Integer limit, boolean verbose, Path codebooks, String half, String label) {
        this.env = env;
        this.limit = limit;
        this.verbose = verbose;
        this.codebooks = codebooks;
        this.half = half;
        this.label = label;
    }

    /** Reads and scores one set; null (after a one-line error) when its file cannot be read. */
    Result run(TestSet set) {
        List<LabelledText> texts;
        try {
            texts = set.reader().read(set.file());
        } catch (IOException e) {
            env.err().println("evident: " + e.getMessage());
            return null;
        }
        if (half != null) {
            texts = texts.stream().filter(t -> CountScorer.half(t.id()).equals(half)).toList();
        }
        if (label != null) {
            texts = texts.stream().filter(t -> t.label().equals(label)).toList();
        }
        if (limit != null && texts.size() > limit) {
            texts = texts.subList(0, limit);
        }
        SentenceScorer scorer = new SentenceScorer(set.mapping());
        List<LabelledText> scored = texts.stream().filter(scorer::scores).toList();
        Map<String, Integer> unscored = new TreeMap<>();
        texts.stream().filter(t -> !scorer.scores(t)).forEach(t -> unscored.merge(t.label(), 1, Integer::sum));
        Pipeline pipeline = env.pipelines().get(codebooks);
        Progress progress = new Progress(env.err(), set.key(), scored.size(), set.unit());
        List<SentenceScorer.Result> results = new ArrayList<>();
        int failed = 0;
        long start = System.nanoTime();
        for (LabelledText text : scored) {
            Outcome outcome = pipeline.process(new Article(null, text.origin(), null, text.text(), null, null, null,
                    "en", "news"));
            if (outcome.failed()) {
                env.err().println("evident: " + text.origin() + ": extraction failed: " + outcome.error());
                failed++;
            }
            results.add(scorer.score(text, outcome.records()));
            progress.advance();
        }
        progress.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(set, new SentenceScore(set.mapping().name(), results, unscored), failed, seconds);
    }

    void printText(Result r) {
        SentenceScore s = r.score();
        PrintStream out = env.out();
        String unit = r.set().unit();
        out.printf("%s (%s%s): %d %s scored%s%s%n", s.name(), r.set().file().getFileName(),
                half == null ? "" : ", half " + half, s.texts(), unit,
                s.unscoredTexts() > 0 ? ", " + s.unscoredTexts() + " of unmapped labels not scored" : "",
                r.failed() > 0 ? ", " + r.failed() + " failed" : "");
        out.printf("  category    %.3f  (%d/%d)  records include the mapped category%n", s.categoryShare(),
                s.categoryMet(), s.texts());
        out.printf("  mode        %.3f  (%d/%d)  ... and the mode, where the label fixes one%n", s.modeShare(),
                s.modeMet(), s.texts());
        out.printf("  no record   %.3f  (%d/%d)%n", s.withoutRecordShare(), s.withoutRecord(), s.texts());
        out.printf("  categories  %.2f distinct per %s%n", s.meanCategories(), singular(unit));
        boolean goldParties = s.parties().countries() > 0;
        if (goldParties) {
            out.printf("  parties     %s  gold actors a record's party has%n", s.parties().summary());
        }
        if (half == null) {
            for (String h : List.of(CountScorer.TUNE, CountScorer.VAL)) {
                SentenceScore part = new SentenceScore(s.name(), s.results().stream()
                        .filter(t -> CountScorer.half(t.text().id()).equals(h)).toList(), Map.of());
                out.printf("  half %-4s   category %.3f (%d/%d)  mode %.3f  categories %.2f%s%n", h,
                        part.categoryShare(), part.categoryMet(), part.texts(), part.modeShare(),
                        part.meanCategories(), goldParties ? "  parties " + part.parties().summary() : "");
            }
        }
        int width = s.byLabel().stream().mapToInt(t -> t.label().length()).max().orElse(10);
        int expectedWidth = s.byLabel().stream().mapToInt(t -> t.expectation().toString().length()).max().orElse(10);
        for (SentenceScore.LabelTally t : s.byLabel()) {
            String line = String.format("  %-" + width + "s  %-" + expectedWidth + "s  category %3d/%-3d%s", t.label(),
                    t.expectation(), t.categoryMet(), t.texts(),
                    t.expectation().fixesMode() ? String.format("  mode %3d/%d", t.modeMet(), t.texts()) : "");
            out.println(line.stripTrailing());
        }
        if (!s.unscored().isEmpty()) {
            out.printf("  not scored: %s%n", s.unscored());
        }
        out.printf("  throughput  %.2f %s/s  (%d in %.0f s)%n", s.texts() / Math.max(1e-9, r.seconds()), unit,
                s.texts(), r.seconds());
        if (verbose) {
            s.misses().forEach(m -> out.printf("  miss %s %s: want %s, got %s: %s%n", m.text().origin(),
                    m.text().label(), m.expectation(), m.categories().isEmpty() ? "no record"
                            : String.join(",", new java.util.TreeSet<>(m.categories())), shorten(m.text().text())));
            s.results().stream().filter(m -> !m.missedParties().isEmpty()).forEach(m -> out.printf(
                    "  party-miss %s: want %s; got %s: %s%n", m.text().origin(),
                    m.missedParties().stream().map(SentenceEval::describe).toList(),
                    m.got().stream().map(SentenceEval::describe).distinct().toList(), shorten(m.text().text())));
        }
    }

    static ObjectNode toJson(Result r) {
        SentenceScore s = r.score();
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("set", s.name());
        node.put("file", r.set().file().toString());
        node.put("texts", s.texts());
        node.put("failed", r.failed());
        node.put("category_share", s.categoryShare());
        node.put("category_met", s.categoryMet());
        node.put("mode_share", s.modeShare());
        node.put("mode_met", s.modeMet());
        node.put("without_record_share", s.withoutRecordShare());
        node.put("without_record", s.withoutRecord());
        node.put("mean_categories", s.meanCategories());
        if (s.parties().countries() > 0) {
            ObjectNode parties = node.putObject("parties");
            parties.put("countries", s.parties().countries());
            parties.put("countries_met", s.parties().countriesMet());
            parties.put("sectors", s.parties().sectors());
            parties.put("sectors_met", s.parties().sectorsMet());
        }
        node.put("seconds", r.seconds());
        ObjectNode labels = node.putObject("by_label");
        for (SentenceScore.LabelTally t : s.byLabel()) {
            ObjectNode label = labels.putObject(t.label());
            label.put("expected", t.expectation().toString());
            label.put("texts", t.texts());
            label.put("category_met", t.categoryMet());
            if (t.expectation().fixesMode()) {
                label.put("mode_met", t.modeMet());
            }
        }
        node.set("not_scored", Json.mapper().valueToTree(s.unscored()));
        ArrayNode misses = node.putArray("misses");
        for (SentenceScorer.Result m : s.misses()) {
            ObjectNode miss = misses.addObject();
            miss.put("id", m.text().id());
            miss.put("label", m.text().label());
            miss.put("expected", m.expectation().toString());
            miss.put("category_met", m.categoryMet());
            miss.set("categories", Json.mapper().valueToTree(new java.util.TreeSet<>(m.categories())));
            miss.put("text", m.text().text());
        }
        return node;
    }

    /** "Serb police SRB/COP". */
    private static String describe(GoldParty p) {
        return p.text() + " " + p.country() + (p.sector() == null ? "" : "/" + p.sector());
    }

    /** "Serb police SRB/COP", or the party's words alone when it has no code. */
    private static String describe(EventRecord.Entity p) {
        return p.entityText() + (p.code() == null ? "" : " " + p.code() + (p.sector() == null ? "" : "/" + p.sector()));
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= SHOWN_TEXT_CHARS ? flat : flat.substring(0, SHOWN_TEXT_CHARS) + "…";
    }

    private static String singular(String unit) {
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }
}
