package org.evident.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.evident.extract.Codebook;
import org.evident.model.Article;
import org.evident.testkit.SharedAnnotator;
import org.junit.jupiter.api.Test;

/**
 * A selective scope runs NER and the parse only on chosen sentences and leaves every token as the full annotation
 * has it. CoreNLP shares its loaded models between annotators with the same settings, so the second one is cheap.
 */
class SelectiveAnnotationTest {

    private static final String TEXT = "Markets closed early in Ruvuma\n\n"
            + "The weather was warm all week in the south. "      // 1: lede, always chosen
            + "Farmers sold maize and beans at the market. "      // 2
            + "Traders counted the money before dusk. "           // 3
            + "Bus fares rose again in March. "                   // 4
            + "Rebels attacked a police post near Songea on Tuesday, the governor said. " // 5: key
            + "The report is unconfirmed. "                       // 6: follow-up of a key sentence
            + "Rain is expected in Mbinga tomorrow.";             // 7

    private static final SentenceFocus FOCUS = SentenceFocus.ofLemmas(Set.of("attack", "say")::contains,
            Set.of("unconfirmed")::contains);

    private static Article article() {
        return Article.of("selective", TEXT, LocalDate.of(2021, 6, 3));
    }

    @Test
    void unchosenSentencesKeepTokensTagsAndOffsetsButHaveNoParseOrEntities() {
        AnnotatedArticle full = SharedAnnotator.get().annotate(article());
        CoreNlpAnnotator selective = new CoreNlpAnnotator(CoreNlpAnnotator.defaultProperties(), Codebook.bundled().acronyms(), true,
                CoreNlpAnnotator.Scope.SELECTIVE, FOCUS);
        AnnotatedArticle part = selective.annotate(article());

        assertThat(part.sentences()).hasSameSizeAs(full.sentences()).hasSize(8);
        for (int i = 0; i < full.sentences().size(); i++) {
            Sentence a = full.sentences().get(i);
            Sentence b = part.sentences().get(i);
            assertThat(b.tokens().stream().map(t -> List.of(t.text(), t.lemma(), t.pos(), t.begin(), t.end())).toList())
                    .as("tokens of sentence %d", i)
                    .isEqualTo(a.tokens().stream().map(t -> List.of(t.text(), t.lemma(), t.pos(), t.begin(), t.end())).toList());
            if (List.of(0, 1, 5, 6).contains(i)) {
                assertThat(b.dependencies()).as("parse of chosen sentence %d", i).isEqualTo(a.dependencies());
                assertThat(b.entities()).as("entities of chosen sentence %d", i).isEqualTo(a.entities());
                assertThat(b.tokens().stream().map(Token::ner).toList())
                        .isEqualTo(a.tokens().stream().map(Token::ner).toList());
            } else {
                assertThat(b.dependencies()).as("parse of sentence %d", i).isEmpty();
                assertThat(b.entities()).as("entities of sentence %d", i).isEmpty();
                assertThat(b.tokens()).allSatisfy(t -> assertThat(t.ner()).isEqualTo("O"));
            }
        }
        assertThat(part.sentences().get(5).entities()).anySatisfy(e -> assertThat(e.type()).isEqualTo("DATE"));
        // SUTime ran on the chosen sentences with a time word: 1 ("week") and 5 ("Tuesday")
        assertThat(selective.sentenceCounts()).containsExactly(8, 4, 2);
    }

    @Test
    void selectiveParseRunsNerEverywhereAndTheParseOnChosenSentencesOnly() {
        AnnotatedArticle full = SharedAnnotator.get().annotate(article());
        AnnotatedArticle part = new CoreNlpAnnotator(CoreNlpAnnotator.defaultProperties(), Codebook.bundled().acronyms(), true,
                CoreNlpAnnotator.Scope.SELECTIVE_PARSE, FOCUS).annotate(article());

        for (int i = 0; i < full.sentences().size(); i++) {
            assertThat(part.sentences().get(i).entities()).isEqualTo(full.sentences().get(i).entities());
        }
        assertThat(part.sentences().get(7).dependencies()).isEmpty();
        assertThat(part.sentences().get(5).dependencies()).isEqualTo(full.sentences().get(5).dependencies());
    }

    @Test
    void aSentenceTooLongToAnalyseIsLeftUntaggedAndTheOthersAreAnalysed() {
        String endless = String.join(" ", java.util.Collections.nCopies(CoreNlpAnnotator.LONGEST_ANALYSED_SENTENCE + 100,
                "rebels attacked"));
        CoreNlpAnnotator selective = new CoreNlpAnnotator(CoreNlpAnnotator.defaultProperties(), Set.of(), true,
                CoreNlpAnnotator.Scope.SELECTIVE, FOCUS);
        AnnotatedArticle annotated = selective.annotate(Article.of("endless",
                "Rebels attacked a police post near Songea on Tuesday.\n\n" + endless + "\n\nThe governor said so.",
                LocalDate.of(2021, 6, 3)));

        assertThat(annotated.sentences()).hasSize(3);
        Sentence untagged = annotated.sentences().get(1);
        assertThat(untagged.tokens()).hasSize(2 * (CoreNlpAnnotator.LONGEST_ANALYSED_SENTENCE + 100))
                .allSatisfy(t -> assertThat(t.pos()).isEqualTo("X"));
        assertThat(untagged.dependencies()).isEmpty(); // its key words do not make it chosen
        Sentence lede = annotated.sentences().get(0);
        assertThat(lede.token(1).pos()).isEqualTo("VBD");
        assertThat(lede.dependencies()).isNotEmpty();
        assertThat(lede.entities()).anySatisfy(e -> assertThat(e.type()).isEqualTo("LOCATION"));
    }
}
