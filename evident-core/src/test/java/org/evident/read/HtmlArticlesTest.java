package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.read.Fixtures.bytes;
import static org.evident.read.Fixtures.onlyArticle;
import static org.evident.read.Fixtures.onlyReject;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;

class HtmlArticlesTest {

    private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

    @Test
    void newsPageGivesTheStoryWithoutNavigationAdsCommentsOrScripts() {
        Article article = onlyArticle(reader.read("harbour.html", bytes("pages/harbour-council.html")));
        assertThat(article.body())
                .startsWith("The harbour council voted on Thursday evening")
                .contains("Nine councillors voted for the closure")
                .endsWith("safety had to come first.")
                .doesNotContain("Advertisement", "Share on social media", "Related stories", "Reader comment",
                        "Copyright", "trackPageView", "font-family", "Sport");
        assertThat(article.body().split("\n\n")).hasSize(4);
    }

    @Test
    void newsPageGivesTitleDateSectionUrlAndSourceFromItsMarkup() {
        Article article = onlyArticle(reader.read("harbour.html", bytes("pages/harbour-council.html")));
        assertThat(article.title()).isEqualTo("Harbour council votes to close old ferry pier");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(article.section()).isEqualTo("Local news");
        assertThat(article.url()).isEqualTo("https://ledger.example/news/2024/03/ferry-pier");
        assertThat(article.source()).isEqualTo("The Coastal Ledger");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void pageWithoutArticleElementGivesTheParagraphRichBlockAndItsTimeElement() {
        Article article = onlyArticle(reader.read("water.html", bytes("pages/div-layout.html")));
        assertThat(article.title()).isEqualTo("Water supply restored in the eastern districts");
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 11, 2));
        assertThat(article.body()).startsWith("Water supply was restored").contains("queued at tankers")
                .doesNotContain("Market prices", "cookies", "Contact");
    }

    @Test
    void dateFromJsonLdWhenNoMetaTagGivesOne() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebSite\"},"
                + " {\"@type\": [\"NewsArticle\"], \"headline\": \"Dam opens\", \"datePublished\": \"2021-06-30\","
                + " \"articleSection\": [\"Opinion\"]}]}</script></head><body><p>" + Fixtures.englishParagraph(1)
                + "</p></body></html>";
        Article article = onlyArticle(reader.read("ld.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(article.title()).isEqualTo("Dam opens");
        assertThat(article.section()).isEqualTo("Opinion");
    }

    @Test
    void pageDateWinsOverTheUsersDefaultAndTheDefaultFillsTheGap() {
        ArticleReader withDefault = new ArticleReader(new ReadOptions(LocalDate.of(2000, 1, 1), null, 100_000));
        assertThat(onlyArticle(withDefault.read("h.html", bytes("pages/harbour-council.html"))).published())
                .isEqualTo(LocalDate.of(2024, 3, 14));
        String undated = "<html><body><p>" + Fixtures.englishParagraph(2) + "</p></body></html>";
        assertThat(onlyArticle(withDefault.read("u.html", undated.getBytes(StandardCharsets.UTF_8))).published())
                .isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void latin1PageIsDecodedWithTheCharsetItsMetaTagDeclares() {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 fire</title></head><body><p>"
                + "The caf\u00e9 on the square caught fire on Sunday, and the owner said that nobody had been hurt "
                + "in the blaze.</p></body></html>";
        Article article = onlyArticle(reader.read("l.html", html.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(article.title()).isEqualTo("Caf\u00e9 fire");
        assertThat(article.body()).contains("caf\u00e9 on the square");
    }

    @Test
    void undeclaredNonUtf8PageFallsBackToWindows1252() {
        String html = "<html><body><p>The minister\u2019s office said that the caf\u00e9 would reopen, and that the "
                + "inspectors had found nothing wrong with it.</p></body></html>";
        Article article = onlyArticle(reader.read("w.html", html.getBytes(Texts.FALLBACK)));
        assertThat(article.body()).contains("minister\u2019s office", "caf\u00e9");
    }

    @Test
    void utf16PageWithByteOrderMarkIsRead() {
        String html = "\uFEFF<html><body><p>" + Fixtures.englishParagraph(3) + "</p></body></html>";
        Article article = onlyArticle(reader.read("u16.html", html.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(article.body()).isEqualTo(Fixtures.englishParagraph(3));
    }

    @Test
    void frenchPageIsRejectedAsUnsupportedLanguage() {
        assertThat(onlyReject(reader.read("fr.html", bytes("pages/french.html")))).isEqualTo("language fr, not supported");
    }

    @Test
    void frenchPageIsReadWhenFrenchIsAccepted() {
        ArticleReader french = new ArticleReader(ReadOptions.defaults().withLanguages(java.util.Set.of("en", "fr")));
        Article article = onlyArticle(french.read("fr.html", bytes("pages/french.html")));
        assertThat(article.language()).isEqualTo("fr");
        assertThat(article.body()).startsWith("Le conseil municipal");
    }
}
