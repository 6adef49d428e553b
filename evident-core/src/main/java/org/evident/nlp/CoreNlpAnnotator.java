package org.evident.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.evident.model.Article;
import org.evident.timing.Stage;
import org.evident.timing.StageTimes;

/**
 * The CoreNLP adapter: runs tokenize, ssplit, pos, lemma, ner (with SUTime, anchored at the publication date)
 * and depparse, and copies what Evident reads into its own records. Models load once, in the constructor. With a
 * selective {@link Scope}, the expensive annotators run only on the sentences that can hold an event or its
 * arguments, and SUTime only on those of them with a time word; the others keep their tokens, tags and lemmas
 * (offsets are those of the whole text either way) and have no entities or parse. Thread-safe: one instance serves
 * all threads.
 */
public final class CoreNlpAnnotator implements Annotator {

    /** Which sentences the expensive annotators (NER with SUTime, the dependency parse) run on. */
    public enum Scope {
        /** Every sentence: what bare CoreNLP does. */
        FULL,
        /** NER on every sentence, the parse only on sentences that can hold an event or its arguments. */
        SELECTIVE_PARSE,
        /**
         * NER and the parse only on sentences that can hold an event or its arguments, SUTime only on those of them
         * with a word that can name a time.
         */
        SELECTIVE;

        /** The scope named by a system property's value (full, selective-parse, selective), or the default. */
        public static Scope parse(String name, Scope otherwise) {
            if (name == null || name.isBlank()) {
                return otherwise;
            }
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown annotation scope '" + name
                        + "' (expected full, selective-parse or selective)", e);
            }
        }
    }

    /** How far back the extractor looks for a pronoun speaker's referent (a named subject). */
    private static final int PRONOUN_REACH = 2;
    /** The headline and the lede (with any dateline): they set the article's country for geocoding. */
    private static final int ALWAYS_CHOSEN = 2;
    /**
     * The longest sentence, in tokens, that is tagged, named and parsed. News has none near it (the longest "sentence"
     * in the visible corpora, a list without stops, is about 400 words); one of tens of thousands of tokens (a page
     * without stops, a run of symbols or emoji) would hold a core for minutes in the tagger or exhaust the heap. Its
     * tokens keep their text and offsets, with the part of speech X, so no rule reads an event in it.
     */
    public static final int LONGEST_ANALYSED_SENTENCE = 1000;

    private final Properties properties;
    private final StanfordCoreNLP tagging;
    /**
     * The first stage for texts with a paragraph on each line (see {@link LineLayout}): a single line break ends a
     * sentence. Null when the settings already say how line breaks split sentences.
     */
    private final StanfordCoreNLP lineTagging;
    /** The first stage for all-caps articles; built on the first such article (its model is 100 MB). */
    private StanfordCoreNLP truecasing;
    /** The annotators after pos, one pipeline each, so that each is timed and may run on chosen sentences only. */
    private final List<Step> steps;
    private final Set<String> properNouns;
    private final boolean truecase;
    private final Scope scope;
    private final SentenceFocus focus;
    private final StageTimes times = new StageTimes();
    private final LongAdder sentencesSeen = new LongAdder();
    private final LongAdder sentencesChosen = new LongAdder();
    private final LongAdder sentencesTimed = new LongAdder();
    private final Duration loadTime;
    /** Whether NER with SUTime is among the annotators. */
    private final boolean runsSUTime;

    /**
     * One annotator after pos. {@code untimed}, when set, is the same annotator with SUTime off, for the chosen
     * sentences without a time word (see {@link TimeCues}).
     */
    private record Step(String name, Consumer<Annotation> pipeline, Consumer<Annotation> untimed, Stage stage,
                        boolean selective) {}

    /** The default annotators, with no forced proper nouns. */
    public CoreNlpAnnotator() {
        this(Set.of());
    }

    /**
     * @param properNouns acronyms that are names wherever they stand in upper case, though they spell an English
     *                    word ("IS" for Islamic State, which the tagger reads as the verb); tagged NNP before
     *                    lemmas, NER and the parse are computed
     */
    public CoreNlpAnnotator(Set<String> properNouns) {
        this(defaultProperties(), properNouns);
    }

    public CoreNlpAnnotator(Properties properties, Set<String> properNouns) {
        this(properties, properNouns, true);
    }

    /** @param truecase whether all-caps articles are truecased before tagging (off only to measure its cost) */
    public CoreNlpAnnotator(Properties properties, Set<String> properNouns, boolean truecase) {
        this(properties, properNouns, truecase, Scope.FULL, null);
    }

    /**
     * @param scope    which sentences NER and the parse run on
     * @param focus    for a selective scope, what makes a sentence worth the full analysis (null for FULL)
     */
    public CoreNlpAnnotator(Properties properties, Set<String> properNouns, boolean truecase, Scope scope,
                            SentenceFocus focus) {
        long start = System.nanoTime();
        if (scope != Scope.FULL && focus == null) {
            throw new IllegalArgumentException("a selective annotation scope needs a focus that selects sentences");
        }
        this.properties = new Properties();
        this.properties.putAll(properties);
        // Tags can be corrected between tokenize, ssplit, pos and the rest; each later annotator is its own
        // pipeline (CoreNLP shares the models between pipelines with the same settings).
        Properties first = new Properties();
        first.putAll(properties);
        first.setProperty("annotators", "tokenize,ssplit,pos");
        this.tagging = new StanfordCoreNLP(first);
        if ("two".equals(first.getProperty("ssplit.newlineIsSentenceBreak"))) {
            Properties lines = new Properties();
            lines.putAll(first);
            lines.setProperty("ssplit.newlineIsSentenceBreak", "always");
            this.lineTagging = new StanfordCoreNLP(lines);
        } else {
            this.lineTagging = null;
        }
        List<Step> steps = new ArrayList<>();
        for (String name : properties.getProperty("annotators").split("\\s*,\\s*")) {
            if (name.isBlank() || List.of("tokenize", "ssplit", "pos").contains(name)) {
                continue;
            }
            Properties props = new Properties();
            props.putAll(properties);
            props.setProperty("annotators", name);
            Stage stage = switch (name) {
                case "lemma" -> Stage.TAGGING;
                case "depparse", "parse" -> Stage.DEPPARSE;
                default -> Stage.NER;
            };
            boolean selective = scope == Scope.SELECTIVE && stage != Stage.TAGGING
                    || scope == Scope.SELECTIVE_PARSE && stage == Stage.DEPPARSE;
            Consumer<Annotation> untimed = null;
            if (scope == Scope.SELECTIVE && name.equals("ner") && usesSUTime(props)) {
                Properties withoutTime = new Properties();
                withoutTime.putAll(props);
                withoutTime.setProperty("ner.useSUTime", "false");
                untimed = new StanfordCoreNLP(withoutTime, false)::annotate;
            }
            Consumer<Annotation> pipeline = scope == Scope.SELECTIVE && name.equals("depparse")
                    ? new BasicDependencyParse(props) : new StanfordCoreNLP(props, false)::annotate;
            steps.add(new Step(name, pipeline, untimed, stage, selective));
        }
        this.steps = List.copyOf(steps);
        this.properNouns = Set.copyOf(properNouns);
        this.truecase = truecase;
        this.scope = scope;
        this.focus = focus;
        this.runsSUTime = steps.stream().anyMatch(step -> step.name().equals("ner")) && usesSUTime(properties);
        this.loadTime = Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * The annotators Evident needs. Fine-grained NER is off: it costs 3-5x the rest of NER and Evident finds
     * places with its own gazetteer. One CRF model (person, organisation, location) instead of the default three:
     * dates, numbers and money come from SUTime and the numeric classifiers anyway, nationalities from the codebooks
     * and the gazetteer; measured, the gold scores are the same or better (two more dates and sizes right), MUC-4 is
     * unchanged, and the live heap is 130 MB smaller. A blank line ends a sentence, so headlines stay out of the first sentence; in a text with a paragraph on each
     * line, so does a single line break (see {@link LineLayout}).
     */
    public static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("depparse.extradependencies", "NONE");
        props.setProperty("pos.maxlen", Integer.toString(LONGEST_ANALYSED_SENTENCE));
        props.setProperty("ner.maxlen", Integer.toString(LONGEST_ANALYSED_SENTENCE));
        return props;
    }

    /** How long the models took to load. */
    public Duration loadTime() {
        return loadTime;
    }

    /** The CoreNLP settings, annotators included (a copy). */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    public Scope scope() {
        return scope;
    }

    /**
     * Sentences annotated so far, how many of them NER or the parse ran on, and how many SUTime ran on
     * ({seen, chosen, timed}).
     */
    public long[] sentenceCounts() {
        return new long[] {sentencesSeen.sum(), sentencesChosen.sum(), sentencesTimed.sum()};
    }

    /** Time spent so far in each NLP stage, over all articles and threads. */
    public StageTimes times() {
        return times;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        long clock = System.nanoTime();
        Annotation document = new Annotation(article.body());
        if (article.published() != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        boolean upper = truecase && isMostlyUpperCase(article.body());
        firstStage(article.body(), upper).annotate(document);
        correctTags(document);
        clock = times.since(upper ? Stage.TRUECASE : Stage.TAGGING, clock);
        boolean[] chosen = null;
        int timedSentences = -1;
        for (Step step : steps) {
            if (step.selective() && chosen == null) {
                clock = System.nanoTime();
                chosen = chosenSentences(document);
                clock = times.since(Stage.SELECTION, clock);
            }
            if (!step.selective()) {
                step.pipeline().accept(document);
            } else if (step.untimed() == null) {
                step.pipeline().accept(part(document, chosen));
            } else {
                boolean[] timed = timedSentences(document, chosen);
                boolean[] untimed = new boolean[chosen.length];
                for (int i = 0; i < chosen.length; i++) {
                    untimed[i] = chosen[i] && !timed[i];
                }
                step.pipeline().accept(part(document, timed));
                step.untimed().accept(part(document, untimed));
                timedSentences = count(timed);
            }
            clock = times.since(step.stage(), clock);
        }
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(toSentence(sentences.size(), sentence));
        }
        sentencesSeen.add(sentences.size());
        int chosenCount = chosen == null ? sentences.size() : count(chosen);
        sentencesChosen.add(chosenCount);
        sentencesTimed.add(timedSentences >= 0 ? timedSentences : runsSUTime ? chosenCount : 0);
        times.since(Stage.CONVERSION, clock);
        return new AnnotatedArticle(article, sentences);
    }

    /**
     * The sentences that can hold an event or its arguments. Chosen: the headline and lede; every key sentence;
     * before a key sentence with a personal pronoun, those of the two sentences before with a proper noun (the
     * pronoun's referent may be named there); after a key sentence, the next one when it has a follow-up lemma
     * (doubt about the report). Needs tags and lemmas.
     */
    private boolean[] chosenSentences(Annotation document) {
        List<CoreMap> all = document.get(CoreAnnotations.SentencesAnnotation.class);
        boolean[] chosen = new boolean[all.size()];
        int clauses = 0;
        for (int i = 0; i < all.size(); i++) {
            List<CoreLabel> sentence = all.get(i).get(CoreAnnotations.TokensAnnotation.class);
            chosen[i] |= clauses < ALWAYS_CHOSEN; // captions and bylines before the lede do not push it out
            if (hasVerb(sentence)) {
                clauses++;
            }
            if (!focus.key().test(tagged(i, sentence))) {
                continue;
            }
            chosen[i] = true;
            if (sentence.stream().anyMatch(t -> "PRP".equals(t.tag()))) {
                for (int k = reachBack(all, i, PRONOUN_REACH); k < i; k++) {
                    // the referent is a named person: a sentence without a proper noun cannot hold it
                    chosen[k] |= all.get(k).get(CoreAnnotations.TokensAnnotation.class).stream()
                            .anyMatch(t -> t.tag() != null && t.tag().startsWith("NNP"));
                }
            }
            if (i + 1 < all.size() && has(all.get(i + 1).get(CoreAnnotations.TokensAnnotation.class), focus.followUp())) {
                chosen[i + 1] = true;
            }
        }
        for (int i = 0; i < all.size(); i++) {
            // untagged (see LONGEST_ANALYSED_SENTENCE): NER and the parse would take minutes over it
            chosen[i] &= all.get(i).get(CoreAnnotations.TokensAnnotation.class).size() <= LONGEST_ANALYSED_SENTENCE;
        }
        return chosen;
    }

    /** As {@link AnnotatedArticle#reachBack}: the window back from sentence i over so many sentences with a verb. */
    private static int reachBack(List<CoreMap> all, int i, int clauses) {
        int first = i;
        for (int counted = 0; first > 0 && counted < clauses; ) {
            first--;
            if (hasVerb(all.get(first).get(CoreAnnotations.TokensAnnotation.class))) {
                counted++;
            }
        }
        return first;
    }

    private static boolean hasVerb(List<CoreLabel> sentence) {
        return sentence.stream().anyMatch(t -> t.tag() != null
                && (t.tag().startsWith("VB") || t.tag().equals("MD")));
    }

    private static int count(boolean[] chosen) {
        int count = 0;
        for (boolean c : chosen) {
            count += c ? 1 : 0;
        }
        return count;
    }

    /** Of the chosen sentences, those with a word SUTime can read (see {@link TimeCues}). */
    private static boolean[] timedSentences(Annotation document, boolean[] chosen) {
        List<CoreMap> all = document.get(CoreAnnotations.SentencesAnnotation.class);
        boolean[] timed = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            timed[i] = chosen[i] && TimeCues.mayHoldTime(all.get(i).get(CoreAnnotations.TokensAnnotation.class));
        }
        return timed;
    }

    /** Some of the sentences, as a document of their own that shares the tokens (and so the offsets) of the whole. */
    private static Annotation part(Annotation document, boolean[] which) {
        List<CoreMap> all = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> sentences = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (which[i]) {
                sentences.add(all.get(i));
                tokens.addAll(all.get(i).get(CoreAnnotations.TokensAnnotation.class));
            }
        }
        Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        if (document.containsKey(CoreAnnotations.DocDateAnnotation.class)) {
            part.set(CoreAnnotations.DocDateAnnotation.class, document.get(CoreAnnotations.DocDateAnnotation.class));
        }
        return part;
    }

    /** Whether NER runs SUTime with these settings (CoreNLP's default is yes). */
    private static boolean usesSUTime(Properties props) {
        return !"false".equalsIgnoreCase(props.getProperty("ner.useSUTime", "true").trim());
    }

    private static boolean has(List<CoreLabel> tokens, Predicate<String> lemmas) {
        for (CoreLabel token : tokens) {
            String lemma = token.lemma() == null ? token.word() : token.lemma();
            if (lemmas.test(lemma.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Wire and radio transcripts come in capitals, where POS and NER models see every word as a name. For them the
     * first stage is tokenize, ssplit, truecase, pos: the truecaser rewrites each token's word ("JOHN" → "John",
     * "SAID" → "said") before tagging, so that tags, lemmas, NER and the parse see ordinary case. Token offsets and
     * original text are untouched, so every span still points into the article as written.
     */
    /** Loads the truecaser before the first article in capitals: it takes seconds, and only wire copy needs it. */
    @Override
    public void prepare(Article article) {
        if (truecase && isMostlyUpperCase(article.body())) {
            truecasing();
        }
    }

    /** Tokens, sentences and tags: all-caps text is truecased first; a text with a paragraph per line splits at lines. */
    private StanfordCoreNLP firstStage(String body, boolean upper) {
        if (upper) {
            return truecasing();
        }
        return lineTagging != null && LineLayout.linePerParagraph(body) ? lineTagging : tagging;
    }

    private synchronized StanfordCoreNLP truecasing() {
        if (truecasing == null) {
            Properties props = new Properties();
            props.putAll(properties);
            props.setProperty("annotators", "tokenize,ssplit,truecase,pos");
            props.setProperty("truecase.overwriteText", "true");
            truecasing = new StanfordCoreNLP(props, true);
        }
        return truecasing;
    }

    /** Whether at least 80% of the text's letters (and at least 20 of them) are capitals. */
    static boolean isMostlyUpperCase(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 20 && upper >= 0.8 * letters;
    }

    /** Forced proper nouns, unless the whole sentence is in capitals (then "IS" may well be the verb). */
    private void correctTags(Annotation document) {
        if (properNouns.isEmpty()) {
            return;
        }
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (isAllCaps(tokens)) {
                continue;
            }
            for (CoreLabel token : tokens) {
                if (properNouns.contains(token.word())) {
                    token.setTag("NNP");
                }
            }
        }
    }

    private static boolean isAllCaps(List<CoreLabel> tokens) {
        int lower = 0;
        for (CoreLabel token : tokens) {
            for (char c : token.word().toCharArray()) {
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        return lower == 0;
    }

    /** A sentence as tagging leaves it: tokens with parts of speech and lemmas, no entities, no parse. */
    private static Sentence tagged(int index, List<CoreLabel> labels) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            tokens.add(toToken(i, labels.get(i)));
        }
        return new Sentence(index, tokens, List.of(), List.of());
    }

    private static Sentence toSentence(int index, CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            tokens.add(toToken(i, labels.get(i)));
        }
        return new Sentence(index, tokens, dependencies(sentence), entities(sentence));
    }

    private static Token toToken(int index, CoreLabel label) {
        String lemma = label.lemma() == null ? label.word() : label.lemma();
        String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        String text = label.originalText() == null ? label.word() : label.originalText();
        return new Token(index, text, lemma.toLowerCase(Locale.ROOT), label.tag(), label.ner() == null ? "O" : label.ner(),
                normalized, label.beginPosition(), label.endPosition());
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Dependency> result = new ArrayList<>();
        if (graph == null) {
            return result;
        }
        graph.getRoots().forEach(root -> result.add(new Dependency(-1, root.index() - 1, "root")));
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            result.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                    edge.getRelation().toString()));
        }
        return result;
    }

    private static List<EntityMention> entities(CoreMap sentence) {
        List<EntityMention> result = new ArrayList<>();
        List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return result;
        }
        for (CoreMap mention : mentions) {
            List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens == null || tokens.isEmpty()) {
                continue;
            }
            CoreLabel first = tokens.get(0);
            CoreLabel last = tokens.get(tokens.size() - 1);
            String normalized = first.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            result.add(new EntityMention(first.index() - 1, last.index() - 1,
                    mention.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                    mention.get(CoreAnnotations.TextAnnotation.class), normalized,
                    first.beginPosition(), last.endPosition()));
        }
        return result;
    }
}
