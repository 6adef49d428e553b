package org.evident.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The dependency parse as Evident reads it: CoreNLP's neural parser with the model and settings of the
 * {@code depparse} annotator, keeping only the basic dependencies. The annotator also derives four more graphs for
 * every sentence (collapsed, cc-processed, enhanced, enhanced++) that Evident never reads; building them is about an
 * eighth of the parse's time. The basic graph is the annotator's own ({@code SelectiveCheck} in evident-bench
 * compares them on a corpus).
 */
final class BasicDependencyParse implements Consumer<Annotation> {

    private final DependencyParser parser;
    private final GrammaticalStructure.Extras extras;

    /** @param properties CoreNLP settings; those starting with {@code depparse.} configure the parser */
    BasicDependencyParse(Properties properties) {
        Properties own = PropertiesUtils.extractPrefixedProperties(properties, "depparse.");
        this.parser = DependencyParser.loadFromModelFile(own.getProperty("model", DependencyParser.DEFAULT_MODEL), own);
        this.extras = GrammaticalStructure.Extras.valueOf(
                own.getProperty("extradependencies", "NONE").trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public void accept(Annotation document) {
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            GrammaticalStructure structure = parser.predict(sentence);
            SemanticGraph basic = SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.BASIC, extras,
                    null);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
        }
    }
}
