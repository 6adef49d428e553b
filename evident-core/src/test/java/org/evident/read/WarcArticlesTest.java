package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.read.Fixtures.articles;
import static org.evident.read.Fixtures.englishParagraph;
import static org.evident.read.Fixtures.rejects;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticlesTest {

    private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

    private static Path crawl(Path dir, String name, boolean gzip) throws Exception {
        Path file = dir.resolve(name);
        try (Warcs warc = new Warcs(file, gzip)) {
            warc.html("https://ledger.example/a", Warcs.page("Pier closes", englishParagraph(1)))
                    .page("https://ledger.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1})
                    .page("https://ledger.example/old", 301, "text/html", "<p>Moved</p>".getBytes(StandardCharsets.UTF_8))
                    .html("https://ledger.example/b", Warcs.page("Caf\u00e9 reopens",
                            "The caf\u00e9 on the square reopened on Friday after the fire, and the owner said that "
                                    + "the insurance had paid for the new kitchen."), StandardCharsets.ISO_8859_1);
        }
        return file;
    }

    @Test
    void gzippedWarcGivesOneArticlePerHtmlResponseAndSkipsTheRest(@TempDir Path dir) throws Exception {
        List<ReadOutcome> outcomes = reader.read(crawl(dir, "crawl.warc.gz", true));
        assertThat(rejects(outcomes)).isEmpty();
        List<Article> articles = articles(outcomes);
        assertThat(articles).extracting(Article::url)
                .containsExactly("https://ledger.example/a", "https://ledger.example/b");
        assertThat(articles.get(0).title()).isEqualTo("Pier closes");
        assertThat(articles.get(0).body()).isEqualTo(englishParagraph(1));
        assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(articles.get(0).source()).isEqualTo("ledger.example");
    }

    @Test
    void charsetComesFromTheHttpHeader(@TempDir Path dir) throws Exception {
        Article latin = articles(reader.read(crawl(dir, "crawl.warc", false))).get(1);
        assertThat(latin.title()).isEqualTo("Caf\u00e9 reopens");
        assertThat(latin.body()).startsWith("The caf\u00e9 on the square");
    }

    @Test
    void recordsAreNamedByFileAndOffset(@TempDir Path dir) throws Exception {
        Path file = crawl(dir, "crawl.warc.gz", true);
        List<Article> articles = articles(reader.read(file));
        assertThat(articles.get(0).origin()).matches(".*crawl\\.warc\\.gz@\\d+");
        long first = Long.parseLong(articles.get(0).origin().replaceAll(".*@", ""));
        long second = Long.parseLong(articles.get(1).origin().replaceAll(".*@", ""));
        assertThat(first).isPositive(); // after the request record
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void feedInTheArchiveGivesOnlyItemsWhosePageTheArchiveLacks(@TempDir Path dir) throws Exception {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Ledger</title>"
                + item("https://ledger.example/a", englishParagraph(10))
                + item("https://ledger.example/elsewhere", englishParagraph(11))
                + item("http://ledger.example/c/#top", englishParagraph(12)) + "</channel></rss>";
        Path file = dir.resolve("with-feed.warc.gz");
        try (Warcs warc = new Warcs(file, true)) {
            warc.page("https://ledger.example/feed", 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8))
                    .html("https://ledger.example/a", Warcs.page("A", englishParagraph(1)))
                    .html("https://ledger.example/c", Warcs.page("C", englishParagraph(3)));
        }
        List<Article> articles = articles(reader.read(file));
        assertThat(articles).extracting(Article::body)
                .containsExactly(englishParagraph(1), englishParagraph(3), englishParagraph(11));
        assertThat(articles.get(2).origin()).matches(".*with-feed\\.warc\\.gz@\\d+#item-2");
        assertThat(articles.get(2).url()).isEqualTo("https://ledger.example/elsewhere");
    }

    private static String item(String link, String text) {
        return "<item><title>Item</title><link>" + link + "</link><description>" + text + "</description></item>";
    }
}
