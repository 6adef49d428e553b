package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.extract.Readings.reading;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.parsed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evident.model.Status;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/** Statements that are events of their own, and reporting verbs that only report one; parses by hand. */
class SpeechReaderTest {

    private final Codebook codebook = BundledCodebook.get();
    private final SpeechReader speech = new SpeechReader(codebook, new SourceFinder(codebook));

    private SpeechReader.Result read(AnnotatedArticle article, List<Reading> readings, Set<Integer> triggerHeads) {
        MentionReader.Context context = new MentionReader.Context(article, Map.of(),
                Quotes.find(article.article().body()), LocalDate.parse("2020-01-01"));
        return speech.read(context, article.sentences().get(0), readings, triggerHeads, List.of());
    }

    /** "SPEAKER said the talks were useful.", the speaker two words: a head and its dependent before it. */
    private static Sentence talksWereUseful(String first, String second, String relation) {
        return parsed(first + " " + second + " said/say/VBD the/the/DT talks/talk/NNS were/be/VBD useful/useful/JJ "
                + "./././.", "2>1:nsubj", "1>0:" + relation, "2>6:ccomp", "6>4:nsubj", "4>3:det", "6>5:cop",
                "2>7:punct");
    }

    @Test
    void aNamedSpeakersStatementThatReportsNoEventIsAnEventOfItsOwn() {
        Sentence s = talksWereUseful("Minister/Minister/NNP", "Karimi/Karimi/NNP/PERSON", "compound");
        SpeechReader.Result result = read(article("2020-01-01", s), List.of(), Set.of());
        assertThat(result.readings()).singleElement().satisfies(r -> {
            assertThat(r.category()).isEqualTo("X-STATEMENT");
            assertThat(r.status()).isEqualTo(Status.REPORTED);
            assertThat(r.epistemic().source().text()).isEqualTo("Minister Karimi");
        });
    }

    @Test
    void aNamedSpeakersBeliefIsNoStatement() {
        // "Minister Karimi believes the talks were useful."
        Sentence s = parsed("Minister/Minister/NNP Karimi/Karimi/NNP/PERSON believes/believe/VBZ the/the/DT "
                + "talks/talk/NNS were/be/VBD useful/useful/JJ ./././.", "2>1:nsubj", "1>0:compound", "2>6:ccomp",
                "6>4:nsubj", "4>3:det", "6>5:cop", "2>7:punct");
        assertThat(read(article("2020-01-01", s), List.of(), Set.of()).readings()).isEmpty();
    }

    @Test
    void sayingOnesOwnHopeIsNoStatement() {
        // "Minister Karimi said she hoped the talks were useful."
        Sentence s = parsed("Minister/Minister/NNP Karimi/Karimi/NNP/PERSON said/say/VBD she/she/PRP "
                + "hoped/hope/VBD the/the/DT talks/talk/NNS were/be/VBD useful/useful/JJ ./././.", "2>1:nsubj",
                "1>0:compound", "2>4:ccomp", "4>3:nsubj", "4>8:ccomp", "8>6:nsubj", "6>5:det", "8>7:cop",
                "2>9:punct");
        assertThat(read(article("2020-01-01", s), List.of(), Set.of()).readings()).isEmpty();
    }

    @Test
    void aPlainStatementCountsOnlyWhenItsSpeakerIsNamed() {
        Sentence s = talksWereUseful("The/the/DT", "minister/minister/NN", "det");
        assertThat(read(article("2020-01-01", s), List.of(), Set.of()).readings()).isEmpty();
    }

    @Test
    void aReportOfAnEventIsNoStatementOfItsOwn() {
        // "Police said rebels attacked the town."
        Sentence s = parsed("Police/police/NNS said/say/VBD rebels/rebel/NNS attacked/attack/VBD the/the/DT "
                + "town/town/NN ./././.", "1>0:nsubj", "1>3:ccomp", "3>2:nsubj", "3>5:obj", "5>4:det", "1>6:punct");
        AnnotatedArticle article = article("2020-01-01", s);
        Reading attack = reading(article.sentences().get(0), 3, "ASSAULT", Status.REPORTED);
        SpeechReader.Result result = read(article, List.of(attack), Set.of(3));
        assertThat(result.readings()).noneMatch(r -> r.category().equals("X-STATEMENT"));
    }

    /** "Minister Karimi said rebels attacked the town." */
    private static Sentence karimiSaidRebelsAttacked() {
        return parsed("Minister/Minister/NNP Karimi/Karimi/NNP/PERSON said/say/VBD rebels/rebel/NNS "
                + "attacked/attack/VBD the/the/DT town/town/NN ./././.", "2>1:nsubj", "1>0:compound", "2>4:ccomp",
                "4>3:nsubj", "4>6:obj", "6>5:det", "2>7:punct");
    }

    @Test
    void aSpeakerWhoAlreadyMadeAStatementMakesAnotherOfTheEventReported() {
        Sentence earlier = talksWereUseful("Minister/Minister/NNP", "Karimi/Karimi/NNP/PERSON", "compound");
        Reading statement = read(article("2020-01-01", earlier), List.of(), Set.of()).readings().get(0);
        AnnotatedArticle article = article("2020-01-01", karimiSaidRebelsAttacked());
        Reading attack = reading(article.sentences().get(0), 4, "ASSAULT", Status.ASSERTED);
        MentionReader.Context context = new MentionReader.Context(article, Map.of(), List.of(),
                LocalDate.parse("2020-01-01"));
        SpeechReader.Result result = speech.read(context, article.sentences().get(0), List.of(attack), Set.of(4),
                List.of(statement));
        assertThat(result.readings()).anySatisfy(r -> {
            assertThat(r.category()).isEqualTo("X-STATEMENT");
            assertThat(r.status()).isEqualTo(Status.REPORTED);
            assertThat(r.epistemic().source().text()).isEqualTo("Minister Karimi");
        });
        assertThat(result.extraMentions().values()).allSatisfy(spans -> assertThat(spans)
                .noneMatch(span -> span.text().equals("said")));
    }

    @Test
    void aSpeakerHeardOnlyOnTheEventMakesNoStatementOfIt() {
        AnnotatedArticle article = article("2020-01-01", karimiSaidRebelsAttacked());
        Reading attack = reading(article.sentences().get(0), 4, "ASSAULT", Status.ASSERTED);
        SpeechReader.Result result = read(article, List.of(attack), Set.of(4));
        assertThat(result.readings()).noneMatch(r -> r.category().equals("X-STATEMENT"));
        assertThat(result.extraMentions().values()).anySatisfy(spans -> assertThat(spans)
                .anyMatch(span -> span.text().equals("said")));
    }

    @Test
    void aReportingVerbInsideAQuoteIsTheQuotedSpeakersWords() {
        // "“Police said nothing”"
        Sentence s = parsed("\u201C/\u201C/`` Police/police/NNS said/say/VBD nothing/nothing/NN \u201D/\u201D/''",
                "2>1:nsubj", "2>3:obj", "2>0:punct", "2>4:punct");
        assertThat(read(article("2020-01-01", s), List.of(), Set.of()).readings()).isEmpty();
    }

    @Test
    void theComplementLeavesOutAStatementConjoinedInIt() {
        // "He said rebels attacked and admitted police fled": two statements
        Sentence s = parsed("He/he/PRP said/say/VBD rebels/rebel/NNS attacked/attack/VBD and/and/CC "
                        + "admitted/admit/VBD police/police/NNS fled/flee/VBD",
                "1>0:nsubj", "1>3:ccomp", "3>2:nsubj", "3>5:conj", "5>4:cc", "5>7:ccomp", "7>6:nsubj");
        assertThat(speech.complement(s, 1)).containsExactlyInAnyOrder(2, 3);
        assertThat(speech.complement(s, 5)).containsExactlyInAnyOrder(6, 7);
    }

    @Test
    void aThatClauseHungElsewhereIsStillTheComplement() {
        // "revealed for the first time that rebels attacked", the clause parsed under "time"
        Sentence s = parsed("Officials/official/NNS revealed/reveal/VBD for/for/IN the/the/DT first/first/JJ "
                        + "time/time/NN that/that/IN rebels/rebel/NNS attacked/attack/VBD",
                "1>0:nsubj", "1>5:obl", "5>2:case", "5>3:det", "5>4:amod", "5>8:acl", "8>6:mark", "8>7:nsubj");
        assertThat(speech.complement(s, 1)).containsExactlyInAnyOrder(6, 7, 8);
    }
}
