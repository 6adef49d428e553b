package org.evident.watch;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evident.read.ArticleReader;
import org.evident.read.FeedItems;
import org.evident.model.Article;

/**
 * What a watched source lists: the items of an RSS or Atom feed, the pages of a news sitemap, or the sitemaps of a
 * sitemap index. Each item has its link, a fingerprint of how the source shows it (a changed fingerprint means the
 * item changed), and for a feed the article the feed reader makes of the item.
 *
 * @param entries  the items, in the source's order
 * @param sitemaps for a sitemap index, the sitemaps it lists (and no entries)
 */
record Listing(List<Entry> entries, List<String> sitemaps) {

    /** One item: its link, its fingerprint, and for a feed the item's position among the feed's items. */
    record Entry(String link, String fingerprint, FeedItems feed, int position) {

        /** The article read from the feed item itself; null for a sitemap, or when the item could not be read. */
        Article fromFeed() {
            return feed == null ? null : feed.article(position);
        }

        /** Why the feed item could not be read, or null. */
        String feedProblem() {
            return feed == null ? null : feed.problem(position);
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

    /** A feed's items; an item's own article is read only when the watch asks for it (see {@link FeedItems}). */
    private static Listing feed(String origin, byte[] body, ArticleReader reader) {
        FeedItems feed;
        try {
            feed = reader.feedItems(origin, body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("neither an RSS or Atom feed nor a news sitemap (" + e.getMessage() + ")");
        }
        List<Entry> entries = new ArrayList<>();
        for (int position = 1; position <= feed.items().size(); position++) {
            FeedItems.Item item = feed.items().get(position - 1);
            Entry entry = new Entry(absolute(origin, item.link()), item.fingerprint(), feed, position);
            if (entry.link() == null && entry.fromFeed() == null) {
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
