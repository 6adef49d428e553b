package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.read.Fixtures.onlyArticle;
import static org.evident.read.Fixtures.onlyReject;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.evident.eval.LabelledText;
import org.evident.eval.LabelledTexts;
import org.evident.model.Article;
import org.evident.model.Json;
import org.evident.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Short English news is read as English, whatever its articles and possessives look like to the function-word
 * counts of other languages; longer texts in other languages are still told apart.
 */
class EnglishIsNeverRejectedTest {

    private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

    /** The language a text is read in, or the reason it was rejected; as a JSON record, so any text stays text. */
    private String languageRead(ArticleReader reader, String text) {
        String record;
        try {
            record = Json.mapper().writeValueAsString(Map.of("text", text)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<ReadOutcome> outcomes = reader.read("s.jsonl", record.getBytes(StandardCharsets.UTF_8));
        return outcomes.get(0) instanceof ReadOutcome.Read read ? read.article().language()
                : ((ReadOutcome.Rejected) outcomes.get(0)).reason();
    }

    @Test
    void everyCaseSnippetAndPloverGoldSentenceIsReadAsEnglish() throws IOException {
        Path shared = SharedData.require();
        List<LabelledText> texts = new ArrayList<>(LabelledTexts.readCase(
                shared.resolve("corpus/case2021-task2/task2/test_dataset/test_set_final_release_with_labels.tsv")));
        texts.addAll(LabelledTexts.readPloverGsr(shared.resolve("corpus/plover-gsr/PLOVER_GSR_CAMEO.txt")));

        List<String> rejected = new ArrayList<>();
        for (LabelledText text : texts) {
            String language = languageRead(reader, text.text());
            if (!language.equals("en")) {
                rejected.add(text.origin() + ": " + language + ": " + text.text());
            }
        }

        assertThat(texts).hasSizeGreaterThan(1300);
        assertThat(rejected).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A Pakistani police officer walks past a vehicle hit by a bomb in a town.",
        "Haiti's UN envoy said a vote to go ahead was set by a court.",
        "Taiwan's minister went to Russia's capital to talk to a UN body.",
        "A man was shot by a sniper as a crowd ran to a bus.",
        "Brazil's president can't say who's to blame for a fire at a UN depot.",
        "UN: a cholera outbreak in Yemen's south",
        "Mob lynches man in Assam",
        "It's a deal: Iran's ministers sign a pact to end a row.",
    })
    void shortEnglishSentencesAreReadAsEnglish(String sentence) {
        assertThat(languageRead(reader, sentence)).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "de|Die Regierung hat am Dienstag angekündigt, dass die Steuern im nächsten Jahr nicht steigen werden. "
            + "Der Finanzminister sagte, die Einnahmen seien höher als erwartet, und die Opposition kritisierte "
            + "den Plan als unrealistisch. Eine Entscheidung des Parlaments wird für den Herbst erwartet.",
        "fr|Le gouvernement a annoncé mardi que les impôts n'augmenteront pas l'année prochaine. Le ministre des "
            + "Finances a déclaré que les recettes étaient plus élevées que prévu, et l'opposition a critiqué ce "
            + "projet qu'elle juge irréaliste. Une décision du parlement est attendue pour l'automne.",
        "es|El gobierno anunció el martes que los impuestos no subirán el próximo año. El ministro de Hacienda "
            + "dijo que los ingresos fueron más altos de lo previsto, y la oposición criticó el plan por poco "
            + "realista. Se espera una decisión del parlamento para el otoño.",
    })
    void paragraphsInOtherLanguagesAreStillRejected(String languageAndText) {
        String language = languageAndText.substring(0, 2);
        String text = languageAndText.substring(3);

        assertThat(onlyReject(reader.read("p.txt", text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("language " + language + ", not supported");
    }

    @Test
    void aLanguageTheRecordDeclaresWinsOverTheText() {
        String record = "{\"text\": \"Die Regierung hat am Dienstag angekündigt, dass die Steuern nicht steigen"
                + " werden, und die Opposition kritisierte den Plan.\", \"language\": \"en\"}\n";

        Article article = onlyArticle(reader.read("r.jsonl", record.getBytes(StandardCharsets.UTF_8)));

        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void aTextTooShortToTellIsReadInTheFirstConfiguredLanguage() {
        LinkedHashSet<String> frenchFirst = new LinkedHashSet<>(List.of("fr", "en"));
        ArticleReader french = new ArticleReader(ReadOptions.defaults().withLanguages(frenchFirst));

        assertThat(languageRead(french, "Blast by a depot in Goma.")).isEqualTo("fr");
        assertThat(languageRead(reader, "Blast by a depot in Goma.")).isEqualTo("en");
    }
}
