package org.evident.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.evident.model.Status;
import org.evident.nlp.Sentence;
import org.evident.nlp.SentenceFocus;
import org.evident.nlp.Token;

/**
 * The editable lexicons extraction runs on, as PETRARCH's dictionaries: triggers, epistemic cues, named actors,
 * agent nouns, mode and context cues. Bundled per language under {@code org/evident/codebooks/<lang>/}; a user
 * folder may replace any file by holding one of the same name, or add rows to it with {@code <name>.add.tsv}.
 * A row that cannot be read is an error naming its file, line and reason.
 */
public final class Codebook {

    /** A trigger: lemmas to match, the part of speech, and what it reports. */
    public record Trigger(List<String> lemmas, char pos, String category, List<String> modes, List<String> contexts) {
        public Trigger {
            lemmas = List.copyOf(lemmas);
            modes = List.copyOf(modes);
            contexts = List.copyOf(contexts);
        }
    }

    /** An epistemic cue and the status it gives. */
    public record Cue(List<String> lemmas, CueRole role, Status status) {}

    /** How a cue takes scope; see cues.tsv. */
    public enum CueRole { SAY, ADVERB, MODAL, DOUBT, CONDITION, FUTURE, NEGATION, RAISE, NEGATIVE_SUBJECT, INVOLVEMENT,
        ATTRIBUTION, INTENT, OFFER, REFUSAL, REPORTS_OBJECT, PARTITIVE, PERSON_PRONOUN, THING_PRONOUN,
        GROUP_PRONOUN, MESSAGE, LIGHT_VERB, IMPLICATIVE, REPORT_NOUN, CLAIM_NOUN, VERIFY, PENDING, UNSETTLED, SETTLED,
        QUESTION_GOVERNOR, INTERROGATIVE, TAKES_BACK, DURATION_VERB, TIME_UNIT, SCHEDULING, REPORTED_FUTURE,
        POSSIBILITY_MODAL, FIRST_PERSON, IMPERSONAL, POSSESSIVE_PRONOUN, FAILURE, MEDIA_NOUN, ANONYMOUS_NOUN,
        BACK_POINTER, ULTIMATUM, INDEFINITE, NEW_EVENT, DEFINITE, ORDERING, RELEASED_SUBSTANCE,
        PUBLISHED_ITEM, COMMITMENT, ATTITUDE, OBLIGATION }

    /** What a word of places.tsv tells about a place name or an event's place; see places.tsv. */
    public enum PlaceRole { IN_PLACE, LOCATIVE, PLACE_KIND, AWAY, PLACE_OBJECT, ARABIC_ARTICLE }

    /** What a word of mentions.tsv tells about a mention of an event; see mentions.tsv. */
    public enum MentionRole { KEEPS_COMPLEMENT, GENERIC, ANCHORING_CASE, POSSIBILITY_NOUN, TOLL_VERB, SETTING_NOUN,
        SETTING_CASE, READER_PRONOUN, OTHER_SENSE, ISSUER_CASE }

    /** What a word of times.tsv tells about an event's time or a forecast's horizon; see times.tsv. */
    public enum TimeRole { PLACING_VERB, FUTURE_AUX, NOT_A_DATE, HORIZON_UNIT, COUNT_WORD, HORIZON_EXTENDER,
        VAGUE_HEAD }

    /** What a word of quantities.tsv tells about a count; see quantities.tsv. */
    public enum QuantityRole { VAGUE_COUNT, FLOOR, ABOVE, CEILING, ROUGHLY, QUALIFIER_LEAD, SPAN_LEAD, PART }

    /** What a word of names.tsv tells about the name of a body; see names.tsv. */
    public enum NameRole { NAME_LINK, NAME_ARTICLE, PRONOUN }

    /** A named actor: canonical name, country or international code, sector. */
    public record Actor(String identifier, String code, String sector) {}

    private final Map<String, List<Trigger>> triggersByFirstLemma;
    private final Map<CueRole, Map<String, Cue>> cues;
    private final Set<String> keyCueLemmas = new HashSet<>();
    private final Map<String, Actor> actorsByName;
    private final int longestActorName;
    private final NamedActors namedActors;
    private final FieldAgents fieldAgents;
    private final Map<String, String> agentSectors;
    /** Nouns that name people (agents.tsv, then person-nouns.tsv), each true when it names a body of people. */
    private final Map<String, Boolean> personNouns;
    private final Map<String, List<String[]>> modeCues;
    private final Map<String, String> contextCues;
    private final Map<String, List<String[]>> sizeWords;
    /** Genre cues (genres.tsv) by their space-joined lemmas, and the longest cue in words. */
    private final Map<String, String> genreCues;
    private final int longestGenreCue;
    /** Genre cues that, as a trigger's argument, give it the genre's sense (genres.tsv argument column). */
    private final Map<String, String> genreArguments;
    /** The categories a page of each genre keeps (genre-keeps.tsv). */
    private final Map<String, Set<String>> genreKeeps;
    /** The extractor's trigger matcher over this codebook, to tell key sentences before NER and the parse. */
    private final TriggerFinder keyTriggers;
    /** CAMEO verb patterns (cameo-verbs.tsv), matched on the parse. */
    private final VerbPatterns verbPatterns;
    /** How intended, announced and refused acts are coded (intents.tsv). */
    private final Intents intents;
    /** The words that claims of responsibility and blame are read from (responsibility.tsv). */
    private final ResponsibilityCues responsibilityCues;
    /** The words that tell which names are places and where events happen (places.tsv). */
    private final WordRoles<PlaceRole> placeWords;
    /** The words that tell whether a trigger reports an event, and of which one (mentions.tsv). */
    private final WordRoles<MentionRole> mentionWords;
    /** The words that date an event or tell how far off a forecast lies (times.tsv). */
    private final WordRoles<TimeRole> timeWords;
    /** The words that make a count vague or qualify its number (quantities.tsv). */
    private final WordRoles<QuantityRole> quantityWords;
    /** The small words inside the name of a body (names.tsv). */
    private final WordRoles<NameRole> nameWords;

    /** PLOVER's categories and Evident's extensions: what a trigger may report. */
    static final Set<String> CATEGORIES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
            "COERCE", "ASSAULT", "X-STATEMENT", "X-MOVE", "X-DISASTER");

    private Codebook(Path userDir, String language) {
        Tsv.checkUserDir(userDir, language);
        triggersByFirstLemma = new HashMap<>();
        for (Tsv.Row row : Tsv.read(userDir, language, "triggers.tsv", 3)) {
            List<String> lemmas = List.of(row.cell(0).toLowerCase(Locale.ROOT).split("\\s+"));
            if (!CATEGORIES.contains(row.cell(2))) {
                throw row.error("unknown category '" + row.cell(2) + "', expected a PLOVER category or "
                        + "X-STATEMENT, X-MOVE, X-DISASTER");
            }
            Trigger trigger = new Trigger(lemmas, partOfSpeech(row, 1), row.cell(2), row.list(3, ","),
                    row.list(4, ","));
            triggersByFirstLemma.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(trigger);
        }
        // longest phrases first, so "car bomb" wins over "car"
        triggersByFirstLemma.values().forEach(list -> list.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
        cues = new HashMap<>();
        for (Tsv.Row row : Tsv.read(userDir, language, "cues.tsv", 3)) {
            CueRole role = row.constant(1, CueRole.class, "cue role");
            Cue cue = new Cue(List.of(row.cell(0).toLowerCase(Locale.ROOT).split("\\s+")), role,
                    row.constant(2, Status.class, "status"));
            cues.computeIfAbsent(role, r -> new HashMap<>()).put(String.join(" ", cue.lemmas()), cue);
            if (role == CueRole.SAY || role == CueRole.RAISE) {
                keyCueLemmas.add(cue.lemmas().get(0));
            }
        }
        actorsByName = new HashMap<>();
        int longest = 1;
        for (Tsv.Row row : Tsv.read(userDir, language, "actors.tsv", 2)) {
            Actor actor = new Actor(row.cell(1), emptyToNull(row.cell(2)), emptyToNull(row.cell(3)));
            for (String name : row.list(0, "\\|")) {
                actorsByName.put(name, actor);
                longest = Math.max(longest, name.split("\\s+").length);
            }
        }
        longestActorName = longest;
        namedActors = NamedActors.read(userDir, language);
        fieldAgents = FieldAgents.read(userDir, language);
        agentSectors = new HashMap<>();
        personNouns = new HashMap<>();
        for (Tsv.Row row : Tsv.read(userDir, language, "agents.tsv", 1)) {
            String lemma = row.cell(0).toLowerCase(Locale.ROOT);
            agentSectors.put(lemma, row.cell(1));
            switch (row.cell(2)) {
                case "group" -> personNouns.put(lemma, true);
                case "" -> personNouns.put(lemma, false);
                default -> throw row.error("unknown kind '" + row.cell(2) + "', expected group or '-'");
            }
        }
        for (Tsv.Row row : Tsv.read(userDir, language, "person-nouns.tsv", 2)) {
            boolean group = switch (row.cell(1)) {
                case "group" -> true;
                case "person" -> false;
                default -> throw row.error("unknown kind '" + row.cell(1) + "', expected person or group");
            };
            personNouns.putIfAbsent(row.cell(0).toLowerCase(Locale.ROOT), group); // agents.tsv decides its own
        }
        modeCues = new HashMap<>();
        for (Tsv.Row row : Tsv.read(userDir, language, "modes.tsv", 3)) {
            modeCues.computeIfAbsent(row.cell(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new String[] {row.cell(1), row.cell(2)});
        }
        sizeWords = new HashMap<>();
        for (Tsv.Row row : Tsv.read(userDir, language, "sizes.tsv", 3)) {
            char pos = partOfSpeech(row, 1, "VNARPD");
            if (!SIZE_ROLES.contains(row.cell(2))) {
                throw row.error("unknown size role '" + row.cell(2) + "', expected one of " + SIZE_ROLES);
            }
            sizeWords.computeIfAbsent(row.cell(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new String[] {String.valueOf(pos), row.cell(2)});
        }
        contextCues = new HashMap<>();
        for (Tsv.Row row : Tsv.read(userDir, language, "contexts.tsv", 2)) {
            contextCues.put(row.cell(0), row.cell(1));
        }
        genreKeeps = new HashMap<>();
        for (Tsv.Row row : Tsv.read(userDir, language, "genre-keeps.tsv", 1)) {
            Set<String> kept = genreKeeps.computeIfAbsent(row.cell(0).toLowerCase(Locale.ROOT), g -> new HashSet<>());
            if (row.cell(1).isEmpty()) {
                continue;
            }
            if (!CATEGORIES.contains(row.cell(1))) {
                throw row.error("unknown category '" + row.cell(1) + "', expected a PLOVER category or "
                        + "X-STATEMENT, X-MOVE, X-DISASTER");
            }
            kept.add(row.cell(1));
        }
        genreKeeps.replaceAll((genre, kept) -> Set.copyOf(kept));
        genreCues = new HashMap<>();
        genreArguments = new HashMap<>();
        int longestCue = 1;
        for (Tsv.Row row : Tsv.read(userDir, language, "genres.tsv", 2)) {
            String genre = row.cell(1).toLowerCase(Locale.ROOT);
            if (!genreKeeps.containsKey(genre)) {
                throw row.error("unknown genre '" + row.cell(1) + "', expected one of genre-keeps.tsv: "
                        + new java.util.TreeSet<>(genreKeeps.keySet()));
            }
            List<String> lemmas = List.of(row.cell(0).toLowerCase(Locale.ROOT).split("\\s+"));
            if (!row.cell(3).equals("only")) {
                genreCues.putIfAbsent(String.join(" ", lemmas), genre);
            }
            switch (row.cell(3)) {
                case "yes", "only" -> {
                    if (lemmas.size() > 1) {
                        throw row.error("an argument cue is one word, not '" + row.cell(0) + "'");
                    }
                    genreArguments.putIfAbsent(lemmas.get(0), genre);
                }
                case "" -> { }
                default -> throw row.error("unknown argument value '" + row.cell(3) + "', expected yes, only or '-'");
            }
            longestCue = Math.max(longestCue, lemmas.size());
        }
        longestGenreCue = longestCue;
        verbPatterns = new VerbPatterns(userDir, language);
        intents = new Intents(this, userDir, language);
        responsibilityCues = new ResponsibilityCues(userDir, language);
        placeWords = new WordRoles<>(userDir, language, "places.tsv", PlaceRole.class);
        mentionWords = new WordRoles<>(userDir, language, "mentions.tsv", MentionRole.class);
        timeWords = new WordRoles<>(userDir, language, "times.tsv", TimeRole.class);
        quantityWords = new WordRoles<>(userDir, language, "quantities.tsv", QuantityRole.class);
        nameWords = new WordRoles<>(userDir, language, "names.tsv", NameRole.class);
        keyTriggers = new TriggerFinder(this);
    }

    /**
     * The roles of sizes.tsv: the three counts, a harm that injures unless it kills, a word for one person, a word
     * for two, a word that tells of a death without counting it, and a modifier that says the act fell short of its end.
     */
    private static final List<String> SIZE_ROLES = List.of("dead", "injured", "arrested", "hit", "one", "two",
            "fatal", "attempt");

    /** The part of speech in a column: V, N, A, or * (also for an empty cell); else an error naming the row. */
    private static char partOfSpeech(Tsv.Row row, int column) {
        return partOfSpeech(row, column, "VNA");
    }

    /** The part of speech in a column, one of {@code allowed} or *; else an error naming the row. */
    private static char partOfSpeech(Tsv.Row row, int column, String allowed) {
        String pos = row.cell(column);
        if (pos.isEmpty() || pos.equals("*")) {
            return '*';
        }
        if (pos.length() != 1 || allowed.indexOf(pos.charAt(0)) < 0) {
            throw row.error("unknown part of speech '" + pos + "', expected one of " + allowed + " or *");
        }
        return pos.charAt(0);
    }

    /** The bundled English codebooks. */
    public static Codebook bundled() {
        return new Codebook(null, "en");
    }

    /**
     * The bundled codebooks of a language, with any file in {@code userDir} replacing its namesake and any
     * {@code <name>.add.tsv} there adding rows to it.
     *
     * @throws IllegalArgumentException naming the file, line and reason of a row that cannot be read, or a file
     *                                  of the folder that changes no bundled codebook
     */
    public static Codebook load(Path userDir, String language) {
        return new Codebook(userDir, language);
    }

    /** The triggers that are the lemma alone (not the start of a phrase). */
    Stream<Trigger> oneWordTriggers(String lemma) {
        return triggersStartingWith(lemma).stream().filter(t -> t.lemmas().size() == 1);
    }

    /** Triggers whose first lemma is {@code lemma}, longest phrase first. */
    List<Trigger> triggersStartingWith(String lemma) {
        return triggersByFirstLemma.getOrDefault(lemma, List.of());
    }

    /** The cue of a role for a lemma (or space-joined lemmas), or null. */
    Cue cue(CueRole role, String lemma) {
        return cues.getOrDefault(role, Map.of()).get(lemma);
    }

    boolean isCue(CueRole role, String lemma) {
        return cue(role, lemma) != null;
    }

    /**
     * Whether a tagged sentence holds what the extractor reads events from: a trigger (matched by lemma and part
     * of speech, as the extractor matches it), a speech or reporting verb, a responsibility word, or a verb of a
     * hand-written verb pattern with its object's word ("weapons were found"). (The CAMEO dictionary's patterns
     * select no sentence of their own, so they cost no parse where nothing else is read.) A sentence with
     * none of them holds no event, statement or claim of its own, so the annotator may skip NER and the parse there
     * (see CoreNlpAnnotator.Scope).
     */
    public boolean isKeySentence(Sentence tagged) {
        for (Token token : tagged.tokens()) {
            if (responsibilityCues.startsFrom(token.lemma())
                    || token.isVerb() && keyCueLemmas.contains(token.lemma()) || isTollWord(token)) {
                return true;
            }
        }
        return verbPatterns.mayHoldHandWritten(tagged) || !keyTriggers.find(tagged).isEmpty();
    }

    /** The CAMEO verb patterns. */
    ResponsibilityCues responsibilityCues() {
        return responsibilityCues;
    }

    WordRoles<PlaceRole> placeWords() {
        return placeWords;
    }

    WordRoles<MentionRole> mentionWords() {
        return mentionWords;
    }

    WordRoles<TimeRole> timeWords() {
        return timeWords;
    }

    WordRoles<QuantityRole> quantityWords() {
        return quantityWords;
    }

    WordRoles<NameRole> nameWords() {
        return nameWords;
    }

    /** Whether the words stand for a name rather than give one: a pronoun of names.tsv ("they", "this", "one"). */
    boolean isPronounText(String text) {
        return nameWords.has(NameRole.PRONOUN, text.toLowerCase(Locale.ROOT));
    }

    /** Whether the token stands for a name: tagged as a pronoun, or a pronoun of names.tsv. */
    boolean isPronoun(Token t) {
        return t.pos().startsWith("PRP") || t.pos().equals("WP") || t.pos().equals("WDT") || isPronounText(t.text());
    }

    Intents intents() {
        return intents;
    }

    VerbPatterns verbPatterns() {
        return verbPatterns;
    }

    /** What makes a sentence worth NER and the parse, by this codebook: key sentences, and doubt cues after them. */
    public SentenceFocus focus() {
        return new SentenceFocus(this::isKeySentence, lemma -> isCue(CueRole.DOUBT, lemma));
    }

    /** The named actor a name denotes, or null. */
    Actor actor(String name) {
        return actorsByName.get(name);
    }

    int longestActorName() {
        return longestActorName;
    }

    /** The field's named actors (phoenix-actors.tsv), consulted after the hand-made actors.tsv. */
    NamedActors namedActors() {
        return namedActors;
    }

    /** The field's agent nouns (phoenix-agents.tsv), consulted after the hand-made agents.tsv. */
    FieldAgents fieldAgents() {
        return fieldAgents;
    }

    /** True when the noun is an agent noun of agents.tsv, one that can act and has a sector. */
    boolean isAgentNoun(String lemma) {
        return agentSectors.containsKey(lemma);
    }

    /** True when the noun names people (a count before it counts people): agents.tsv or person-nouns.tsv. */
    boolean isPersonNoun(String lemma) {
        return personNouns.containsKey(lemma);
    }

    /** A noun for a body of people ("family", "police", "crew"): in the singular it is still not one person. */
    boolean isGroupNoun(String lemma) {
        return personNouns.getOrDefault(lemma, false);
    }

    /** The sector of an agent noun, or null. */
    String sectorOf(String lemma) {
        String sector = agentSectors.get(lemma);
        return sector == null || sector.isEmpty() ? null : sector;
    }

    /** Modes that a cue word adds to events of a category. */
    List<String> modesFor(String lemma, String category) {
        List<String> modes = new ArrayList<>();
        for (String[] cue : modeCues.getOrDefault(lemma, List.of())) {
            if (cue[0].equals(category)) {
                modes.add(cue[1]);
            }
        }
        return modes;
    }

    /** The size a word counts (dead, injured, arrested) when it stands as that part of speech, or null. */
    String sizeRole(org.evident.nlp.Token token) {
        for (String[] entry : sizeWords.getOrDefault(token.lemma(), List.of())) {
            char pos = entry[0].charAt(0);
            boolean matches = switch (pos) {
                case 'R' -> token.pos().startsWith("RB");
                case 'P' -> token.pos().equals("PRP");
                case 'D' -> token.pos().equals("DT") || token.pos().equals("PDT");
                default -> TriggerFinder.posMatches(pos, token);
            };
            if (matches) {
                return entry[1];
            }
        }
        return null;
    }

    /**
     * A verb or adjective that counts the dead or the injured ("died", "dead", "wounded"), or a noun of the state or
     * place a harm leaves its victim in ("hospital", "condition"; the hit role): a sentence holding one may give the
     * toll of an event told before it.
     */
    boolean isTollWord(org.evident.nlp.Token token) {
        String role = sizeRole(token);
        return ("dead".equals(role) || "injured".equals(role)) && (token.isVerb() || token.pos().startsWith("JJ"))
                || "hit".equals(role) && token.isNoun();
    }

    /** A verb or adjective that tells of a death ("killed", "died", "dead"; the dead role of sizes.tsv). */
    boolean isDeathWord(org.evident.nlp.Token token) {
        return (token.isVerb() || token.pos().startsWith("JJ")) && "dead".equals(sizeRole(token));
    }

    /** The genre a cue of lower-cased lemmas marks (genres.tsv), or null. */
    String genreCue(List<String> lemmas) {
        return genreCues.get(String.join(" ", lemmas));
    }

    /** The genre a trigger's argument of this lemma gives the trigger's sense ("price" in "prices hit"), or null. */
    String genreOfArgument(String lemma) {
        return genreArguments.get(lemma);
    }

    /** The most words of a genre cue. */
    int longestGenreCue() {
        return longestGenreCue;
    }

    /** Each genre of genre-keeps.tsv and the categories its pages keep. */
    Map<String, Set<String>> genreKeeps() {
        return Collections.unmodifiableMap(genreKeeps);
    }

    /** The context a word or actor identifier signals, or null. */
    String contextFor(String lemmaOrIdentifier) {
        return contextCues.get(lemmaOrIdentifier);
    }

    /**
     * Actor names written as short acronyms ("IS", "PKK"): the annotator tags them as proper nouns, since some
     * spell English words and the tagger would read them as such.
     */
    public java.util.Set<String> acronyms() {
        java.util.Set<String> acronyms = new java.util.TreeSet<>();
        for (String name : actorsByName.keySet()) {
            if (name.length() <= 5 && name.chars().allMatch(Character::isUpperCase)) {
                acronyms.add(name);
            }
        }
        return acronyms;
    }

    /** Every trigger category, for documentation and tests. */
    Set<String> categories() {
        Set<String> categories = new HashSet<>();
        triggersByFirstLemma.values().forEach(list -> list.forEach(t -> categories.add(t.category())));
        return Collections.unmodifiableSet(categories);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
