package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.extract.Readings.reading;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.parsed;

import java.util.List;
import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/** Doubt cast on a report by the next sentence or by a doubting word on the report, on hand-parsed sentences. */
class DoubtReaderTest {

    private final DoubtReader reader = new DoubtReader(BundledCodebook.get());

    // "Rebels attacked the town, residents said."
    private final Sentence report = parsed("Rebels/rebel/NNS attacked/attack/VBD the/the/DT town/town/NN ,/,/, "
            + "residents/resident/NNS said/say/VBD", "6>1:ccomp", "1>0:nsubj", "1>3:obj", "3>2:det", "6>4:punct",
            "6>5:nsubj");

    // "This could not be verified."
    private final Sentence doubt = parsed("This/this/DT could/could/MD not/not/RB be/be/VB verified/verify/VBN",
            "4>0:nsubj:pass", "4>1:aux", "4>2:advmod", "4>3:aux:pass");

    /** How sure the text is of the attack at token {@code head} of the first sentence, read as {@code status}. */
    private Reading.Epistemic read(AnnotatedArticle article, int head, Status status) {
        Reading attack = reading(article.sentences().get(0), head, "ASSAULT", status);
        return reader.apply(article, List.of(attack)).get(0).epistemic();
    }

    @Test
    void aSentenceThatPointsBackAndDoubtsMakesTheReportUnverified() {
        Reading.Epistemic read = read(article("2020-01-01", report, doubt), 1, Status.REPORTED);
        assertThat(read.status()).isEqualTo(Status.UNVERIFIED);
        assertThat(read.cue().text()).isEqualTo("verified");
    }

    @Test
    void aDoubtThatPointsAtNothingBeforeItLeavesTheReport() {
        // "Officials could not verify the toll": its subject is not the report
        Sentence officials = parsed("Officials/official/NNS could/could/MD not/not/RB verify/verify/VB "
                + "the/the/DT toll/toll/NN", "3>0:nsubj", "3>1:aux", "3>2:advmod", "3>5:obj", "5>4:det");
        assertThat(read(article("2020-01-01", report, officials), 1, Status.REPORTED).status())
                .isEqualTo(Status.REPORTED);
    }

    @Test
    void anAssertedFactKeepsItsStatus() {
        assertThat(read(article("2020-01-01", report, doubt), 1, Status.ASSERTED).status()).isEqualTo(Status.ASSERTED);
    }

    @Test
    void aDoubtingWordOnTheSubjectOfAReportingVerbMakesItUnverified() {
        // "Unconfirmed reports said rebels attacked the town"
        Sentence s = parsed("Unconfirmed/unconfirmed/JJ reports/report/NNS said/say/VBD rebels/rebel/NNS "
                        + "attacked/attack/VBD the/the/DT town/town/NN",
                "1>0:amod", "2>1:nsubj", "2>4:ccomp", "4>3:nsubj", "4>6:obj", "6>5:det");
        Reading.Epistemic read = read(article("2020-01-01", s), 4, Status.REPORTED);
        assertThat(read.status()).isEqualTo(Status.UNVERIFIED);
        assertThat(read.cue().text()).isEqualTo("Unconfirmed");
    }

    @Test
    void aDoubtingWordOnTheEventsOwnObjectIsNoDoubtOnTheReport() {
        // "Police said rebels attacked an unverified target": the word is no report's
        Sentence s = parsed("Police/police/NNS said/say/VBD rebels/rebel/NNS attacked/attack/VBD an/a/DT "
                        + "unverified/unverified/JJ target/target/NN",
                "1>0:nsubj", "1>3:ccomp", "3>2:nsubj", "3>6:obj", "6>4:det", "6>5:amod");
        assertThat(read(article("2020-01-01", s), 3, Status.REPORTED).status()).isEqualTo(Status.REPORTED);
    }

    @Test
    void aDoubtedVerificationOfWhatPointsBackMakesTheReportUnverified() {
        // "Reuters could not independently verify the report."
        Sentence s = parsed("Reuters/Reuters/NNP could/could/MD not/not/RB independently/independently/RB "
                        + "verify/verify/VB the/the/DT report/report/NN",
                "4>0:nsubj", "4>1:aux", "4>2:advmod", "4>3:advmod", "4>6:obj", "6>5:det");
        Reading.Epistemic read = read(article("2020-01-01", report, s), 1, Status.REPORTED);
        assertThat(read.status()).isEqualTo(Status.UNVERIFIED);
        assertThat(read.cue().text()).isEqualTo("verify");
        // "Agencies have not verified it": the pronoun stands for something in its own sentence
        Sentence pronoun = parsed("Agencies/agency/NNS have/have/VBP not/not/RB verified/verify/VBN it/it/PRP",
                "3>0:nsubj", "3>1:aux", "3>2:advmod", "3>4:obj");
        assertThat(read(article("2020-01-01", report, pronoun), 1, Status.REPORTED).status())
                .isEqualTo(Status.REPORTED);
    }
}
