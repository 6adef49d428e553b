package org.evident.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.evident.read.Outcomes;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.model.Outcome;
import org.evident.nlp.CoreNlpAnnotator;
import org.evident.pipeline.OrderedBatch;
import org.evident.pipeline.Pipeline;
import org.evident.timing.Stage;
import org.evident.timing.StageTimes;
import org.evident.pipeline.Pipelines;

/**
 * The corpus throughput harness: runs the pipeline over a set of articles and, in the same run and on the same
 * articles, bare CoreNLP with the same annotators on whole documents (the floor Evident is measured against).
 * Reports articles and tokens per second, where the time goes per stage, peak heap, model load time and, for two
 * threads or more, how throughput scales from one thread to two. {@code evident bench} ({@link BenchCommand}) and
 * {@link CorpusThroughput} run it.
 *
 * <p>Both sides warm up on the first articles (not counted), then run the corpus in alternating rounds and keep
 * their faster round, so that lazy loading and the JIT do not land on one side only. Ratios measured within one run
 * hold on a busy machine; absolute rates do not.
 */
public final class Throughput {

    /** Articles processed untimed by each side before the measured runs. */
    private static final int WARM_UP = 2;
    /** Measured runs of each side, alternating; the faster counts. */
    private static final int ROUNDS = 2;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final Pipeline pipeline;
    /** The pipeline's annotator as CoreNLP, when it is: its stage times, sentence counts and settings. */
    private final CoreNlpAnnotator coreNlp;
    private final Consumer<String> progress;
    private final HeapWatch heap = new HeapWatch();

    /**
     * @param coreNlp  the pipeline's annotator as CoreNLP ({@link org.evident.pipeline.Pipelines#coreNlp()}); without
     *                 it there is no baseline and no stage times of the annotation
     * @param progress receives a line now and then during long runs (e.g. standard error)
     */
    public Throughput(Pipeline pipeline, Optional<CoreNlpAnnotator> coreNlp, Consumer<String> progress) {
        this.coreNlp = coreNlp.orElse(null);
        // without a time budget, each article runs on the thread that times it, so its CPU time is counted
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline").withBudget(Duration.ZERO);
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The articles read from a corpus: a file, a folder (recursively) or a glob. */
    public record Corpus(List<Article> articles, int rejected, long readNanos) {}

    /**
     * Reads up to {@code limit} articles (all when limit ≤ 0), timing the reading; each rejected input is counted
     * and its message (input, position, reason) handed to {@code rejected}.
     */
    public static Corpus read(String input, int limit, InputStream stdin, Consumer<String> rejected) {
        long start = System.nanoTime();
        List<Article> articles = new ArrayList<>();
        int rejections = 0;
        try (Outcomes outcomes = Pipelines.read(input, ReadOptions.defaults(), stdin)) {
            while (outcomes.hasNext() && (limit <= 0 || articles.size() < limit)) {
                ReadOutcome outcome = outcomes.next();
                if (outcome instanceof ReadOutcome.Read read) {
                    articles.add(read.article());
                } else if (outcome instanceof ReadOutcome.Rejected reject) {
                    rejections++;
                    rejected.accept(reject.message());
                }
            }
        }
        return new Corpus(articles, rejections, System.nanoTime() - start);
    }

    /**
     * Measures the pipeline and bare CoreNLP on the corpus with {@code threads} threads, in alternating rounds,
     * then (for two or more threads) the pipeline with one thread for the scaling figure.
     *
     * @param loadSeconds how long the pipeline took to build (models, gazetteer), reported as is
     * @param baseline    whether to run the bare CoreNLP baseline (needs a CoreNLP annotator in the pipeline)
     */
    public Report measure(Corpus corpus, int threads, double loadSeconds, boolean baseline) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        List<Article> articles = corpus.articles();
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("the corpus holds no readable article");
        }
        heap.sample();
        CoreNlpAnnotator annotator = coreNlp;
        StanfordCoreNLP bareNlp = baseline && annotator != null ? new StanfordCoreNLP(annotator.properties()) : null;
        warmUp(articles, bareNlp);
        // Alternating rounds, the faster of each side kept: the JIT compiles CoreNLP's hot loops during the first
        // runs, on the same two cores, and whichever side ran first would pay for it.
        Run main = null;
        Run bare = null;
        for (int round = 0; round < ROUNDS; round++) {
            main = faster(main, runPipeline(articles, threads));
            if (bareNlp != null) {
                bare = faster(bare, runBaseline(bareNlp, articles, threads));
            }
        }
        Double scaling = null;
        if (threads >= 2) {
            Run one = runPipeline(articles, 1);
            Run two = threads == 2 ? main : runPipeline(articles, 2);
            scaling = two.articlesPerSecond() / one.articlesPerSecond();
        }
        Double baselineRate = bare == null ? null : bare.articlesPerSecond();
        Double cpuSpeedup = bare == null || main.cpuNanos() == 0 ? null : (double) bare.cpuNanos() / main.cpuNanos();
        long[] counts = annotator == null ? new long[] {0, 0, 0} : annotator.sentenceCounts();
        Double chosen = counts[0] == 0 ? null : (double) counts[1] / counts[0];
        Double timed = counts[0] == 0 ? null : (double) counts[2] / counts[0];
        Map<Stage, Long> stages = new LinkedHashMap<>();
        StageTimes.Snapshot split = main.stages();
        for (Stage stage : Stage.values()) {
            stages.put(stage, stage == Stage.READ ? corpus.readNanos() : split.get(stage));
        }
        StageTimes.Snapshot all = new StageTimes.Snapshot(stages);
        return new Report(articles.size(), main.tokens(), threads, main.articlesPerSecond(),
                main.tokens() / main.seconds(), baselineRate,
                baselineRate == null ? null : main.articlesPerSecond() / baselineRate, all.ownFraction(),
                heap.peakMb(), heap.peakLiveMb(), loadSeconds, scaling, main.failed(), corpus.rejected(),
                annotator == null ? null : annotator.scope().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                chosen, timed, main.cpuNanos() / 1e6 / articles.size(),
                bare == null ? null : bare.cpuNanos() / 1e6 / articles.size(), cpuSpeedup, all);
    }

    /** One measured pass; cpuNanos is the CPU time of the threads that processed the articles. */
    private record Run(double seconds, long cpuNanos, int articles, long tokens, int failed,
                       StageTimes.Snapshot stages) {
        double articlesPerSecond() {
            return articles / seconds;
        }
    }

    private void warmUp(List<Article> articles, StanfordCoreNLP bare) {
        for (Article article : articles.subList(0, Math.min(WARM_UP, articles.size()))) {
            pipeline.process(article);
            if (bare != null) {
                bare.annotate(document(article));
            }
        }
    }

    private static Run faster(Run best, Run next) {
        return best == null || next.seconds() < best.seconds() ? next : best;
    }

    private Run runPipeline(List<Article> articles, int threads) {
        StageTimes.Snapshot nlpBefore = nlpTimes();
        StageTimes.Snapshot extractBefore = pipeline.extractor().times().snapshot();
        StageTimes serialization = new StageTimes();
        AtomicLong tokens = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        Ticker ticker = new Ticker("evident, " + threads + (threads == 1 ? " thread" : " threads"), articles.size());
        AtomicLong cpu = new AtomicLong();
        long start = System.nanoTime();
        new OrderedBatch(article -> {
            long clock = CPU.getCurrentThreadCpuTime();
            Outcome outcome = pipeline.process(article);
            cpu.addAndGet(CPU.getCurrentThreadCpuTime() - clock);
            return outcome;
        }, threads).run(articles.iterator(), outcome -> {
            long clock = System.nanoTime();
            for (EventRecord record : outcome.records()) {
                bytes.addAndGet(serialize(record).length());
            }
            serialization.since(Stage.SERIALIZATION, clock);
            tokens.addAndGet(outcome.tokens());
            failed.addAndGet(outcome.failed() ? 1 : 0);
            heap.sample();
            ticker.tick();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        StageTimes.Snapshot stages = nlpTimes().minus(nlpBefore)
                .plus(pipeline.extractor().times().snapshot().minus(extractBefore))
                .plus(serialization.snapshot());
        return new Run(seconds, cpu.get(), articles.size(), tokens.get(), failed.get(), stages);
    }

    private StageTimes.Snapshot nlpTimes() {
        return coreNlp != null ? coreNlp.times().snapshot() : StageTimes.Snapshot.empty();
    }

    private static String serialize(EventRecord record) {
        try {
            return Json.mapper().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record " + record.id() + " as JSON: " + e.getMessage(), e);
        }
    }

    /** Bare CoreNLP, same settings and annotators, on whole documents. */
    /** Bare CoreNLP on the same articles, scheduled by the same {@link OrderedBatch} as the pipeline's runs. */
    private Run runBaseline(StanfordCoreNLP bare, List<Article> articles, int threads) {
        AtomicLong cpu = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        Ticker ticker = new Ticker("bare CoreNLP, " + threads + (threads == 1 ? " thread" : " threads"), articles.size());
        long start = System.nanoTime();
        new OrderedBatch(article -> {
            long clock = CPU.getCurrentThreadCpuTime();
            try {
                bare.annotate(document(article));
                return Outcome.extracted(article, List.of(), 0);
            } catch (RuntimeException e) {
                return Outcome.failed(article, String.valueOf(e.getMessage()));
            } finally {
                cpu.addAndGet(CPU.getCurrentThreadCpuTime() - clock);
            }
        }, threads).run(articles.iterator(), outcome -> {
            failed.addAndGet(outcome.failed() ? 1 : 0);
            heap.sample();
            ticker.tick();
        });
        return new Run((System.nanoTime() - start) / 1e9, cpu.get(), articles.size(), 0, failed.get(),
                StageTimes.Snapshot.empty());
    }

    private static Annotation document(Article article) {
        Annotation document = new Annotation(article.body());
        if (article.published() != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        return document;
    }

    /** A progress line every few seconds. */
    private final class Ticker {
        private static final long INTERVAL_NANOS = 5_000_000_000L;
        private final String label;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final long start = System.nanoTime();
        private final AtomicLong last = new AtomicLong(start);

        Ticker(String label, int total) {
            this.label = label;
            this.total = total;
        }

        void tick() {
            int n = done.incrementAndGet();
            long now = System.nanoTime();
            long previous = last.get();
            if (now - previous >= INTERVAL_NANOS && last.compareAndSet(previous, now)) {
                progress.accept(String.format(Locale.ROOT, "bench: %s: %d/%d articles, %.2f/s", label, n, total,
                        n / ((now - start) / 1e9)));
            }
        }
    }

    /** The most heap in use at any sample, and the most still live after a collection. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();

        void sample() {
            long used = 0;
            long live = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getUsage().getUsed();
                    live += pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed();
                }
            }
            peak.accumulateAndGet(used, Math::max);
            peakLive.accumulateAndGet(live, Math::max);
        }

        double peakMb() {
            sample();
            return peak.get() / (1024.0 * 1024.0);
        }

        double peakLiveMb() {
            sample();
            return peakLive.get() / (1024.0 * 1024.0);
        }
    }

    /**
     * What one measurement found.
     *
     * @param baselineArticlesPerSecond bare CoreNLP's rate on the same articles, or null when not run
     * @param speedupVsBaseline         the pipeline's rate over the baseline's, or null
     * @param ownStageFraction          the share of Evident's own stages (reading, sentence selection, conversion,
     *                                  matching, geocoding, merging, serialization) in the time of all stages
     * @param peakHeapMb                the most heap in use at any sample (garbage included, so at most -Xmx)
     * @param peakLiveHeapMb            the most heap still in use after a collection
     * @param scaling2vs1               throughput with two threads over one, or null for one thread
     * @param scope                     which sentences NER and the parse ran on, or null without CoreNLP
     * @param chosenSentenceFraction    the share of sentences that NER or the parse ran on, or null
     * @param timedSentenceFraction     the share of sentences that SUTime ran on, or null
     * @param cpuMsPerArticle           CPU time per article of the threads processing them (steadier than rates
     *                                  on a machine shared with other work)
     * @param baselineCpuMsPerArticle   the same for bare CoreNLP, or null
     * @param cpuSpeedupVsBaseline      the baseline's CPU time over the pipeline's, or null
     * @param stages                    nanoseconds per stage, summed over threads
     */
    public record Report(int articles, long tokens, int threads, double articlesPerSecond, double tokensPerSecond,
                         Double baselineArticlesPerSecond, Double speedupVsBaseline, double ownStageFraction,
                         double peakHeapMb, double peakLiveHeapMb, double loadSeconds, Double scaling2vs1,
                         int failed, int rejected, String scope, Double chosenSentenceFraction,
                         Double timedSentenceFraction,
                         double cpuMsPerArticle, Double baselineCpuMsPerArticle, Double cpuSpeedupVsBaseline,
                         StageTimes.Snapshot stages) {

        /** One JSON object: the fixed keys first, then extras (threads, tokens_per_s, stage split, ...). */
        public ObjectNode toJson() {
            ObjectNode json = Json.mapper().createObjectNode();
            json.put("articles", articles);
            json.put("tokens", tokens);
            json.put("articles_per_s", round(articlesPerSecond));
            if (baselineArticlesPerSecond == null) {
                json.putNull("baseline_articles_per_s");
                json.putNull("speedup_vs_baseline");
            } else {
                json.put("baseline_articles_per_s", round(baselineArticlesPerSecond));
                json.put("speedup_vs_baseline", round(speedupVsBaseline));
            }
            json.put("own_stage_fraction", round(ownStageFraction));
            json.put("peak_heap_mb", Math.round(peakHeapMb));
            json.put("load_s", round(loadSeconds));
            if (scaling2vs1 != null) {
                json.put("scaling_2_vs_1", round(scaling2vs1));
            }
            json.put("threads", threads);
            json.put("tokens_per_s", Math.round(tokensPerSecond));
            json.put("peak_live_heap_mb", Math.round(peakLiveHeapMb));
            json.put("cpu_ms_per_article", round(cpuMsPerArticle));
            if (baselineCpuMsPerArticle != null) {
                json.put("baseline_cpu_ms_per_article", round(baselineCpuMsPerArticle));
                json.put("cpu_speedup_vs_baseline", round(cpuSpeedupVsBaseline));
            }
            json.put("failed", failed);
            json.put("rejected", rejected);
            json.put("scope", scope);
            if (chosenSentenceFraction != null) {
                json.put("chosen_sentence_fraction", round(chosenSentenceFraction));
            }
            if (timedSentenceFraction != null) {
                json.put("sutime_sentence_fraction", round(timedSentenceFraction));
            }
            ObjectNode split = json.putObject("stage_fraction");
            long total = Math.max(1, stages.total());
            for (Stage stage : Stage.values()) {
                split.put(stage.name().toLowerCase(Locale.ROOT), round((double) stages.get(stage) / total));
            }
            return json;
        }

        /** The report for people: rates, ratios and the stage table. */
        public String toText() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "articles           %d (%d tokens, %d failed, %d inputs rejected)%n",
                    articles, tokens, failed, rejected));
            text.append(String.format(Locale.ROOT, "threads            %d%s%n", threads,
                    scope == null ? "" : ", annotation scope " + scope
                    + (chosenSentenceFraction == null ? "" : String.format(Locale.ROOT,
                    " (NER/parse on %.0f%%, SUTime on %.0f%% of sentences)", 100 * chosenSentenceFraction,
                    100 * timedSentenceFraction))));
            text.append(String.format(Locale.ROOT, "throughput         %.2f articles/s, %.0f tokens/s%n",
                    articlesPerSecond, tokensPerSecond));
            if (baselineArticlesPerSecond != null) {
                text.append(String.format(Locale.ROOT, "bare CoreNLP       %.2f articles/s (same annotators, whole documents)%n",
                        baselineArticlesPerSecond));
                text.append(String.format(Locale.ROOT, "speedup            %.2fx over bare CoreNLP%n", speedupVsBaseline));
                text.append(String.format(Locale.ROOT, "CPU per article    %.0f ms, bare CoreNLP %.0f ms (%.2fx)%n",
                        cpuMsPerArticle, baselineCpuMsPerArticle, cpuSpeedupVsBaseline));
            }
            if (scaling2vs1 != null) {
                text.append(String.format(Locale.ROOT, "scaling            %.2fx with 2 threads over 1%n", scaling2vs1));
            }
            text.append(String.format(Locale.ROOT, "peak heap          %.0f MB (%.0f MB live after a collection)%n",
                    peakHeapMb, peakLiveHeapMb));
            text.append(String.format(Locale.ROOT, "model load         %.1f s%n", loadSeconds));
            text.append(String.format(Locale.ROOT, "own stages         %.1f%% of stage time%n", 100 * ownStageFraction));
            text.append("stage              ms (all threads)   share\n");
            long total = Math.max(1, stages.total());
            for (Stage stage : Stage.values()) {
                long nanos = stages.get(stage);
                text.append(String.format(Locale.ROOT, "  %-16s %12.0f   %5.1f%%%s%n", stage.name().toLowerCase(Locale.ROOT),
                        nanos / 1e6, 100.0 * nanos / total, stage.own() ? "  (own)" : ""));
            }
            return text.toString();
        }

        private static double round(double value) {
            return Math.round(value * 1000) / 1000.0;
        }
    }
}
