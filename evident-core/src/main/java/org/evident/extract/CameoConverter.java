package org.evident.extract;

import edu.stanford.nlp.process.Morphology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts PETRARCH2's CAMEO verb dictionary, with the CAMEO-to-PLOVER crosswalk and the PLOVER manual's mode
 * tables, into Evident's verb-pattern codebook {@code cameo-verbs.tsv}: one row per verb and the subject, object
 * and prepositional phrase that decide its category. Run it again to regenerate the codebook:
 * {@code java -cp evident-core/target/classes:<corenlp.jar> org.evident.extract.CameoConverter CAMEO.2.0.txt
 * CAMEO2PLOVER-2021.txt PLOVER_MANUAL.tex OUT.tsv}, or {@code dev/convert-cameo}.
 *
 * <p>What is kept: patterns that name the verb's object or the noun of one prepositional phrase after it, and
 * each verb's own code (the one on its line, else its block's), as a row that names no phrase. What is dropped:
 * patterns with a bare preposition (cues that PETRARCH combines with other verbs, not events); a block's
 * patterns on a compound verb that names its own object ("take leave" takes no "* MEETING"); CAMEO 01
 * (statements) and 02 (appeals), which PLOVER drops;
 * null codes and passive-only codes ("[:173]"; of "[active:passive]" the active code is kept); patterns
 * the dictionary codes two ways, one of them possibly dropped (they decide nothing); compound verbs
 * whose verb is not their first word; the verb-verb transformations. Modes the manual does not list for the
 * category are dropped; so are contexts the manual does not list.
 */
public final class CameoConverter {

    /** One derived row. Phrases are lemmas separated by spaces, the head last; "" when the pattern names none. */
    record Row(String verb, String subject, String object, String preposition, String prepositionObject,
               String cameo, String category, String modes, String contexts) {

        String key() {
            return String.join("|", verb, subject, object, preposition, prepositionObject);
        }

        String tsv() {
            return String.join("\t", dash(verb), dash(subject), dash(object), dash(preposition),
                    dash(prepositionObject), cameo, category, dash(modes), dash(contexts));
        }

        private static String dash(String value) {
            return value.isEmpty() ? "-" : value;
        }
    }

    /** A PLOVER reading of a CAMEO code. */
    record Plover(String category, String mode, List<String> contexts) {}

    private static final Pattern BLOCK = Pattern.compile("^---\\s+.*?---");
    private static final Pattern BLOCK_CODE = Pattern.compile("^---\\s+\\S+\\s+\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
    private static final Pattern CROSSWALK = Pattern.compile("^(\\d{2,4}):\\s*([A-Z-]+)\\s*,([^,#]*),?([^#]*)");
    private static final Pattern CAPTION = Pattern.compile("\\\\caption\\{(?:\\\\plcat\\{)?([A-Z]+)\\}? modes");
    private static final Pattern TABLE_ROW = Pattern.compile("^([a-z][a-z_-]*)\\s*&");
    private static final Pattern CONTEXT_ROW = Pattern.compile("^(?:\\\\hyperref\\[[^\\]]*\\]\\{)?([a-z\\\\_]+)\\}?\\s*&");

    private final Map<String, List<String>> synsets = new HashMap<>();
    private final Map<String, Plover> crosswalk;
    private final Map<String, Set<String>> modesByCategory;
    private final Set<String> contexts;
    private final Morphology morphology = new Morphology();

    CameoConverter(Map<String, Plover> crosswalk, Map<String, Set<String>> modesByCategory, Set<String> contexts) {
        this.crosswalk = crosswalk;
        this.modesByCategory = modesByCategory;
        this.contexts = contexts;
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: CameoConverter CAMEO.2.0.txt CAMEO2PLOVER.txt PLOVER_MANUAL.tex OUT_DIR");
            System.exit(2);
        }
        List<String> manual = lines(Path.of(args[2]));
        CameoConverter converter = new CameoConverter(readCrosswalk(lines(Path.of(args[1]))), readModes(manual),
                readContexts(manual));
        List<Row> rows = converter.convert(lines(Path.of(args[0])));
        Set<String> used = new TreeSet<>();
        for (Row row : rows) {
            for (String word : (row.subject() + " " + row.object() + " " + row.prepositionObject()).split(" ")) {
                if (word.startsWith("&")) {
                    used.add(word.substring(1));
                }
            }
        }
        List<String> synsetRows = new ArrayList<>();
        converter.synsets().forEach((name, members) -> {
            if (used.contains(name)) {
                members.forEach(member -> synsetRows.add(name + "\t" + member));
            }
        });
        Path dir = Path.of(args[3]);
        write(dir.resolve("cameo-verbs.tsv"), header(rows) + String.join("\n", rows.stream().map(Row::tsv).toList()));
        write(dir.resolve("cameo-synsets.tsv"), SYNSET_HEADER + String.join("\n", synsetRows));
        System.err.println("CameoConverter: " + rows.size() + " patterns, " + synsetRows.size()
                + " synset members written to " + dir);
    }

    private static final String SYNSET_HEADER = """
            # The synonym sets that cameo-verbs.tsv names as &name: one member a row, lemmas, head last.
            # DERIVED DATA from PETRARCH2's CAMEO.2.0.txt (MIT License, Copyright (c) 2015 Open Event Data Alliance;
            # the full notice is in cameo-verbs.tsv); regenerate with dev/convert-cameo.
            #
            # synset\tmember
            """;

    private static void write(Path path, String text) {
        try {
            Files.writeString(path, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    private static List<String> lines(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Where the PLOVER manual overrides the crosswalk: easing a curfew (CAMEO 0813) or a state of emergency or martial
     * law (0814) is a CONCEDE, which covers "easing of administrative or legal restrictions ..., removing curfews"
     * ("the lifting of a curfew is, effectively, a promise"), as the rest of CAMEO 081 is; the 2021 crosswalk lists
     * them as RETREAT.
     */
    private static final Map<String, String> MANUAL_CATEGORY = Map.of("0813", "CONCEDE", "0814", "CONCEDE");

    /** The crosswalk: CAMEO code to PLOVER category, mode and contexts, with the manual's overrides. */
    static Map<String, Plover> readCrosswalk(List<String> lines) {
        Map<String, Plover> map = new HashMap<>();
        for (String line : lines) {
            Matcher m = CROSSWALK.matcher(line);
            if (m.find()) {
                List<String> contexts = new ArrayList<>();
                for (String context : m.group(4).split(";")) {
                    if (!context.isBlank()) {
                        contexts.add(context.trim());
                    }
                }
                String category = MANUAL_CATEGORY.getOrDefault(m.group(1), m.group(2));
                map.put(m.group(1), new Plover(category, m.group(3).trim(), contexts));
            }
        }
        return map;
    }

    /** The manual's mode tables: category to its mode names (REJECT shares REQUEST's). */
    static Map<String, Set<String>> readModes(List<String> manual) {
        Map<String, Set<String>> modes = new HashMap<>();
        String category = null;
        for (String line : manual) {
            Matcher caption = CAPTION.matcher(line);
            if (caption.find()) {
                category = caption.group(1);
                modes.computeIfAbsent(category, c -> new TreeSet<>());
                continue;
            }
            if (line.contains("\\end{tabular}")) {
                category = null;
            }
            Matcher row = TABLE_ROW.matcher(line.trim());
            if (category != null && row.find() && !row.group(1).equals("name")) {
                modes.get(category).add(row.group(1));
            }
        }
        Set<String> shared = new TreeSet<>(modes.getOrDefault("REQUEST", Set.of()));
        shared.addAll(modes.getOrDefault("REJECT", Set.of()));
        modes.put("REQUEST", shared);
        modes.put("REJECT", shared);
        return modes;
    }

    /** The manual's general contexts. */
    static Set<String> readContexts(List<String> manual) {
        Set<String> contexts = new TreeSet<>();
        boolean inTable = false;
        for (String line : manual) {
            if (line.contains("label{tab:general-contexts}")) {
                inTable = true;
            } else if (inTable && line.contains("end{longtable}")) {
                break;
            }
            Matcher row = CONTEXT_ROW.matcher(line.trim());
            if (inTable && row.find() && !row.group(1).equals("name")) {
                contexts.add(row.group(1).replace("\\_", "_"));
            }
        }
        return contexts;
    }

    /** The rows of a verb dictionary, in dictionary order. */
    List<Row> convert(List<String> dictionary) {
        Map<String, Row> rows = new LinkedHashMap<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        boolean patterns = false;
        String synset = null;
        List<String> verbs = new ArrayList<>();
        boolean inVerbList = false;
        String blockVerbCode = "";
        Set<String> particles = particles(dictionary);
        for (String raw : dictionary) {
            String line = stripComment(raw).strip();
            if (raw.startsWith("####### VERB PATTERNS")) {
                patterns = true;
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (!patterns) {
                if (line.startsWith("&")) {
                    synset = line.substring(1).replaceAll("_$", "");
                    synsets.put(synset, new ArrayList<>());
                } else if (line.startsWith("+") && synset != null) {
                    synsets.get(synset).add(phrase(line.substring(1).split("\\s")[0]));
                }
                continue;
            }
            Matcher block = BLOCK.matcher(line);
            if (block.find()) {
                verbs = new ArrayList<>();
                Matcher blockCode = BLOCK_CODE.matcher(line);
                blockVerbCode = blockCode.find() ? blockCode.group(1) : "";
                inVerbList = true;
                continue;
            }
            if (line.startsWith("~")) {
                continue;
            }
            if (line.startsWith("-")) {
                inVerbList = false;
                Matcher code = CODE.matcher(line);
                if (code.find()) {
                    for (String verb : verbs) {
                        if (!takesPatterns(verb, particles)) {
                            continue; // "take leave": the compound names its own object, the block's are not its
                        }
                        for (Row row : patternRows(verb, line.substring(1, code.start()).strip(), code.group(1))) {
                            add(rows, ambiguous, row);
                        }
                    }
                }
                continue;
            }
            if (inVerbList) {
                String verb = verbPhrase(line.split("\\s+")[0]);
                if (verb != null) {
                    verbs.add(verb);
                    // the verb's own code, else its block's: what the verb reports with no pattern of its block
                    Matcher own = CODE.matcher(line);
                    Row row = row(verb, "", "", "", "", own.find() ? own.group(1) : blockVerbCode);
                    if (row != null) {
                        add(rows, ambiguous, row);
                    }
                }
            }
        }
        ambiguous.forEach(rows::remove);
        return rows.values().stream().filter(r -> !r.category().equals(DROPPED)).toList();
    }

    /**
     * The words the dictionary uses as particles and prepositions: those that open a prepositional group of its
     * patterns ("(FOR AID)") or end two or more of its compound verbs ("+SHUT_DOWN", "+BEEF_UP"), at least twice
     * either way. A word that ends one compound only ("+TAKE_LEAVE") is that verb's object.
     */
    static Set<String> particles(List<String> dictionary) {
        Map<String, Integer> uses = new HashMap<>();
        Matcher group = Pattern.compile("\\(([A-Z]+)\\s").matcher("");
        boolean patterns = false;
        for (String raw : dictionary) {
            String line = stripComment(raw).strip();
            patterns |= raw.startsWith("####### VERB PATTERNS");
            if (!patterns) {
                continue; // the synsets' members are nouns
            }
            if (line.startsWith("-") && !line.startsWith("---")) {
                group.reset(line);
                while (group.find()) {
                    uses.merge(group.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            } else if (line.startsWith("+")) {
                String[] words = line.split("\\s+")[0].split("_");
                if (words.length == 2) {
                    uses.merge(words[1].toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        Set<String> particles = new TreeSet<>();
        uses.forEach((word, count) -> {
            if (count >= 2) {
                particles.add(word);
            }
        });
        return particles;
    }

    /** Whether a block's patterns apply to a verb: a single word, or a compound whose later words are particles. */
    static boolean takesPatterns(String verb, Set<String> particles) {
        String[] words = verb.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (!particles.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static void add(Map<String, Row> rows, Set<String> ambiguous, Row row) {
        Row known = rows.putIfAbsent(row.key(), row);
        if (known != null && !known.category().equals(row.category())) {
            ambiguous.add(row.key());
        }
    }

    /** A pattern coded with a code PLOVER drops: it makes the same pattern with another code ambiguous. */
    private static final String DROPPED = "-";

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** "+ASK_FOR" → "ask for"; "ACCELERATE" → "accelerate"; null for a compound whose verb is not first. */
    private static String verbPhrase(String spec) {
        String[] words = spec.split("_");
        int verb = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith("+")) {
                verb = i;
            }
        }
        if (verb != 0 || !words[0].replace("+", "").matches("[A-Z][A-Z'-]*")) {
            return null;
        }
        return String.join(" ", words).replace("+", "").toLowerCase(Locale.ROOT);
    }

    private static String phrase(String word) {
        return word.replaceAll("_+$", "").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** The row of one pattern line, if PLOVER codes it. */
    private List<Row> patternRows(String verb, String body, String code) {
        List<String> tokens = tokens(body);
        int star = tokens.indexOf("*");
        if (star < 0) {
            return List.of();
        }
        List<String> subject = nounPhrase(tokens.subList(0, star));
        List<String> after = tokens.subList(star + 1, tokens.size());
        List<String> groups = after.stream().filter(t -> t.startsWith("(")).toList();
        if (subject == null || groups.size() > 1) {
            return List.of();
        }
        List<String> object = nounPhrase(after.stream().filter(t -> !t.startsWith("(")).toList());
        String preposition = "";
        List<String> prepositionObject = List.of();
        if (groups.size() == 1) {
            List<String> inner = tokens(groups.get(0).substring(1, groups.get(0).length() - 1));
            if (inner.isEmpty()) {
                return List.of();
            }
            preposition = inner.get(0).toLowerCase(Locale.ROOT);
            prepositionObject = nounPhrase(inner.subList(1, inner.size()));
        }
        if (object == null || prepositionObject == null || object.isEmpty() && prepositionObject.isEmpty()) {
            return List.of(); // a verb alone, or with a bare preposition, is a cue that PETRARCH combines, not an event
        }
        Row row = row(verb, lemmas(subject), lemmas(object), preposition, lemmas(prepositionObject), code);
        return row == null ? List.of() : List.of(row);
    }

    /** Splits a pattern into words, braced phrases and parenthesised groups. */
    private static List<String> tokens(String body) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            if (c == '(' || c == '{') {
                end = body.indexOf(c == '(' ? ')' : '}', i);
                end = end < 0 ? body.length() : end + 1;
            } else {
                end = i;
                while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != '('
                        && body.charAt(end) != '{') {
                    end++;
                }
            }
            tokens.add(body.substring(i, end));
            i = end;
        }
        return tokens;
    }

    /**
     * The words a noun-phrase part of a pattern names, in order; a synset stays a reference ("&weapon", see
     * {@link #synsets()}); actor markers ($ + % ^) are dropped. Null when the part holds anything else or names an
     * unknown synset.
     */
    private List<String> nounPhrase(List<String> parts) {
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            String inner = part.startsWith("{") ? part.substring(1, part.length() - (part.endsWith("}") ? 1 : 0)) : part;
            for (String word : inner.split("\\s+")) {
                if (word.isEmpty() || word.matches("[$+%^]+")) {
                    continue;
                }
                if (word.startsWith("&")) {
                    String name = word.substring(1).replaceAll("_$", "");
                    if (!synsets.containsKey(name)) {
                        return null;
                    }
                    words.add("&" + name.toLowerCase(Locale.ROOT));
                } else if (word.matches("[A-Za-z][A-Za-z'-]*_?")) {
                    words.add(phrase(word));
                } else {
                    return null;
                }
            }
        }
        return words;
    }

    /** The synsets the dictionary defines, by lower-case name: their members as lemma phrases, head last. */
    Map<String, List<String>> synsets() {
        Map<String, List<String>> result = new java.util.TreeMap<>();
        synsets.forEach((name, members) -> result.put(name.toLowerCase(Locale.ROOT),
                members.stream().map(m -> lemmas(List.of(m))).distinct().toList()));
        return result;
    }

    /** Words to lemmas (the head last), as the annotator lemmatises nouns; synset references stay as they are. */
    private String lemmas(List<String> words) {
        List<String> lemmas = new ArrayList<>();
        for (String phrase : words) {
            for (String word : phrase.split(" ")) {
                lemmas.add(word.startsWith("&") ? word : morphology.lemma(word, "NNS").toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" ", lemmas);
    }

    /** A row for a CAMEO code, or null when PLOVER has no category for it. */
    private Row row(String verb, String subject, String object, String preposition, String prepositionObject,
                    String code) {
        // "[active:passive]": the code before the colon is the active verb's; a passive-only code is left out
        String cameo = code.split(":", -1)[0].strip();
        if (!cameo.matches("\\d{2,4}")) {
            return null;
        }
        Plover plover = null;
        for (int length = cameo.length(); length >= 2 && plover == null; length--) {
            plover = crosswalk.get(cameo.substring(0, length));
        }
        if (plover == null) {
            // CAMEO 01 and 02, which PLOVER drops: kept until the end, so that they make a pattern ambiguous
            return new Row(verb, subject, object, preposition, prepositionObject, cameo, DROPPED, "", "");
        }
        String mode = modesByCategory.getOrDefault(plover.category(), Set.of()).contains(plover.mode())
                ? plover.mode() : "";
        List<String> kept = plover.contexts().stream().filter(contexts::contains).toList();
        return new Row(verb, subject, object, preposition, prepositionObject, cameo, plover.category(), mode,
                String.join(",", kept));
    }

    private static String header(List<Row> rows) {
        Map<String, Integer> byCategory = new java.util.TreeMap<>();
        rows.forEach(r -> byCategory.merge(r.category(), 1, Integer::sum));
        return """
                # CAMEO verb patterns as PLOVER triggers: which verb, with which subject, object or prepositional
                # phrase, reports which PLOVER category. DERIVED DATA, do not edit by hand: regenerate with
                # dev/convert-cameo (org.evident.extract.CameoConverter).
                #
                # Source: PETRARCH2's CAMEO verb dictionary CAMEO.2.0.txt (https://github.com/openeventdata/petrarch2,
                # commit 676801cd), mapped to PLOVER by the crosswalk CAMEO2PLOVER-2021.txt and the mode tables of
                # PLOVER_MANUAL.tex (https://github.com/openeventdata/PLOVER, commit 5e0c24f, CC BY-SA 4.0); where
                # the manual's text overrides the crosswalk, the manual wins (easing a curfew or a state of
                # emergency, 0813 and 0814, is CONCEDE: "removing curfews").
                # CAMEO.2.0.txt is under the MIT License:
                #   Copyright (c) 2015 Open Event Data Alliance
                #   Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
                #   associated documentation files (the "Software"), to deal in the Software without restriction,
                #   including without limitation the rights to use, copy, modify, merge, publish, distribute,
                #   sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
                #   furnished to do so, subject to the following conditions: The above copyright notice and this
                #   permission notice shall be included in all copies or substantial portions of the Software.
                #   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
                #   BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
                #   NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
                #   DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
                #   OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
                #
                # Columns (tab-separated; '-' means empty; phrases are lemmas, head last):
                #   verb         the verb's lemma, with its particle or preposition ("ask for", "rule out")
                #   subject      the subject's head the pattern requires
                #   object       the object's head (and words that modify it or the verb, before it)
                #   prep         the preposition of a phrase the pattern requires after the verb
                #   prep_object  that phrase's noun
                #   cameo        the CAMEO code of the pattern
                #   category     its PLOVER category (CAMEO2PLOVER-2021)
                #   modes        its PLOVER mode, when the manual lists it for the category
                #   contexts     its PLOVER contexts, when the manual lists them
                #
                # Kept: patterns that name the verb's object or the noun of one prepositional phrase after it, as
                # PETRARCH applies them, to every verb of their block; each verb's own code (on its line, else its
                # block's), as a row with no phrase. Dropped: patterns with a bare preposition (cues PETRARCH
                # combines with other verbs, not events); a block's patterns on a compound verb whose later word is
                # no particle (it names its own object: "take leave"); patterns with two
                # prepositional phrases; CAMEO 01 (statements) and 02 (appeals), which PLOVER drops; null codes;
                # passive-only codes (of "[active:passive]" the active code is kept); patterns the dictionary codes
                # two ways (also when one way is 01 or 02); compound verbs whose verb is not their first word;
                # verb-verb transformations.
                """ + "# Rows by category: " + byCategory + "\n#\n"
                + "# verb\tsubject\tobject\tprep\tprep_object\tcameo\tcategory\tmodes\tcontexts\n";
    }
}
