package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.read.Fixtures.articles;
import static org.evident.read.Fixtures.englishParagraph;
import static org.evident.read.Fixtures.onlyReject;
import static org.evident.read.Fixtures.rejects;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.evident.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a batch meets in the wild, and worse. Each must give one clear reject (input, position, reason) or read
 * what can be read, and never throw or take other articles down with it. All inputs are generated here.
 */
class HostileInputTest {

    private final ArticleReader reader = new ArticleReader(ReadOptions.defaults());

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static String jsonLine(int n) {
        return "{\"text\": \"" + englishParagraph(n) + "\"}\n";
    }

    private static String html(String body) {
        return "<html><head><title>T</title></head><body>" + body + "</body></html>";
    }

    /** Every reject is one line naming the input. */
    private static void assertOneLineRejects(List<ReadOutcome> outcomes, String input) {
        for (ReadOutcome.Rejected reject : rejects(outcomes)) {
            assertThat(reject.message()).doesNotContain("\n").startsWith(input);
            assertThat(reject.reason()).isNotBlank().doesNotContain("Exception:", "\tat ");
        }
    }

    // ---- empty and junk ----

    @Test
    void emptyFileIsRejected() {
        assertThat(onlyReject(reader.read("empty.html", new byte[0]))).isEqualTo("empty file");
    }

    @Test
    void emptyGzipIsRejectedAsEmpty() throws IOException {
        assertThat(onlyReject(reader.read("empty.gz", gzip(new byte[0])))).contains("empty file");
    }

    @Test
    void randomBinaryJunkIsRejectedAsBinary() {
        byte[] junk = new byte[100_000];
        new Random(7).nextBytes(junk);
        junk[10] = 0;
        assertThat(onlyReject(reader.read("junk.html", junk))).contains("binary");
    }

    @Test
    void imageNamedAsPageIsRejectedAsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(onlyReject(reader.read("story.html", png))).contains("binary");
    }

    @Test
    void gzippedZerosAreRejectedAsBinaryWithoutInflatingThemAll() throws IOException {
        assertThat(onlyReject(reader.read("bomb.gz", gzip(new byte[50 << 20])))).contains("binary");
    }

    @Test
    void gzipMagicFollowedByJunkIsRejectedAsCorrupt() {
        byte[] bytes = {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        assertThat(onlyReject(reader.read("broken.gz", bytes))).containsAnyOf("gzip", "ends early");
    }

    // ---- truncated and invalid encodings ----

    @Test
    void truncatedGzipOfJsonLinesKeepsTheLinesBeforeTheCut() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append(jsonLine(i));
        }
        byte[] whole = gzip(utf8(lines.toString()));
        List<ReadOutcome> outcomes = reader.read("cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
        assertThat(articles(outcomes).size()).isBetween(100, 1999);
        assertThat(rejects(outcomes)).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("ends early").contains("rest of this input is not read"));
        assertOneLineRejects(outcomes, "cut.jsonl.gz");
    }

    @Test
    void truncatedGzipOfAPageIsRejectedNotHalfRead() throws IOException {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            page.append("<p>").append(englishParagraph(i)).append("</p>");
        }
        byte[] whole = gzip(utf8(html(page.toString())));
        assertThat(onlyReject(reader.read("cut.html.gz", Arrays.copyOf(whole, whole.length - 100))))
                .contains("ends early");
    }

    @Test
    void invalidUtf8TextIsRejectedWithTheOffset() {
        byte[] bytes = utf8("The council met on Monday. ");
        byte[] bad = Arrays.copyOf(bytes, bytes.length + 2);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        assertThat(onlyReject(reader.read("bad.txt", bad))).contains("not valid UTF-8").contains("offset " + bytes.length);
    }

    @Test
    void invalidUtf8InOneJsonLineRejectsOnlyThatLine() {
        byte[] good = utf8(jsonLine(1));
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}', '\n'};
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(good);
        all.writeBytes(bad);
        all.writeBytes(utf8(jsonLine(3)));
        List<ReadOutcome> outcomes = reader.read("mixed.jsonl", all.toByteArray());
        assertThat(articles(outcomes)).hasSize(2);
        assertThat(rejects(outcomes)).singleElement().satisfies(r -> {
            assertThat(r.origin()).isEqualTo("mixed.jsonl:2");
            assertThat(r.reason()).contains("not valid UTF-8");
        });
    }

    // ---- size ----

    @Test
    void hundredMegabyteJsonLineIsSkippedAndTheNextLineRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(utf8(jsonLine(1)));
            out.write(utf8("{\"text\": \""));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write(utf8("\"}\n"));
            out.write(utf8(jsonLine(3)));
        }
        List<ReadOutcome> outcomes = reader.read(file);
        assertThat(articles(outcomes)).extracting(Article::origin).containsExactly(file + ":1", file + ":3");
        assertThat(rejects(outcomes)).singleElement().satisfies(r -> {
            assertThat(r.origin()).isEqualTo(file + ":2");
            assertThat(r.reason()).contains("over " + ReadOptions.DEFAULT_MAX_RECORD_BYTES + " bytes");
        });
    }

    @Test
    void hundredMegabyteSingleLineTextIsRejectedWithoutReadingItAll(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = utf8("word ".repeat(200_000));
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
        }
        assertThat(onlyReject(reader.read(file))).contains("over " + ReadOptions.DEFAULT_MAX_RECORD_BYTES + " bytes");
    }

    @Test
    void articleOverTheCharacterLimitIsRejected() {
        ArticleReader small = new ArticleReader(new ReadOptions(null, null, 500));
        assertThat(onlyReject(small.read("long.html", utf8(html("<p>" + "The council met. ".repeat(100) + "</p>")))))
                .contains("over the limit of 500 (--max-article-chars raises it)");
    }

    // ---- markup ----

    @Test
    void deeplyNestedHtmlIsReadWithoutOverflowingTheStack() {
        String html = "<div>".repeat(30_000) + "<p>" + englishParagraph(1) + "</p>" + "</div>".repeat(30_000);
        List<ReadOutcome> outcomes = reader.read("deep.html", utf8(html));
        assertThat(outcomes).hasSize(1);
        assertOneLineRejects(outcomes, "deep.html");
        if (outcomes.get(0) instanceof ReadOutcome.Read read) {
            assertThat(read.article().body()).contains("regional council");
        }
    }

    @Test
    void scriptsAndStylesNeverReachTheText() {
        String page = html("<script>" + "var tracker = 1;".repeat(10_000) + "</script><style>" + "p{color:red}".repeat(5000)
                + "</style><p>" + englishParagraph(1) + "</p><script>document.write('<p>injected text</p>')</script>");
        Article article = Fixtures.onlyArticle(reader.read("scripts.html", utf8(page)));
        assertThat(article.body()).isEqualTo(englishParagraph(1));
    }

    @Test
    void pageOfOnlyScriptsIsRejectedForHavingNoText() {
        assertThat(onlyReject(reader.read("app.html", utf8(html("<script>render()</script><noscript>Enable JS</noscript>")))))
                .contains("no article text");
    }

    @Test
    void unclosedTagsAndStrayMarkupAreReadAsBrowsersWould() {
        String page = "<html><body><p>" + englishParagraph(1) + "<p>" + englishParagraph(2) + "<div><span><b>";
        Article article = Fixtures.onlyArticle(reader.read("unclosed.html", utf8(page)));
        assertThat(article.body()).isEqualTo(englishParagraph(1) + "\n\n" + englishParagraph(2));
    }

    @Test
    void pageOverTheTimeLimitIsRejectedWithTheLimit() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            page.append("<div class=\"c").append(i).append("\"><p>").append(englishParagraph(i)).append("</p></div>");
        }
        ArticleReader hurried = new ArticleReader(new ReadOptions(null, null, 100_000_000).withMaxMillisPerArticle(1));
        assertThat(onlyReject(hurried.read("slow.html", utf8(html(page.toString()))))).contains("limit per article");
    }

    // ---- feeds ----

    @Test
    void feedWithTenThousandItemsGivesTenThousandArticles() {
        List<ReadOutcome> outcomes = reader.read("big.xml", utf8(feed(10_000)));
        assertThat(articles(outcomes)).hasSize(10_000);
        assertThat(outcomes.get(9_999).origin()).isEqualTo("big.xml#item-10000");
    }

    @Test
    void feedOverTheRecordLimitStopsWithOneReject() {
        ArticleReader limited = new ArticleReader(ReadOptions.defaults().withMaxRecordsPerFile(100));
        List<ReadOutcome> outcomes = limited.read("big.xml", utf8(feed(10_000)));
        assertThat(articles(outcomes)).hasSize(100);
        assertThat(rejects(outcomes)).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("more than 100 records"));
    }

    @Test
    void malformedFeedIsRejected() {
        String broken = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>X</title><item><title>A</title>";
        assertThat(onlyReject(reader.read("broken.xml", utf8(broken)))).contains("not a readable RSS or Atom feed");
    }

    @Test
    void feedWithExternalEntityIsRefusedAndLeaksNothing(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>X</title><item><title>A</title><description>&x; "
                + englishParagraph(1) + "</description></item></channel></rss>";
        List<ReadOutcome> outcomes = reader.read("xxe.xml", utf8(xxe));
        assertThat(outcomes.toString()).doesNotContain("TOPSECRET");
        assertThat(onlyReject(outcomes)).contains("not a readable RSS or Atom feed");
    }

    @Test
    void xmlThatIsNoFeedIsRejectedAsSuch() {
        assertThat(onlyReject(reader.read("data.xml", utf8("<?xml version=\"1.0\"?><invoice><total>3</total></invoice>"))))
                .contains("neither an RSS nor an Atom feed");
    }

    // ---- JSON ----

    @Test
    void jsonLinesWithBrokenNonObjectAndTextlessLinesRejectEachByLine() {
        String lines = jsonLine(1) + "{broken\n[1, 2]\n42\n{\"title\": \"no text\"}\n\n" + jsonLine(7);
        List<ReadOutcome> outcomes = reader.read("lines.jsonl", utf8(lines));
        assertThat(articles(outcomes)).extracting(Article::origin).containsExactly("lines.jsonl:1", "lines.jsonl:7");
        assertThat(rejects(outcomes)).extracting(ReadOutcome::origin)
                .containsExactly("lines.jsonl:2", "lines.jsonl:3", "lines.jsonl:4", "lines.jsonl:5");
        assertOneLineRejects(outcomes, "lines.jsonl");
    }

    @Test
    void absurdlyNestedJsonIsRejectedNotOverflowed() {
        String json = "{\"text\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(onlyReject(reader.read("nested.json", utf8(json)))).contains("invalid JSON");
    }

    // ---- WARC ----

    @Test
    void malformedWarcHeaderRejectsTheFileNamingTheOffset() {
        String warc = "WARC/1.0\r\nWARC-Type response\r\nthis is not a header\r\n\r\n";
        List<ReadOutcome> outcomes = reader.read("bad.warc", utf8(warc));
        assertThat(onlyReject(outcomes)).contains("rest of this input is not read");
        assertThat(outcomes.get(0).origin()).startsWith("bad.warc");
    }

    @Test
    void truncatedWarcGzKeepsTheRecordsBeforeTheCut(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cut.warc.gz");
        try (Warcs warc = new Warcs(file, true)) {
            for (int i = 0; i < 20; i++) {
                warc.html("https://x.example/" + i, Warcs.page("Story " + i, englishParagraph(i)));
            }
        }
        byte[] whole = Files.readAllBytes(file);
        List<ReadOutcome> outcomes = reader.read("cut.warc.gz", Arrays.copyOf(whole, whole.length * 3 / 4));
        assertThat(articles(outcomes).size()).isBetween(10, 19);
        assertThat(rejects(outcomes)).singleElement().satisfies(r -> assertThat(r.reason()).contains("not read"));
        assertOneLineRejects(outcomes, "cut.warc.gz");
    }

    @Test
    void garbageAfterAGoodWarcRecordKeepsTheRecord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tail.warc");
        try (Warcs warc = new Warcs(file, false)) {
            warc.html("https://x.example/a", Warcs.page("A", englishParagraph(1)));
        }
        byte[] junk = new byte[5000];
        new Random(3).nextBytes(junk);
        Files.write(file, junk, java.nio.file.StandardOpenOption.APPEND);
        List<ReadOutcome> outcomes = reader.read(file);
        assertThat(articles(outcomes)).hasSize(1);
        assertThat(rejects(outcomes)).hasSize(1);
    }

    @Test
    void damagedRecordInTheMiddleOfAWarcGzCostsOnlyThatRecord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("damaged.warc.gz");
        long damagedAt = 0;
        try (Warcs warc = new Warcs(file, true)) {
            for (int i = 0; i < 5; i++) {
                warc.html("https://x.example/" + i, Warcs.page("Story " + i, englishParagraph(i)));
                if (i == 2) {
                    damagedAt = warc.lastResponseAt();
                }
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 40; i < 90; i++) {
            bytes[(int) damagedAt + i] = 0x55;
        }
        Files.write(file, bytes);
        List<ReadOutcome> outcomes = reader.read(file);
        assertThat(articles(outcomes)).extracting(Article::url).containsExactly("https://x.example/0",
                "https://x.example/1", "https://x.example/3", "https://x.example/4");
        assertThat(rejects(outcomes)).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("damaged WARC data").contains("reading resumes at offset"));
        assertOneLineRejects(outcomes, file.toString());
    }

    @Test
    void malformedHeaderInTheMiddleOfAPlainWarcCostsOnlyThatRecord(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("damaged.warc");
        try (Warcs warc = new Warcs(file, false)) {
            for (int i = 0; i < 4; i++) {
                warc.html("https://x.example/" + i, Warcs.page("Story " + i, englishParagraph(i)));
            }
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int third = text.indexOf("WARC-Type: response", text.indexOf("WARC-Type: response", text.indexOf("WARC-Type: response") + 1) + 1);
        text = text.substring(0, third) + "WARC-Type response\r\nnot a header at all" + text.substring(third + 19);
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        List<ReadOutcome> outcomes = reader.read(file);
        assertThat(articles(outcomes)).extracting(Article::url)
                .containsExactly("https://x.example/0", "https://x.example/1", "https://x.example/3");
        assertThat(rejects(outcomes)).singleElement().satisfies(r -> assertThat(r.reason()).contains("damaged WARC data"));
    }

    @Test
    void oversizedWarcPageIsRejectedAndTheNextOneRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.warc.gz");
        try (Warcs warc = new Warcs(file, true)) {
            warc.html("https://x.example/big", Warcs.page("Big", englishParagraph(0).repeat(2000)));
            warc.html("https://x.example/small", Warcs.page("Small", englishParagraph(1)));
        }
        ArticleReader small = new ArticleReader(ReadOptions.defaults().withMaxRecordBytes(100_000));
        List<ReadOutcome> outcomes = small.read(file);
        assertThat(articles(outcomes)).extracting(Article::url).containsExactly("https://x.example/small");
        assertThat(rejects(outcomes)).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("https://x.example/big").contains("over 100000 bytes"));
    }

    // ---- languages ----

    @Test
    void russianArticleIsRejectedAsUnsupportedNotMangled() {
        String text = "Министр заявил в понедельник, что переговоры с профсоюзом продолжатся и что соглашение возможно.";
        assertThat(onlyReject(reader.read("ru.txt", utf8(text)))).isEqualTo("language ru, not supported");
    }

    // ---- the batch ----

    @Test
    void oneBatchOfEveryKindOfBadInputStillReadsEveryGoodArticle(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("01-empty.txt"), new byte[0]);
        byte[] junk = new byte[4096];
        new Random(1).nextBytes(junk);
        junk[0] = 0;
        Files.write(dir.resolve("02-junk.bin"), junk);
        byte[] cut = gzip(utf8(html("<p>" + englishParagraph(0).repeat(500) + "</p>")));
        Files.write(dir.resolve("03-cut.html.gz"), Arrays.copyOf(cut, cut.length / 2));
        Files.write(dir.resolve("04-bad.warc"), utf8("WARC/1.0\r\nnonsense\r\n\r\n"));
        Files.write(dir.resolve("05-latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("06-good.txt"), utf8(englishParagraph(6)));
        Files.write(dir.resolve("07-good.html"), utf8(html("<p>" + englishParagraph(7) + "</p>")));
        Files.write(dir.resolve("08-good.jsonl"), utf8(jsonLine(8) + "{oops\n" + jsonLine(9)));
        Files.write(dir.resolve("09-feed.xml"), utf8(feed(3)));
        List<ReadOutcome> outcomes = new ArrayList<>();
        try (Outcomes all = Readers.read(dir, ReadOptions.defaults())) {
            all.forEachRemaining(outcomes::add);
        }
        assertThat(articles(outcomes)).hasSize(1 + 1 + 2 + 3);
        assertThat(rejects(outcomes)).hasSize(6);
        assertOneLineRejects(outcomes, dir.toString());
    }

    private static String feed(int items) {
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>");
        for (int i = 1; i <= items; i++) {
            feed.append("<item><title>Item ").append(i).append("</title><link>https://x.example/").append(i)
                    .append("</link><description>").append(englishParagraph(i)).append("</description></item>");
        }
        return feed.append("</channel></rss>").toString();
    }

}
