package org.evident.watch;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evident.read.ArticleReader;
import org.evident.read.Outcomes;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;

/**
 * What a watched source lists: the items of an RSS or Atom feed, the pages of a news sitemap, or the sitemaps of a
 * sitemap index. Each item has its link, a fingerprint of how the source shows it (a changed fingerprint means the
 * item changed), and for a feed the article the existing feed reader makes of the item.
 *
 * @param entries  the items, in the source's order
 * @param sitemaps for a sitemap index, the sitemaps it lists (and no entries)
 */
record Listing(List<Entry> entries, List<String> sitemaps) {

    /**
     * One item: its link, its fingerprint, and for a feed the item's place among the feed's own articles, read
     * only when an item is new or changed (most rounds change one item of many).
     */
    record Entry(String link, String fingerprint, ItemArticles feed, int position) {

        /** The article read from the feed item itself; null for a sitemap, or when the item could not be read. */
        Article fromFeed() {
            return feed == null ? null : feed.outcome(position) instanceof ReadOutcome.Read read ? read.article() : null;
        }

        /** Why the feed item could not be read, or null. */
        String feedProblem() {
            return feed == null ? null
                    : feed.outcome(position) instanceof ReadOutcome.Rejected rejected ? rejected.reason() : null;
        }
    }

    /**
     * The articles the feed reader makes of a feed's items (the same text evident ingest makes of the feed), by
     * item position, read on demand and only as far as the item asked for: most rounds change one item of many,
     * and reading every item of every feed would cost the watch more than fetching it.
     */
    static final class ItemArticles {
        private final String origin;
        private final byte[] body;
        private final ArticleReader reader;
        private final Map<Integer, ReadOutcome> byItem = new HashMap<>();
        private Outcomes unread;
        private boolean opened;

        ItemArticles(String origin, byte[] body, ArticleReader reader) {
            this.origin = origin;
            this.body = body;
            this.reader = reader;
        }

        synchronized ReadOutcome outcome(int position) {
            if (!opened) {
                opened = true;
                unread = reader.open(origin, new ByteArrayInputStream(body));
            }
            // the reader gives the items in their order, so reading stops at the one asked for
            while (!byItem.containsKey(position) && unread != null && unread.hasNext()) {
                ReadOutcome outcome = unread.next();
                int mark = outcome.origin().lastIndexOf("#item-");
                if (mark >= 0) {
                    try {
                        byItem.put(Integer.parseInt(outcome.origin().substring(mark + 6)), outcome);
                    } catch (NumberFormatException e) {
                        // not an item of this feed
                    }
                }
            }
            if (unread != null && !unread.hasNext()) {
                unread.close();
                unread = null;
            }
            return byItem.get(position);
        }
    }

    private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?(urlset|sitemapindex|rss|feed|RDF)[\\s>/]");

    /**
     * Reads a fetched source document, whatever its Content-Type says.
     *
     * @throws IllegalArgumentException with a one-line reason when it is neither a feed nor a sitemap
     */
    static Listing read(String origin, byte[] body, ArticleReader reader) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher root = ROOT.matcher(head);
        String kind = root.find() ? root.group(1) : "";
        if (kind.equals("urlset") || kind.equals("sitemapindex")) {
            return sitemap(origin, body, kind.equals("sitemapindex"));
        }
        return feed(origin, body, reader);
    }

    private static Listing feed(String origin, byte[] body, ArticleReader reader) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(true);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IllegalArgumentException("neither an RSS or Atom feed nor a news sitemap ("
                    + reason.replaceAll("\\s+", " ").strip() + ")");
        }
        ItemArticles articles = new ItemArticles(origin, body, reader);
        List<Entry> entries = new ArrayList<>();
        List<SyndEntry> items = feed.getEntries();
        for (int i = 0; i < items.size(); i++) {
            SyndEntry item = items.get(i);
            String link = absolute(origin, item.getLink() != null ? item.getLink() : item.getUri());
            Entry entry = new Entry(link, fingerprint(item), articles, i + 1);
            if (link == null && entry.fromFeed() == null) {
                continue; // only an item without a link is read here: it has nothing else to go by
            }
            entries.add(entry);
        }
        return new Listing(entries, List.of());
    }

    /** A link as an absolute URL, resolved against the source's own URL when it is relative; null stays null. */
    static String absolute(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return java.net.URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip(); // not a URL a fetch can use: reported when the page is asked for
        }
    }

    /** A hash of what the item shows: title, text, dates; a correction or an update changes it. */
    private static String fingerprint(SyndEntry item) {
        StringBuilder shown = new StringBuilder();
        shown.append(item.getTitle()).append('\n').append(item.getLink()).append('\n')
                .append(item.getPublishedDate()).append('\n').append(item.getUpdatedDate()).append('\n');
        if (item.getDescription() != null) {
            shown.append(item.getDescription().getValue()).append('\n');
        }
        for (SyndContent content : item.getContents()) {
            shown.append(content.getValue()).append('\n');
        }
        return Article.contentHash(shown.toString());
    }

    /** A sitemap's pages (with their dates and news titles as the fingerprint), or an index's sitemaps. */
    private static Listing sitemap(String origin, byte[] body, boolean index) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Entry> entries = new ArrayList<>();
        List<String> sitemaps = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            String loc = null;
            StringBuilder shown = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("url") || name.equals("sitemap")) {
                        loc = null;
                        shown.setLength(0);
                    } else if (name.equals("loc")) {
                        loc = absolute(origin, xml.getElementText());
                    } else if (name.equals("lastmod") || name.equals("publication_date") || name.equals("title")) {
                        shown.append(name).append('=').append(xml.getElementText().strip()).append('\n');
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && loc != null) {
                    String name = xml.getLocalName();
                    if (name.equals("url") && !index) {
                        entries.add(new Entry(loc, Article.contentHash(loc + "\n" + shown), null, 0));
                        loc = null;
                    } else if (name.equals("sitemap") && index) {
                        sitemaps.add(loc);
                        loc = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("a sitemap that cannot be read (" + e.getMessage().replaceAll("\\s+", " ").strip() + ")");
        }
        return new Listing(entries, sitemaps);
    }
}
