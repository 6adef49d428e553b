package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evident.model.Article;
import org.evident.model.Json;
import org.evident.nlp.Annotator;
import org.evident.model.Outcome;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.evident.store.WatchLedger;
import org.evident.testkit.EventRecords;
import org.evident.watch.AlertDelivery;
import org.evident.watch.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evident watch and evident alert end to end against a site on 127.0.0.1, with extraction faked: feeds with full
 * text and with summaries, a news sitemap, robots.txt, a failing source and one that sends junk, conditional GETs,
 * updated articles, the same article under two URLs, and alerts delivered to a file and a signed webhook.
 */
class WatchCommandTest {

    @TempDir
    Path dir;

    private TestSite site;
    private String db;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        db = dir.resolve("data/evident").toString();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Cli.Run run(Function<Article, Outcome> processor, String... args) {
        java.util.function.Supplier<Annotator> noNlp = () -> {
            throw new IllegalStateException("these tests need no annotator");
        };
        return Cli.run(noNlp, processor, "", args);
    }

    /** watch --once with settings that keep a test fast: no delay between requests, short back-off. */
    private Cli.Run once(Function<Article, Outcome> processor, String... sources) {
        List<String> args = new ArrayList<>(List.of("watch", "--once", "--db", db, "--host-delay", "0s",
                "--backoff", "10ms", "--retries", "1", "--full-text-chars", "200", "--threads", "2"));
        args.addAll(List.of(sources));
        return run(processor, args.toArray(String[]::new));
    }

    static String page(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"2026-12-05T08:00:00Z\"></head><body><article><h1>"
                + title + "</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Test wire</title>"
                + "<link>http://127.0.0.1/</link><description>tests</description>" + String.join("", items)
                + "</channel></rss>";
    }

    static String item(String title, String link, String description, String content) {
        return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>Sat, 05 Dec 2026 08:00:00 GMT</pubDate>"
                + "<description>" + description + "</description>"
                + (content == null ? "" : "<content:encoded><![CDATA[" + content + "]]></content:encoded>") + "</item>";
    }

    private static final String LONG = "The regional council met on Friday to discuss the repairs to the bridge over"
            + " the river, which has been closed to lorries since the floods in the spring. Engineers told the"
            + " council that the work would take at least four months and cost more than the budget allows. ";

    private void serveSites() {
        site.page("/full.xml", "application/rss+xml", rss(
                item("Council meets", site.url("/news/full-1.html"), "short", "<p>" + LONG + "First report.</p>"),
                item("Council decides", site.url("/news/full-2.html"), "short", "<p>" + LONG + "Second report.</p>")));
        site.page("/summary.xml", "application/rss+xml", rss(
                item("Market reopens", site.url("/news/a.html"), "The market reopened on Friday.", null),
                item("School opens", "/news/b.html", "A new school opened.", null), // a relative link
                item("Closed page", site.url("/private/c.html"), "A summary of a page robots.txt closes.", null)));
        site.redirect("/summary", 301, "/summary.xml");
        site.page("/news/a.html", "text/html", page("Market reopens", "The market in the old town reopened on"
                + " Friday after three weeks of repairs.", "Traders said that customers had come back at once."));
        String school = page("School opens", "A new school opened in the northern district on Thursday.",
                "It has room for six hundred pupils and a library.");
        site.page("/news/b.html", "text/html", school);
        site.page("/news/same-as-b.html", "text/html; charset=utf-8", school);
        site.page("/private/c.html", "text/html", page("Closed", "This page is closed to crawlers."));
        site.page("/news/s1.html", "text/html", page("Harbour dredged", "The harbour was dredged last week so that"
                + " larger ships can dock.", "The port authority paid for the work."));
        site.page("/sitemap.xml", "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>" + site.url("/news/s1.html") + "</loc><news:news><news:publication_date>2026-12-05"
                + "</news:publication_date><news:title>Harbour dredged</news:title></news:news></url>"
                + "<url><loc>" + site.url("/news/same-as-b.html") + "</loc></url></urlset>");
        site.status("/broken.xml", 500);
        site.page("/junk.xml", "application/rss+xml", "<html><body>Not a feed at all</body></html>");
    }

    @Test
    void aRoundStoresEveryNewArticleOnceAndAFailingSourceStopsNoOther() throws Exception {
        serveSites();
        Path list = dir.resolve("sources.txt");
        Files.writeString(list, "# sources\n" + site.url("/full.xml") + "\n" + site.url("/summary") + " 10m\n\n"
                + site.url("/sitemap.xml") + "\n" + site.url("/broken.xml") + "\n", StandardCharsets.UTF_8);

        Cli.Run first = once(new FakeExtraction(0), list.toString(), site.url("/junk.xml"));

        assertThat(first.exit()).as(first.err()).isEqualTo(Main.PARTIAL);
        // full-text feed: 2 from the feed itself; summary feed: 2 pages + the summary of the closed page; sitemap:
        // 1 page (the other is the school page under another URL, the same text)
        assertThat(stats().get("articles").asInt()).as(first.err()).isEqualTo(6);
        assertThat(site.requests("/news/full-1.html")).isEmpty();
        assertThat(site.requests("/private/c.html")).isEmpty();
        assertThat(site.requests("/news/same-as-b.html")).hasSize(1);
        assertThat(first.err())
                .contains("/private/c.html: page not fetched: robots.txt of 127.0.0.1 disallows /private/c.html;"
                        + " the feed's summary is stored instead")
                .contains("/broken.xml: failed: HTTP 500 (2 attempts); 1 failure in a row, next try in 10m")
                .contains("/junk.xml: failed: neither an RSS or Atom feed nor a news sitemap")
                .contains("/news/a.html: stored")
                .contains("5 rounds (2 failed)");
        assertThat(site.requests("/broken.xml")).hasSize(2);

        site.clearRequests();
        Cli.Run second = once(new FakeExtraction(0), list.toString(), site.url("/junk.xml"));

        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).contains("/full.xml: not modified").contains("/broken.xml: skipped, failing (1 in a row)")
                .contains("3 rounds (0 failed), 0 items seen, 0 articles stored");
        assertThat(site.requests("/broken.xml")).isEmpty();
        assertThat(site.requests("/news/a.html")).isEmpty();
        assertThat(stats().get("articles").asInt()).isEqualTo(6);
    }

    @Test
    void anUpdatedArticleIsStoredAsANewVersionAndAnUnchangedOneIsNotFetchedAgain() throws Exception {
        serveSites();
        once(new FakeExtraction(0), site.url("/summary.xml"));
        site.page("/summary.xml", "application/rss+xml", rss(
                item("Market reopens, more stalls", site.url("/news/a.html"), "The market reopened on Friday (updated).", null),
                item("School opens", "/news/b.html", "A new school opened.", null),
                item("Closed page", site.url("/private/c.html"), "A summary of a page robots.txt closes.", null),
                item("Ferry returns", site.url("/news/d.html"), "The ferry is back.", null)));
        site.page("/news/a.html", "text/html", page("Market reopens", "The market in the old town reopened on"
                + " Friday after three weeks of repairs, with forty stalls.", "Traders said that customers had come back at once."));
        site.page("/news/d.html", "text/html", page("Ferry returns", "The ferry to the island runs again from Monday,"
                + " the operator said."));
        site.clearRequests();

        Cli.Run second = once(new FakeExtraction(0), site.url("/summary.xml"));

        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).contains("4 items, 2 new or changed, 2 stored");
        assertThat(site.requests("/news/b.html")).isEmpty();
        assertThat(stats().get("articles").asInt()).isEqualTo(5);
        try (Store store = Store.open(StoreLocation.parse(db, null))) {
            WatchLedger.Item updated = store.watchLedger().item(site.url("/news/a.html")).orElseThrow();
            assertThat(updated.versions()).isEqualTo(2);
            assertThat(store.article(updated.articleId()).orElseThrow().body()).contains("forty stalls");
        }
    }

    @Test
    void aFeedWithoutValidatorsSentAgainAsItWasSettledIsNotReadAgain() throws Exception {
        String ferry = item("Ferry returns", site.url("/news/d.html"), "Back.", null);
        site.pageWithoutValidators("/plain.xml", "application/rss+xml", rss(ferry));
        site.failingFirst("/news/d.html", 2, 503, "text/html", page("Ferry returns", "The ferry to the island runs"
                + " again from Monday, the operator said."));

        Cli.Run failedPage = once(new FakeExtraction(0), site.url("/plain.xml"));
        Cli.Run unsettled = once(new FakeExtraction(0), site.url("/plain.xml"));
        site.clearRequests();
        Cli.Run same = once(new FakeExtraction(0), site.url("/plain.xml"));

        assertThat(failedPage.err()).contains("/news/d.html: page not fetched: HTTP 503 (2 attempts)");
        // the same bytes, but the round that read them left an item undone: read again
        assertThat(unsettled.err()).contains("/plain.xml: read, 1 items, 1 new or changed, 1 stored");
        assertThat(same.err()).as(same.err()).contains("/plain.xml: unchanged since last read, 0 items");
        assertThat(site.requests("/plain.xml")).hasSize(1);
        assertThat(site.requests("/news/d.html")).isEmpty();

        site.pageWithoutValidators("/plain.xml", "application/rss+xml", rss(ferry,
                item("Harbour dredged", site.url("/news/s1.html"), "Dredged.", null)));
        site.page("/news/s1.html", "text/html", page("Harbour dredged", "The harbour was dredged last week so that"
                + " larger ships can dock.", "The port authority paid for the work."));
        Cli.Run changed = once(new FakeExtraction(0), site.url("/plain.xml"));

        assertThat(changed.err()).contains("/plain.xml: read, 2 items, 1 new or changed, 1 stored");
        assertThat(stats().get("articles").asInt()).isEqualTo(2);
    }

    @Test
    void anItemWhosePageFailedIsFetchedAgainNextRoundThoughItsFeedIsUnchanged() throws Exception {
        site.page("/wire.xml", "application/rss+xml", rss(item("Ferry returns", site.url("/news/d.html"), "Back.", null)));
        site.failingFirst("/news/d.html", 2, 503, "text/html", page("Ferry returns", "The ferry to the island runs"
                + " again from Monday, the operator said."));

        Cli.Run first = once(new FakeExtraction(0), site.url("/wire.xml"));
        Cli.Run second = once(new FakeExtraction(0), site.url("/wire.xml"));

        assertThat(first.err()).contains("/news/d.html: page not fetched: HTTP 503 (2 attempts)").contains("1 errors");
        assertThat(second.err()).contains("/wire.xml: read, 1 items, 1 new or changed, 1 stored");
        assertThat(stats().get("articles").asInt()).isEqualTo(1);
    }

    @Test
    void aFeedAndAPageThatLieAboutTheirContentTypeAreReadForWhatTheyAre() throws Exception {
        // no file name to go by either: what the bytes are decides, not the Content-Type
        site.page("/latest", "text/html; charset=utf-8", rss(item("Ferry returns", site.url("/story?id=7"), "Back.", null)));
        site.page("/story?id=7", "application/octet-stream", page("Ferry returns", "The ferry to the island runs again"
                + " from Monday, the operator said.", "Tickets are on sale at the harbour."));

        Cli.Run watch = once(new FakeExtraction(0), site.url("/latest"));

        assertThat(watch.exit()).as(watch.err()).isZero();
        assertThat(watch.err()).contains("/latest: read, 1 items, 1 new or changed, 1 stored");
        assertThat(site.requests("/story?id=7")).hasSize(1);
        assertThat(stats().get("articles").asInt()).isEqualTo(1);
    }

    @Test
    void statusShowsEachSourcesHistory() {
        serveSites();
        once(new FakeExtraction(0), site.url("/summary.xml"), site.url("/broken.xml"));

        Cli.Run status = run(new FakeExtraction(0), "watch", "--status", "--db", db);

        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("OUTCOME").contains("OK").contains("FAILED")
                .contains("last error: HTTP 500 (2 attempts)").contains(site.url("/summary.xml"));
    }

    @Test
    void badSourcesAndIntervalsAreRefusedWithTheReason() throws Exception {
        Path list = dir.resolve("list.txt");
        Files.writeString(list, site.url("/a.xml") + " soon\n", StandardCharsets.UTF_8);

        Cli.Run notASource = run(new FakeExtraction(0), "watch", "--once", "--db", db, "no-such-file.txt");
        Cli.Run badLine = run(new FakeExtraction(0), "watch", "--once", "--db", db, list.toString());
        Cli.Run badEvery = run(new FakeExtraction(0), "watch", "--db", db, "--every", "often", site.url("/a.xml"));

        assertThat(notASource.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(notASource.err()).contains("no-such-file.txt: neither an http(s) URL nor a file listing sources");
        assertThat(badLine.err()).contains("list.txt:1: 'soon' is not an interval");
        assertThat(badEvery.err()).contains("'often' is not an interval");
    }

    /** One ASSAULT record in Syria per article, with the toll the article gives ("12 killed"). */
    private static final Function<Article, Outcome> TOLLS = article -> {
        Matcher m = Pattern.compile("(\\d+) (?:people )?(?:were )?killed").matcher(article.body());
        int dead = m.find() ? Integer.parseInt(m.group(1)) : 0;
        return Outcome.extracted(article, List.of(EventRecords.of("evd-" + article.id().substring(0, 8) + "-0001", article.id())
                .category("ASSAULT", "explosives").date("2026-12-05").place("Aleppo", 36.2, 37.16, "SYR", "Syria", 4)
                .dead(dead, dead + " killed").text("A bomb went off; " + dead + " killed.").build()), 0);
    };

    @Test
    void alertsFireOncePerChangeToAFileAndASignedWebhookThatFailsAtFirst() throws Exception {
        site.page("/wire.xml", "application/rss+xml", rss(item("Blast", site.url("/news/blast.html"), "A blast.", null)));
        site.page("/news/blast.html", "text/html", page("Blast in Aleppo", "A car bomb exploded in a market in"
                + " Aleppo on Saturday and 12 people were killed, the police said."));
        List<byte[]> hooks = new ArrayList<>();
        List<String> signatures = new ArrayList<>();
        int[] calls = {0};
        site.answer("/hook", (exchange, body) -> {
            synchronized (hooks) {
                calls[0]++;
                if (calls[0] == 1) {
                    exchange.sendResponseHeaders(500, -1); // the receiver is down at first
                    return;
                }
                hooks.add(body);
                signatures.add(exchange.getRequestHeaders().getFirst(AlertDelivery.SIGNATURE_HEADER));
            }
            exchange.sendResponseHeaders(204, -1);
        });
        Path jsonl = dir.resolve("alerts/syria.jsonl");
        Cli.Run add = run(TOLLS, "alert", "add", "--name", "syria-mass-casualty", "--category", "ASSAULT",
                "--country", "SYR", "--min-dead", "10", "--jsonl", jsonl.toString(), "--webhook", site.url("/hook"),
                "--secret", "s3cret", "--db", db);
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("alert syria-mass-casualty saved: category=ASSAULT country=SYR min_dead=10");

        Cli.Run first = once(TOLLS, site.url("/wire.xml"));
        assertThat(first.err()).contains("attempt 1 failed (webhook " + site.url("/hook") + ": HTTP 500)")
                .contains("alert syria-mass-casualty: event 1 (new event): delivered");

        // the toll is revised: the page changes, its feed item too
        site.page("/wire.xml", "application/rss+xml", rss(item("Blast: toll rises", site.url("/news/blast.html"), "A blast.", null)));
        site.page("/news/blast.html", "text/html", page("Blast in Aleppo", "A car bomb exploded in a market in"
                + " Aleppo on Saturday and 15 people were killed, the police said on Sunday."));
        Cli.Run second = once(TOLLS, site.url("/wire.xml"));
        Cli.Run third = once(TOLLS, site.url("/wire.xml"));

        assertThat(second.err()).contains("(dead 12 → 15): delivered");
        assertThat(third.err()).doesNotContain("alert syria");
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode revised = Json.mapper().readTree(lines.get(1));
        assertThat(revised.get("change").asText()).isEqualTo("dead 12 → 15");
        assertThat(revised.get("event").get("category").asText()).isEqualTo("ASSAULT");
        assertThat(revised.get("firing_id").asLong()).isNotEqualTo(Json.mapper().readTree(lines.get(0)).get("firing_id").asLong());
        assertThat(hooks).hasSize(2);
        for (int i = 0; i < hooks.size(); i++) {
            assertThat(signatures.get(i)).isEqualTo("sha256=" + AlertDelivery.sign("s3cret", hooks.get(i)));
        }
        assertThat(Json.mapper().readTree(hooks.get(1))).isEqualTo(revised);

        Cli.Run list = run(TOLLS, "alert", "list", "--db", db);
        assertThat(list.out()).contains("syria-mass-casualty: category=ASSAULT country=SYR min_dead=10 → "
                + jsonl + ", " + site.url("/hook") + " (signed); fired 2, delivered 2, pending 0, given up 0");
        assertThat(run(TOLLS, "alert", "remove", "syria-mass-casualty", "--db", db).exit()).isZero();
        assertThat(run(TOLLS, "alert", "list", "--db", db).out()).contains("no alerts");
        assertThat(run(TOLLS, "alert", "remove", "syria-mass-casualty", "--db", db).err()).contains("no alert named");
    }

    @Test
    void aWebhookThatNeverAnswersIsGivenUpAndAnIngestsFiringsAreDeliveredOnRequest() throws Exception {
        site.status("/dead-hook", 503);
        Path jsonl = dir.resolve("ingested.jsonl");
        run(TOLLS, "alert", "add", "--name", "hook", "--category", "ASSAULT", "--webhook", site.url("/dead-hook"), "--db", db);
        run(TOLLS, "alert", "add", "--name", "file", "--country", "SYR", "--jsonl", jsonl.toString(), "--db", db);
        Path article = dir.resolve("blast.txt");
        Files.writeString(article, "A car bomb exploded in Aleppo on Saturday and 11 people were killed.", StandardCharsets.UTF_8);

        Cli.Run ingest = run(TOLLS, "ingest", article.toString(), "--db", db);
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(jsonl).doesNotExist(); // ingest fires; it does not deliver

        Cli.Run deliver = run(TOLLS, "alert", "deliver", "--backoff", "5ms", "--db", db);

        assertThat(deliver.exit()).isEqualTo(Main.PARTIAL);
        assertThat(deliver.err()).contains("alert file: event 1 (new event): delivered")
                .contains("alert hook: event 1 (new event): given up after 8 attempts: webhook " + site.url("/dead-hook")
                        + ": HTTP 503");
        assertThat(site.requests("/dead-hook")).hasSize(8);
        assertThat(Files.readAllLines(jsonl, StandardCharsets.UTF_8)).hasSize(1);
        assertThat(run(TOLLS, "alert", "list", "--db", db).out()).contains("fired 1, delivered 0, pending 0, given up 1")
                .contains("fired 1, delivered 1, pending 0, given up 0");
        assertThat(run(TOLLS, "alert", "deliver", "--db", db).exit())
                .as("a firing given up in an earlier run leaves nothing for this one").isZero();
    }

    private JsonNode stats() throws Exception {
        return Json.mapper().readTree(run(new FakeExtraction(0), "stats", "--json", "--db", db).out());
    }
}
