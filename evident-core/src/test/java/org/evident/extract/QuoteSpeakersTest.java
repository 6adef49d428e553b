package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.testkit.Parses.article;
import static org.evident.testkit.Parses.entity;
import static org.evident.testkit.Parses.parsed;
import static org.evident.testkit.Parses.withEntities;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Sentence;
import org.evident.testkit.BundledCodebook;
import org.junit.jupiter.api.Test;

/** Who speaks a quotation: the reporting verb outside it, or an "according to" phrase; parses by hand. */
class QuoteSpeakersTest {

    private final Codebook codebook = BundledCodebook.get();
    private final SourceFinder sources = new SourceFinder(codebook);

    private Reading.Source speaker(Sentence... sentences) {
        AnnotatedArticle article = article("2020-01-01", sentences);
        List<Quotes.Quote> quotes = Quotes.find(article.article().body());
        MentionReader.Context context = new MentionReader.Context(article, Map.of(), quotes,
                LocalDate.parse("2020-01-01"));
        return QuoteSpeakers.speaker(context, quotes.get(0), codebook, sources);
    }

    @Test
    void theReportingVerbAfterAQuoteNamesItsSpeaker() {
        // "“We will fight,” the minister said."
        Sentence s = parsed("\u201C/\u201C/`` We/we/PRP will/will/MD fight/fight/VB ,/,/, \u201D/\u201D/'' the/the/DT "
                        + "minister/minister/NN said/say/VBD ./././.",
                "8>3:ccomp", "3>1:nsubj", "3>2:aux", "8>7:nsubj", "7>6:det", "3>0:punct", "3>4:punct", "3>5:punct");
        assertThat(speaker(s).text()).isEqualTo("the minister");
    }

    @Test
    void aReportingVerbInsideTheQuoteIsNotItsSpeakers() {
        // "“Police said nothing,” ..." with no verb outside: the quoted "said" is the speaker's words
        Sentence s = parsed("\u201C/\u201C/`` Police/police/NNS said/say/VBD nothing/nothing/NN \u201D/\u201D/''",
                "2>1:nsubj", "2>3:obj", "2>0:punct", "2>4:punct");
        assertThat(speaker(s)).isNull();
    }

    @Test
    void anAccordingToPhraseOutsideTheQuoteNamesItsSpeaker() {
        // "“The deal is done,” according to the BBC."
        Sentence s = parsed("\u201C/\u201C/`` The/the/DT deal/deal/NN is/be/VBZ done/do/VBN ,/,/, \u201D/\u201D/'' "
                        + "according/accord/VBG to/to/IN the/the/DT BBC/BBC/NNP/ORGANIZATION",
                "4>2:nsubj:pass", "2>1:det", "4>3:aux:pass", "4>10:obl", "10>7:case", "7>8:fixed", "10>9:det",
                "4>0:punct", "4>5:punct", "4>6:punct");
        assertThat(speaker(withEntities(s, entity(s, 10, 10, "ORGANIZATION", null))).text()).isEqualTo("BBC");
    }

    @Test
    void theSentenceBeforeThatIntroducesAQuoteNamesItsSpeaker() {
        // "The commander told reporters:" / "“We hold the town.”"
        Sentence intro = parsed("The/the/DT commander/commander/NN told/tell/VBD reporters/reporter/NNS :/:/:",
                "2>1:nsubj", "1>0:det", "2>3:obj", "2>4:punct");
        Sentence quote = parsed("\u201C/\u201C/`` We/we/PRP hold/hold/VBP the/the/DT town/town/NN ./././. "
                + "\u201D/\u201D/''", "2>1:nsubj", "2>4:obj", "4>3:det", "2>0:punct", "2>5:punct", "2>6:punct");
        assertThat(speaker(intro, quote).text()).isEqualTo("The commander");
    }
}
