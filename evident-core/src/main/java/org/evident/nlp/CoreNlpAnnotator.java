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
import org.evident.model.Article;

/**
 * The CoreNLP adapter: runs tokenize, ssplit, pos, lemma, ner (with SUTime, anchored at the publication date)
 * and depparse, and copies what Evident reads into its own records. Models load once, in the constructor.
 */
public final class CoreNlpAnnotator implements Annotator {

    private final Properties properties;
    private final StanfordCoreNLP tagging;
    /** The first stage for all-caps articles; built on the first such article (its model is 100 MB). */
    private StanfordCoreNLP truecasing;
    private final StanfordCoreNLP analysis;
    private final Set<String> properNouns;
    private final boolean truecase;
    private final Duration loadTime;

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
        long start = System.nanoTime();
        this.properties = new Properties();
        this.properties.putAll(properties);
        // Two stages so that tags can be corrected between them: tokenize, ssplit and pos first, the rest after.
        Properties first = new Properties();
        first.putAll(properties);
        first.setProperty("annotators", "tokenize,ssplit,pos");
        Properties second = new Properties();
        second.putAll(properties);
        String annotators = properties.getProperty("annotators");
        second.setProperty("annotators", annotators.replaceAll("(tokenize|ssplit|pos)\\s*,?", "").replaceAll("^,|,$", ""));
        this.tagging = new StanfordCoreNLP(first);
        this.analysis = new StanfordCoreNLP(second, false);
        this.properNouns = Set.copyOf(properNouns);
        this.truecase = truecase;
        this.loadTime = Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * The annotators Evident needs. Fine-grained NER is off: it costs 3-5x the rest of NER and Evident finds
     * places with its own gazetteer. A blank line ends a sentence, so headlines stay out of the first sentence.
     */
    public static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("depparse.extradependencies", "NONE");
        return props;
    }

    /** How long the models took to load. */
    public Duration loadTime() {
        return loadTime;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Annotation document = new Annotation(article.body());
        if (article.published() != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        (truecase && isMostlyUpperCase(article.body()) ? truecasing() : tagging).annotate(document);
        correctTags(document);
        analysis.annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(toSentence(sentences.size(), sentence));
        }
        return new AnnotatedArticle(article, sentences);
    }

    /**
     * Wire and radio transcripts come in capitals, where POS and NER models see every word as a name. For them the
     * first stage is tokenize, ssplit, truecase, pos: the truecaser rewrites each token's word ("JOHN" → "John",
     * "SAID" → "said") before tagging, so that tags, lemmas, NER and the parse see ordinary case. Token offsets and
     * original text are untouched, so every span still points into the article as written.
     */
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
