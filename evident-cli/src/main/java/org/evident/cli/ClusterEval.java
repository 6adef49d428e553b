package org.evident.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.evident.eval.ClusterScore;
import org.evident.eval.CountScorer;
import org.evident.eval.Gold;
import org.evident.eval.GoldCase;
import org.evident.eval.GoldScorer;
import org.evident.eval.MainRecord;
import org.evident.exchange.ArticleEvents;
import org.evident.exchange.ArticleEventsJson;
import org.evident.io.ScratchFolder;
import org.evident.read.ArticleReader;
import org.evident.read.ReadOptions;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipeline;
import org.evident.resolve.MergeRule;
import org.evident.resolve.Occurrence;
import org.evident.resolve.Report;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.evident.store.StoredArticle;
import org.evident.pipeline.Pipelines;

/**
 * evident eval --clusters: merging across articles. The articles are ingested, in publication order, into a
 * temporary store exactly as {@code evident ingest} would store them; then each scored item (an article's main
 * record, or the record matching a gold event) is looked up in the event the store put it in, and the store's
 * events are scored against the real events by {@link ClusterScore}.
 */
final class ClusterEval {

    /** The gold of an article-level set: each article's real event, in the gold file's order. */
    private static final String ARTICLE_GOLD = "gold.tsv";

    /** One article to ingest, with how its scored items are found among its records. */
    private record Case(String name, Article article, String realEvent, Gold gold) {}

    /** One scored item: its name, its real event, and the record standing for it (null when none). */
    private record Item(String name, String realEvent, Article article, EventRecord record) {}

    private final Environment env;
    private final Path input;
    private final List<Path> goldFiles;
    private final Path articlesDir;
    private final String mainCategory;
    private final String mainMode;
    private final Integer limit;
    private final Path extracted;
    private final boolean json;
    private final boolean verbose;
    private final Path codebooks;
    private final String onlyHalf;

    ClusterEval(Environment env, Path input, List<Path> goldFiles, Path articlesDir, String main, Integer limit, Path extracted,
                boolean json, boolean verbose, Path codebooks, String onlyHalf) {
        this.env = env;
        this.input = input;
        this.goldFiles = goldFiles;
        this.articlesDir = articlesDir;
        String[] parts = main == null ? new String[0] : main.split("/", 2);
        this.mainCategory = parts.length > 0 && !parts[0].isBlank() ? parts[0].strip() : null;
        this.mainMode = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
        this.limit = limit;
        this.extracted = extracted;
        this.json = json;
        this.verbose = verbose;
        this.codebooks = codebooks;
        this.onlyHalf = onlyHalf;
    }

    int run() throws IOException {
        List<Case> cases;
        try {
            cases = input == null ? goldFileCases() : articleCases();
        } catch (IOException e) {
            env.err().println("evident: " + e.getMessage());
            return Main.NOTHING_READ;
        }
        if (cases.isEmpty()) {
            env.err().println("evident: " + (input == null ? "the gold files" : input) + ": nothing to score");
            return Main.NOTHING_READ;
        }
        Map<String, List<EventRecord>> records = extract(cases);
        Map<String, StoredArticle> stored = ingest(cases, records);
        List<Item> items = items(cases, records);
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> system = new HashMap<>();
        for (Item item : items) {
            gold.put(item.name(), item.realEvent());
            StoredArticle article = stored.get(item.article().id());
            Long event = item.record() == null || article == null ? null : article.eventIds().get(item.record().id());
            if (event != null) {
                system.put(item.name(), event.toString());
            }
        }
        if (gold.isEmpty()) {
            env.err().println("evident: no gold event is told by two of the articles");
            return Main.NOTHING_READ;
        }
        ClusterScore score = ClusterScore.of(gold, system);
        print(score);
        if (verbose) {
            printErrors(items, system, members(stored));
        }
        env.out().flush();
        return 0;
    }

    /** Article-level gold: DIR/gold.tsv or a TSV file; each line an article id (or file) and its real event. */
    private List<Case> articleCases() throws IOException {
        Path goldFile = Files.isDirectory(input) ? input.resolve(ARTICLE_GOLD) : input;
        Path folder = articlesDir != null ? articlesDir : goldFile.toAbsolutePath().getParent().resolve("articles");
        List<String> lines = Files.readAllLines(goldFile, StandardCharsets.UTF_8);
        ArticleReader reader = Pipelines.reader(ReadOptions.defaults());
        List<Case> cases = new ArrayList<>();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#") || (lineNumber == 1 && line.startsWith("doc_id"))) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 2) {
                throw new IOException(goldFile + " line " + lineNumber + ": expected article<TAB>event, got: " + line);
            }
            if (limit != null && cases.size() >= limit) {
                break;
            }
            // split by real event, so that every report of one event is in the same half
            if (onlyHalf != null && !CountScorer.half(columns[1].strip()).equals(onlyHalf)) {
                continue;
            }
            String id = columns[0].strip();
            Path file = folder.resolve(id.endsWith(".json") || id.endsWith(".txt") ? id : id + ".json");
            Article article = CountEval.read(env, reader, file);
            if (article != null) {
                cases.add(new Case(id, article, columns[1].strip(), null));
            }
        }
        return cases;
    }

    /** Record-level gold: gold files whose event ids name one real event across files. */
    private List<Case> goldFileCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (Path file : goldFiles) {
            if (limit != null && cases.size() >= limit) {
                break;
            }
            GoldCase goldCase = GoldCase.load(file);
            cases.add(new Case(file.getFileName().toString(), goldCase.article(), null, goldCase.gold()));
        }
        return cases;
    }

    /** Each article's records, from --extracted when it holds them, else by running the pipeline. */
    private Map<String, List<EventRecord>> extract(List<Case> cases) throws IOException {
        Map<String, List<EventRecord>> records = new HashMap<>();
        if (extracted != null && Files.isRegularFile(extracted)) {
            int lineNumber = 0;
            for (String line : Files.readAllLines(extracted, StandardCharsets.UTF_8)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ArticleEvents item;
                try {
                    item = ArticleEventsJson.read(line);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--extracted " + extracted + " line " + lineNumber + ": "
                            + e.getMessage(), e);
                }
                records.put(item.article().id(), item.events());
            }
        }
        List<Case> missing = cases.stream().filter(c -> !records.containsKey(c.article().id())).toList();
        if (missing.isEmpty()) {
            return records;
        }
        Pipeline pipeline = env.pipelines().get(codebooks);
        Progress progress = new Progress(env.err(), "clusters", missing.size());
        for (Case c : missing) {
            Outcome outcome = pipeline.process(c.article());
            progress.advance();
            if (outcome.failed()) {
                env.err().println("evident: " + c.name() + ": extraction failed: " + outcome.error());
            }
            records.put(c.article().id(), outcome.records());
        }
        progress.finish();
        if (extracted != null) {
            try (BufferedWriter out = Files.newBufferedWriter(extracted, StandardCharsets.UTF_8)) {
                for (Case c : cases) {
                    out.write(ArticleEventsJson.write(new ArticleEvents(c.article(), records.get(c.article().id()))));
                    out.newLine();
                }
            }
        }
        return records;
    }

    /** Saves the articles in publication order into a store of their own; returns each as stored, by id. */
    private Map<String, StoredArticle> ingest(List<Case> cases, Map<String, List<EventRecord>> records)
            throws IOException {
        List<Case> ordered = new ArrayList<>(cases);
        ordered.sort(Comparator.comparing((Case c) -> c.article().published(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(c -> c.article().id()));
        Map<String, StoredArticle> stored = new HashMap<>();
        try (ScratchFolder folder = ScratchFolder.create("evident-clusters")) {
            StoreLocation location = new StoreLocation(
                    "jdbc:h2:mem:clusters-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", folder.path().resolve("index"));
            try (Store store = Store.open(location, Pipelines.resolver())) {
                for (Case c : ordered) {
                    store.save(c.article(), records.get(c.article().id()));
                }
                for (Case c : ordered) {
                    store.article(c.article().id()).ifPresent(a -> stored.put(c.article().id(), a));
                }
            }
        }
        return stored;
    }

    /** The scored items: each article's main record, or each gold event told by two files and its match. */
    private List<Item> items(List<Case> cases, Map<String, List<EventRecord>> records) {
        List<Item> items = new ArrayList<>();
        Map<String, Integer> files = new HashMap<>();
        for (Case c : cases) {
            if (c.gold() != null) {
                c.gold().events().stream().filter(Gold.GoldEvent::required).map(Gold.GoldEvent::id).distinct()
                        .forEach(id -> files.merge(id, 1, Integer::sum));
            }
        }
        for (Case c : cases) {
            List<EventRecord> own = records.get(c.article().id());
            if (c.gold() == null) {
                Optional<EventRecord> main = MainRecord.of(own, mainCategory, mainMode);
                items.add(new Item(c.name(), c.realEvent(), c.article(), main.orElse(null)));
                continue;
            }
            int[] match = new GoldScorer().matches(c.gold(), c.article().body(), own);
            for (int g = 0; g < match.length; g++) {
                Gold.GoldEvent event = c.gold().events().get(g);
                if (event.required() && files.getOrDefault(event.id(), 0) > 1) {
                    items.add(new Item(c.name() + "#" + event.id(), event.id(), c.article(),
                            match[g] < 0 ? null : own.get(match[g])));
                }
            }
        }
        return items;
    }

    private void print(ClusterScore s) throws IOException {
        if (json) {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("items", s.items());
            node.put("real_events", s.goldClusters());
            node.put("stored_events", s.systemEvents());
            node.put("without_record", s.unclustered());
            node.put("mixed_events", s.mixedEvents());
            node.set("b3", Json.mapper().valueToTree(s.b3()));
            node.set("pairwise", Json.mapper().valueToTree(s.pairs()));
            node.set("b3_all_separate", Json.mapper().valueToTree(s.b3Floor()));
            node.set("pairwise_all_separate", Json.mapper().valueToTree(s.pairsFloor()));
            env.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
            return;
        }
        env.out().printf("clusters items=%d real=%d stored=%d without_record=%d mixed=%d"
                        + "  B3 P=%.3f R=%.3f F1=%.3f  pairwise P=%.3f R=%.3f F1=%.3f"
                        + "  all-separate: B3 F1=%.3f pairwise F1=%.3f%n",
                s.items(), s.goldClusters(), s.systemEvents(), s.unclustered(), s.mixedEvents(),
                s.b3().precision(), s.b3().recall(), s.b3().f1(), s.pairs().precision(), s.pairs().recall(),
                s.pairs().f1(), s.b3Floor().f1(), s.pairsFloor().f1());
    }

    /** Every stored event's records as resolution compares them, by event id. */
    private static Map<String, List<Occurrence>> members(Map<String, StoredArticle> stored) {
        Map<String, List<Occurrence>> members = new HashMap<>();
        for (StoredArticle a : stored.values()) {
            for (EventRecord r : a.records()) {
                Long event = a.eventIds().get(r.id());
                if (event != null) {
                    members.computeIfAbsent(event.toString(), k -> new ArrayList<>())
                            .add(Occurrence.of(new Report(r, a.article().publication(), a.article().published())));
                }
            }
        }
        return members;
    }

    /** Lists every real event split over several stored events, and every stored event holding several. */
    private void printErrors(List<Item> items, Map<String, String> system, Map<String, List<Occurrence>> members) {
        Map<String, List<Item>> byReal = new TreeMap<>();
        Map<String, List<Item>> byStored = new TreeMap<>();
        for (Item item : items) {
            byReal.computeIfAbsent(item.realEvent(), k -> new ArrayList<>()).add(item);
            String event = system.get(item.name());
            if (event != null) {
                byStored.computeIfAbsent(event, k -> new ArrayList<>()).add(item);
            }
        }
        byReal.forEach((real, told) -> {
            long events = told.stream().map(i -> system.getOrDefault(i.name(), "none:" + i.name())).distinct()
                    .count();
            if (events > 1) {
                env.out().println("split " + real + " into " + events + ":");
                List<String> held = told.stream().map(i -> system.get(i.name()))
                        .filter(Objects::nonNull).distinct().toList();
                told.forEach(i -> env.out().println("    " + describe(i, system) + String.join("", held.stream()
                        .map(e -> why(i, system.get(i.name()), e, members.getOrDefault(e, List.of()))).toList())));
            }
        });
        byStored.forEach((event, held) -> {
            if (held.stream().map(Item::realEvent).distinct().count() > 1) {
                env.out().println("mixed event " + event + ":");
                held.forEach(i -> env.out().println("    " + describe(i, system)));
            }
        });
    }

    /**
     * Why an item is not in another stored event of its real event, in the rule's words: the first member there
     * it conflicts with (which keeps it out whatever else agrees), else its best verdict against the members.
     */
    private static String why(Item item, String event, String other, List<Occurrence> members) {
        if (item.record() == null || other == null || other.equals(event)) {
            return "";
        }
        Occurrence occurrence = occurrence(item);
        MergeRule rule = Pipelines.resolver().rule();
        MergeRule.Verdict best = null;
        for (Occurrence member : members) {
            MergeRule.Verdict verdict = rule.compare(occurrence, member);
            if (verdict.conflict()) {
                return "  [vs event " + other + ": conflict with " + member.articleId() + " " + member.place() + " "
                        + days(member) + ": " + verdict.reason() + "]";
            }
            if (best == null || verdict.score() > best.score()) {
                best = verdict;
            }
        }
        return best == null ? "" : "  [vs event " + other + ": " + (best.same() ? "same " + best.score() : "unsure")
                + ": " + best.reason() + "]";
    }

    private static Occurrence occurrence(Item item) {
        return Occurrence.of(new Report(item.record(), item.article().source(), item.article().published()));
    }

    /** The days resolution compares, marked when the text gave none. */
    private static String days(Occurrence o) {
        return o.earliest() + ".." + o.latest() + (o.undated() ? "(undated)" : "");
    }

    private static String describe(Item item, Map<String, String> system) {
        String where = "event " + system.getOrDefault(item.name(), "-");
        if (item.record() == null) {
            return where + "  " + item.name() + " (" + item.realEvent() + "): no record";
        }
        EventRecord r = item.record();
        EventRecord.Location loc = r.eventLoc();
        String place = loc == null ? "-" : (loc.resolvedPlace() != null ? loc.resolvedPlace() : loc.extractedPlace())
                + (loc.resolution() == null ? "" : "@" + loc.resolution());
        String mention = r.mentions().isEmpty() ? "" : r.mentions().get(0).text();
        return where + "  " + item.name() + " (" + item.realEvent() + ") pub " + item.article().published() + ": "
                + r.event() + r.mode() + " date " + r.date() + " days " + days(occurrence(item)) + " place " + place + " actors "
                + r.actor().stream().map(e -> e.code() + ":" + e.entityText()).toList() + " \"" + mention + "\"";
    }
}
