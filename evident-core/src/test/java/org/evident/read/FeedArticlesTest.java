package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evident.read.Fixtures.articles;
import static org.evident.read.Fixtures.bytes;
import static org.evident.read.Fixtures.rejects;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;

class FeedArticlesTest {

    private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

    @Test
    void rssItemsBecomeArticlesFromFullContentElseDescription() {
        List<ReadOutcome> outcomes = reader.read("feed.xml", bytes("feeds/rss2.xml"));
        List<Article> articles = articles(outcomes);
        assertThat(articles).hasSize(2);
        Article first = articles.get(0);
        assertThat(first.origin()).isEqualTo("feed.xml#item-1");
        assertThat(first.title()).isEqualTo("Harbour council votes to close old ferry pier");
        assertThat(first.body()).startsWith("The harbour council voted").contains("\n\nThe morning ferry")
                .doesNotContain("alert");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(first.url()).isEqualTo("https://ledger.example/news/2024/03/ferry-pier");
        assertThat(first.source()).isEqualTo("The Coastal Ledger");
        assertThat(first.section()).isEqualTo("Local news");
        assertThat(articles.get(1).body()).startsWith("The fishing fleet stayed in port");
    }

    @Test
    void rssItemWithoutTextIsRejectedByPosition() {
        List<ReadOutcome.Rejected> rejects = rejects(reader.read("feed.xml", bytes("feeds/rss2.xml")));
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).message()).isEqualTo("feed.xml#item-3: no article text found");
    }

    @Test
    void atomEntriesUseContentOrSummaryAndPublishedOrUpdated() {
        List<Article> articles = articles(reader.read("atom.xml", bytes("feeds/atom.xml")));
        assertThat(articles).extracting(Article::title)
                .containsExactly("Bridge reopens after flood repairs", "Farmers count the cost of late frost");
        assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(articles.get(0).body()).contains("stone bridge reopened").contains("\n\nThe county engineer");
        assertThat(articles.get(1).published()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(articles.get(1).url()).isEqualTo("https://valley.example/2024/05/frost");
        assertThat(articles.get(1).source()).isEqualTo("River Valley Times");
    }

    @Test
    void aWatchedFeedListsItsItemsAndReadsTheArticleOfEachAsTheFeedReaderDoes() {
        FeedItems feed = reader.feedItems("feed.xml", bytes("feeds/rss2.xml"));
        assertThat(feed.items()).hasSize(3);
        assertThat(feed.items().get(0).link()).isEqualTo("https://ledger.example/news/2024/03/ferry-pier");
        assertThat(feed.items()).extracting(FeedItems.Item::fingerprint).doesNotHaveDuplicates();
        assertThat(feed.article(2).body()).isEqualTo(articles(reader.read("feed.xml", bytes("feeds/rss2.xml")))
                .get(1).body());
        assertThat(feed.article(3)).isNull();
        assertThat(feed.problem(3)).isEqualTo("no article text found");
    }

    @Test
    void aFeedItemsFingerprintChangesWithWhatTheItemShows() {
        String feed = "<rss version=\"2.0\"><channel><title>T</title><item><title>%s</title><link>https://x.example/a"
                + "</link><description>Storm closes the coast road.</description></item></channel></rss>";
        String before = reader.feedItems("f", feed.formatted("Road closed").getBytes(StandardCharsets.UTF_8))
                .items().get(0).fingerprint();
        String same = reader.feedItems("f", feed.formatted("Road closed").getBytes(StandardCharsets.UTF_8))
                .items().get(0).fingerprint();
        String corrected = reader.feedItems("f", feed.formatted("Road reopened").getBytes(StandardCharsets.UTF_8))
                .items().get(0).fingerprint();
        assertThat(same).isEqualTo(before);
        assertThat(corrected).isNotEqualTo(before);
    }

    @Test
    void rfc822DatesAreReadWithTheirZoneAndIso8601OnesStillAre() {
        String feed = "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>https://x.example/a"
                + "</link><pubDate>%s</pubDate><description>Storm closes the coast road.</description></item>"
                + "</channel></rss>";
        Map<String, LocalDate> days = Map.of(
                "Sun, 31 Mar 2024 23:30:00 -0500", LocalDate.of(2024, 4, 1),
                "Sun, 31 Mar 24 23:30 EST", LocalDate.of(2024, 4, 1),
                "Mon, 1 Apr 2024 08:00:00 GMT", LocalDate.of(2024, 4, 1),
                "2024-03-31T23:30:00-05:00", LocalDate.of(2024, 4, 1));
        days.forEach((date, day) -> assertThat(reader.feedItems("f", feed.formatted(date)
                .getBytes(StandardCharsets.UTF_8)).article(1).published()).as(date).isEqualTo(day));
    }

    @Test
    void feedAfterFeedOnOneThreadEachIsReadWholeWhateverCameBeforeAndDoctypesStayRefused() {
        // the thread's parser is reused: a broken feed or a refused one must leave nothing behind for the next
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"inner\">]><rss version=\"2.0\"><channel>"
                + "<title>T</title><item><title>&x;</title><link>https://x.example/d</link><description>Storm closes the"
                + " coast road.</description></item></channel></rss>";
        for (int turn = 0; turn < 3; turn++) {
            assertThatThrownBy(() -> reader.feedItems("broken.xml", "<rss version=\"2.0\"><channel><item><title>cut"
                    .getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> reader.feedItems("doctype.xml", doctype.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCTYPE");
            FeedItems feed = reader.feedItems("feed.xml", bytes("feeds/rss2.xml"));
            assertThat(feed.items()).hasSize(3);
            assertThat(feed.article(1).title()).isEqualTo("Harbour council votes to close old ferry pier");
            assertThat(articles(reader.read("atom.xml", bytes("feeds/atom.xml")))).hasSize(2);
        }
    }

    @Test
    void aWatchedDocumentThatIsNoFeedIsRefusedWithItsReason() {
        assertThatThrownBy(() -> reader.feedItems("junk.xml", "<html><p>hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("Exception");
    }

    @Test
    void feedIsSniffedFromContentWhateverItsName() {
        assertThat(articles(reader.read("download.bin", bytes("feeds/atom.xml")))).hasSize(2);
    }

    @Test
    void feedIsDecodedWithTheEncodingItsXmlPrologDeclares() {
        String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 News"
                + "</title><item><title>Caf\u00e9 reopens</title><description>The caf\u00e9 on the square reopened on"
                + " Friday after the fire, and the owner said that the insurance had paid for it.</description></item>"
                + "</channel></rss>";
        Article article = articles(reader.read("latin.xml", feed.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).get(0);
        assertThat(article.title()).isEqualTo("Caf\u00e9 reopens");
        assertThat(article.source()).isEqualTo("Caf\u00e9 News");
        assertThat(article.body()).startsWith("The caf\u00e9 on the square");
    }
}
