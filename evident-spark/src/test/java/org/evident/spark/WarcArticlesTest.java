package org.evident.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evident.exchange.ArticleEventsJson;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticlesTest {

    private static final String PAGE = "<html><head><title>Flood in the valley</title>"
            + "<meta property=\"article:published_time\" content=\"2021-07-15T08:00:00Z\"></head><body>"
            + "<nav>Home | World</nav><p>Floods killed 12 people on Wednesday.</p><p>Rescuers searched all night.</p>"
            + "</body></html>";

    private static byte[] warc(int status, String html) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(Channels.newChannel(bytes));
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create("https://news.example.org/flood"))
                .date(Instant.parse("2021-07-16T10:00:00Z")).body(http).build());
        return bytes.toByteArray();
    }

    private static List<WorkItem> read(byte[] warc) throws Exception {
        List<WorkItem> items = new ArrayList<>();
        WarcArticles.read("crawl.warc", new ByteArrayInputStream(warc)).forEachRemaining(items::add);
        return items;
    }

    @Test
    void readsAnHtmlResponseAsAnArticleOfItsParagraphs() throws Exception {
        List<WorkItem> items = read(warc(200, PAGE));

        assertThat(items).hasSize(1);
        Article article = ArticleEventsJson.read(items.get(0).articleJson()).article();
        assertThat(article.body()).isEqualTo("Floods killed 12 people on Wednesday.\n\nRescuers searched all night.");
        assertThat(article.title()).isEqualTo("Flood in the valley");
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 7, 15));
        assertThat(article.url()).isEqualTo("https://news.example.org/flood");
        assertThat(article.source()).isEqualTo("news.example.org");
        assertThat(article.origin()).isEqualTo("crawl.warc#https://news.example.org/flood");
    }

    @Test
    void skipsResponsesThatAreNotPages() throws Exception {
        assertThat(read(warc(404, PAGE))).isEmpty();
    }

    @Test
    void rejectsAPageWithoutParagraphsNamingTheRecord() throws Exception {
        List<WorkItem> items = read(warc(200, "<html><body><div>menu</div></body></html>"));

        assertThat(items).containsExactly(WorkItem.rejected("crawl.warc#https://news.example.org/flood",
                "HTML page without paragraph text"));
    }

    @Test
    void reportsACutOffFileAsOneRejectAndStops() throws Exception {
        byte[] whole = warc(200, PAGE);
        byte[] cut = Arrays.copyOf(whole, 40);

        List<WorkItem> items = read(cut);

        assertThat(items).hasSize(1);
        assertThat(items.get(0).reason()).startsWith("WARC cannot be read further");
    }
}
