package org.evident.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.evident.eval.CountScorer;
import org.evident.eval.GoldCase;
import org.evident.eval.GoldScorer;
import org.evident.eval.LabelMapping;
import org.evident.eval.LabelledTexts;
import org.evident.eval.Score;
import org.evident.eval.ScoreText;
import org.evident.eval.StatusConfusion;
import org.evident.model.Json;
import org.evident.model.Outcome;
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
            "The article path in a gold file is relative to the folder holding gold/ and corpus/."},
        footerHeading = "%nMUC-4 scoring:%n", footer = {
            "With --muc KEYFILE TEXTFILE (repeatable, e.g. tst1 and tst2), scores incidents",
            "  against MUC-4 answer keys:",
            "  Types: ATTACK = ASSAULT (any other mode), BOMBING = ASSAULT explosives,",
            "    KIDNAPPING = ASSAULT abduct, ARSON = ASSAULT destroy, ROBBERY = COERCE",
            "    seize, FORCED WORK STOPPAGE = PROTEST strike. Records of those count,",
            "    whatever their status; other records are ignored. A record's MUC type",
            "    takes its modes in the order abduct, explosives, destroy.",
            "  Matching: a record can match a key template of the same message when its",
            "    category is that of one of the template's types and either a content word",
            "    of the record (mentions, evidence, actors, recipients, place) is a content",
            "    word of the template's string fills (instrument, perpetrators, targets,",
            "    names, descriptions, places below the country), or its mentions hold a",
            "    trigger word of the type (kidnap, bomb, burn, ...) and its date or place",
            "    agrees. Best pairs first (shared words, +2 exact type, +1 date, +1 place),",
            "    each record and template once. Words: upper-cased, function words out,",
            "    plural s dropped.",
            "  Recall: matched / non-optional templates; optional templates (OPTIONAL)",
            "    count only when found.",
            "  Precision: matched records / records of a MUC type; duplicates (a second",
            "    record for a template) and false positives both count against it. Messages",
            "    whose key is '*' have no incident.",
            "  Slots, on matched templates and only where the key fills them (\"-\" and \"*\"",
            "    are not scored): type (the exact MUC type, alternatives 'A / B' accepted);",
            "    date (the record's date or date_info range overlaps a key range: '30 DEC",
            "    89' one day, '- 08 JAN 90' up to that day, 'A - B' the range); country",
            "    (the key place's first part, e.g. EL SALVADOR in 'EL SALVADOR: SAN",
            "    SALVADOR (CITY)', equals the record's country name or ISO code); place (a",
            "    record place - as written, resolved or its province - and a key place",
            "    below the country, or the country when the key has nothing finer, share",
            "    all words of one of them; kinds in parentheses dropped); perp_individual,",
            "    perp_org (record actors and responsibility), phys_target, hum_target",
            "    (record recipients; names and descriptions): right when any alternative of",
            "    any fill and a record phrase share a head word, '?' fills scored as the",
            "    others; effect_death / effect_injury (key effect DEATH / INJURY present",
            "    exactly when size.dead / size.injured is filled). Key fills that cannot be",
            "    read (a date without a year) are reported on stderr, not scored.",
            "",
            "Sentence sets (--case FILE, --plover-gsr FILE): each snippet or sentence is",
            "  read as one article; it counts when its records include the category its",
            "  label maps to (any status), and for the mode share when also a record of",
            "  that category has the mapped mode. Shares are over the scored texts; labels",
            "  without a mapping are counted but not scored. Also reported: the share with",
            "  no record at all and the mean number of distinct categories per text.",
            "  PLOVER gold records also score their actors: of the gold source and target",
            "  actors with a country code, those whose code some record's actor or",
            "  recipient has (country), and of those with a sector, those whose code and",
            "  sector one party has (country+sector; a gold sector counts by its first",
            "  three letters, '***' is none).",
            "  CASE 2021 task 2 sub-types: ARMED_CLASH, ATTACK = ASSAULT; AIR_STRIKE =",
            "    ASSAULT aerial|drone; SUIC_BOMB = ASSAULT suicide-attack; REM_EXPLOS,",
            "    GRENADE = ASSAULT explosives; ART_MISS_ATTACK = ASSAULT heavy-weapons;",
            "    CHEM_WEAP = ASSAULT unconventional; SEX_VIOL = ASSAULT sexual;",
            "    ABDUCT_DISSAP = ASSAULT abduct; PROPERTY_DISTRUCT = ASSAULT destroy;",
            "    ARREST = COERCE arrest; DISR_WEAP = COERCE seize; FORCE_AGAINST_PROTEST =",
            "    ASSAULT|COERCE; PEACE_PROTEST, PROTEST_WITH_INTER, VIOL_DEMONSTR = PROTEST;",
            "    MOB_VIOL = ASSAULT|PROTEST; AGREEMENT = AGREE|COOPERATE; DIPLO =",
            "    CONSULT|AGREE|SUPPORT|COOPERATE; NATURAL_DISASTER, MAN_MADE_DISASTER =",
            "    X-DISASTER; ATTRIB = a record with a responsibility entry of status",
            "    CLAIMED. Not scored: GOV_REGAINS_TERIT, NON_STATE_ACTOR_OVERTAKES_TER,",
            "    NON_VIOL_TERRIT_TRANSFER, HQ_ESTABLISHED, CHANGE_TO_GROUP_ACT, ORG_CRIME,",
            "    OTHER.",
            "  PLOVER gold-standard records: each category itself; the file's older names",
            "    DEMAND = REQUEST, FIGHT = ASSAULT, DISAPPROVE and INVESTIGATE = ACCUSE.",
            "    The DOCUMENT record is left out."})
final class EvalCommand implements Callable<Integer> {

    private final Environment env;

    @Parameters(paramLabel = "GOLD.json", arity = "0..*", description = "Gold files.")
    List<Path> goldFiles = List.of();

    @Option(names = "--muc", arity = "2", paramLabel = "FILE",
            description = "Score a MUC-4 answer key (first FILE) against its messages (second FILE); repeatable.")
    List<Path> muc;

    @Option(names = "--case", paramLabel = "FILE",
            description = "Score CASE 2021 task 2 snippets (TSV: id, EventSnippet, SubType) by their sub-type.")
    Path caseFile;

    @Option(names = "--plover-gsr", paramLabel = "FILE",
            description = "Score the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt) by their category.")
    Path ploverGsr;

    @Option(names = "--limit", paramLabel = "N",
            description = "With --muc, --case, --plover-gsr, --counts, --genres or --clusters: only the first N"
                    + " messages, texts, articles or gold files.")
    Integer limit;

    @Option(names = "--counts", paramLabel = "DIR-or-FILE", description = {
            "Score casualty counts on a gun-violence corpus: a folder holding gold.jsonl and articles/<id>.json",
            "  (or the gold.jsonl itself; one line per article: id, killed, injured, city).",
            "  Per article the main record is the first ASSAULT record with mode firearms (by first mention),",
            "  else the first ASSAULT record, else none. dead and injured must equal killed and injured",
            "  exactly; a count the record leaves empty reads as 0; no main record is wrong on every field.",
            "  city is right when the gold city and the record place (as written or resolved), case and",
            "  punctuation aside, are equal or the record's holds the gold city as whole words (not the other",
            "  way: 'York' is not New York); a gold without a city is",
            "  not scored on it. Printed per half (tune/val, fixed by the CRC-32 of the article id) and for",
            "  all, beside the constant answer '1 dead, 0 injured'. --verbose lists the misses of the last line."})
    Path counts;

    @Option(names = "--clusters", paramLabel = "DIR-or-FILE", description = {
            "Score merging across articles: ingest the articles, in publication order, into a temporary store",
            "  as `evident ingest` does, and score the store's events against the real events by B3 and pairwise",
            "  precision, recall and F1, beside the same measures for leaving every item apart (all-separate).",
            "  DIR holding gold.tsv (or the TSV itself): one line per article, its id (the file articles/<id>.json",
            "  next to the TSV, or below --articles) and its real event; an item is the article's main record: the",
            "  record with the most mentions (the earlier first mention breaking ties; a statement, X-STATEMENT, only",
            "  when there is nothing else), or with --main the first",
            "  of that category (and mode). Items without a record stand alone. --verbose lists split and mixed",
            "  events."})
    Path clusters;

    @Option(names = "--across", description = {
            "Score merging across the given gold files as --clusters does, where an item is each required gold",
            "  event whose id two or more of the files use (the same id names one real event across files),",
            "  standing for the record that matches it as plain eval finds it."})
    boolean across;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "With --clusters and a TSV: the folder of the articles (default: articles/ beside the TSV).")
    Path articles;

    @Option(names = "--main", paramLabel = "CATEGORY[/MODE]", description = {
            "With --clusters: an article's main record is its first record of this category, preferring one of",
            "  this mode (ASSAULT/firearms is --counts' main shooting record)."})
    String main;

    @Option(names = "--extracted", paramLabel = "FILE", description = {
            "With --clusters: read each article's records from FILE (one article with its records per line, as",
            "  `evident spark extract` writes) when it holds them, and write FILE after extracting, so a merge",
            "  rule can be measured again without extracting again."})
    Path extracted;

    @Option(names = "--genres", paramLabel = "DIR", description = {
            "Count records on a corpus sorted by page section: DIR/<section>/*.txt, one plain-text article",
            "  a file (first line the title), read without its section label. Per half (tune/val, fixed by",
            "  the CRC-32 of the path below DIR, e.g. sport/001.txt) and section: articles, the share with at",
            "  least one record, records per article, and records per article of each category. Pages without",
            "  events (sport, entertainment, products) should give (almost) none. --limit N reads the first N",
            "  articles of each section (and half). --verbose lists the records."})
    Path genres;

    @Option(names = "--half", paramLabel = "tune|val", description = {
            "With --counts, --genres, --case or --plover-gsr: score only that half",
            "  (fixed by the CRC-32 of the article, snippet or record id); without it the sentence sets",
            "  also print a summary line per half. With --clusters and a TSV: only the real events of that",
            "  half (by the CRC-32 of the event's label), with all their articles."})
    String half;

    @Option(names = "--label", paramLabel = "LABEL", description = {
            "With --case or --plover-gsr: score only the texts of this label (a CASE sub-type such as ATTRIB,",
            "  a PLOVER category); with --half tune and --verbose, the misses of one label on the tuning half."})
    String label;

    @Option(names = "--json", description = "Print the scores as one JSON object.")
    boolean json;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when the overall F1 is below X.")
    Double minF1;

    boolean verbose;

    @Option(names = "--verbose", description = "Also list the wrong fields, the false positives and the duplicates;"
            + " with --case or --plover-gsr, the texts that miss their category or mode, and (party-miss) the gold"
            + " actors no record's party has, beside the parties the records got; and show CoreNLP's own log"
            + " lines, hidden by default.")
    void verbose(boolean on) {
        verbose = on;
        if (on) {
            LogOptions.showCoreNlp();
        }
    }

    @Option(names = "--confusion", description = {"Also print a status confusion table: gold status by record status",
            "over the found required events, with per-status precision and recall."})
    boolean confusion;

    @Option(names = "--codebooks", paramLabel = "DIR",
            description = "Folder of codebook files: NAME.tsv replaces a bundled one, NAME.add.tsv adds rows to it.")
    Path codebooks;

    EvalCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        boolean sentenceSets = caseFile != null || ploverGsr != null;
        if ((muc != null ? 1 : 0) + (sentenceSets ? 1 : 0) + (counts != null ? 1 : 0)
                + (genres != null ? 1 : 0) + (clusters != null ? 1 : 0) + (goldFiles.isEmpty() || across ? 0 : 1) > 1) {
            env.err().println("evident: give gold files, --muc, --case / --plover-gsr, --counts, --genres or"
                    + " --clusters; one kind per run");
            return Main.NOTHING_READ;
        }
        if (muc != null) {
            return callMuc();
        }
        if (clusters != null || across) {
            if (limit != null && limit < 1) {
                env.err().println("evident: --limit must be at least 1, not " + limit);
                return Main.NOTHING_READ;
            }
            if (across == goldFiles.isEmpty()) {
                env.err().println("evident: --across scores the gold files given, --clusters a TSV; give one");
                return Main.NOTHING_READ;
            }
            if (!validHalf()) {
                return Main.NOTHING_READ;
            }
            return new ClusterEval(env, clusters, goldFiles, articles, main, limit, extracted, json, verbose,
                    codebooks, half).run();
        }
        if (counts != null || genres != null) {
            return callCounts();
        }
        if (sentenceSets) {
            return callSentenceSets();
        }
        if (goldFiles.isEmpty()) {
            env.err().println(
                    "evident: give gold files, --muc KEYFILE TEXTFILE, --case FILE, --plover-gsr FILE, --counts DIR"
                            + " or --genres DIR");
            return Main.NOTHING_READ;
        }
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

    private Integer callMuc() throws IOException {
        if (limit != null && limit < 1) {
            env.err().println("evident: --limit must be at least 1, not " + limit);
            return Main.NOTHING_READ;
        }
        MucEval eval = new MucEval(env, muc, limit, json, verbose, codebooks);
        MucEval.Result result = eval.run();
        if (result == null) {
            return Main.NOTHING_READ;
        }
        eval.print(result);
        if (minF1 != null && result.score().f1() < minF1) {
            env.err().printf("evident: F1 %.3f is below --min-f1 %.3f%n", result.score().f1(), minF1);
            return Main.PARTIAL;
        }
        return result.partial() ? Main.PARTIAL : 0;
    }

    private Integer callSentenceSets() throws IOException {
        if (limit != null && limit < 1) {
            env.err().println("evident: --limit must be at least 1, not " + limit);
            return Main.NOTHING_READ;
        }
        if (!validHalf()) {
            return Main.NOTHING_READ;
        }
        List<SentenceEval.TestSet> sets = new ArrayList<>();
        if (caseFile != null) {
            sets.add(new SentenceEval.TestSet("case", "snippets", caseFile, LabelledTexts::readCase,
                    LabelMapping.caseSubTypes()));
        }
        if (ploverGsr != null) {
            sets.add(new SentenceEval.TestSet("plover_gsr", "sentences", ploverGsr, LabelledTexts::readPloverGsr,
                    LabelMapping.ploverGsr()));
        }
        SentenceEval eval = new SentenceEval(env, limit, verbose, codebooks, half, label);
        ObjectNode root = Json.mapper().createObjectNode();
        boolean partial = false;
        int read = 0;
        for (SentenceEval.TestSet set : sets) {
            SentenceEval.Result result = eval.run(set);
            if (result == null) {
                partial = true;
                continue;
            }
            read++;
            partial |= result.failed() > 0;
            if (json) {
                root.set(set.key(), SentenceEval.toJson(result));
            } else {
                eval.printText(result);
            }
        }
        if (read == 0) {
            return Main.NOTHING_READ;
        }
        if (json) {
            env.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        }
        env.out().flush();
        return partial ? Main.PARTIAL : 0;
    }

    /** --counts or --genres: corpora split in halves by the CRC-32 of each article's name. */
    private Integer callCounts() throws IOException {
        if (limit != null && limit < 1) {
            env.err().println("evident: --limit must be at least 1, not " + limit);
            return Main.NOTHING_READ;
        }
        if (!validHalf()) {
            return Main.NOTHING_READ;
        }
        if (genres != null) {
            return new GenreEval(env, genres, half, limit, json, verbose, codebooks).run();
        }
        return new CountEval(env, counts, half, limit, json, verbose, codebooks).run();
    }

    private boolean validHalf() {
        if (half != null && !half.equals(CountScorer.TUNE) && !half.equals(CountScorer.VAL)) {
            env.err().println("evident: --half must be tune or val, not " + half);
            return false;
        }
        return true;
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
        node.put("merge_precision", score.pairs().precision());
        node.put("merge_recall", score.pairs().recall());
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
        node.set("duplicate_records", Json.mapper().valueToTree(score.duplicateTexts()));
        return node;
    }
}
