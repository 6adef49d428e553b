package org.evident.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import java.util.ArrayList;
import java.util.List;
import org.evident.model.Article;

/**
 * A feed parsed once for a watcher: its items in the feed's order, each with its link and a fingerprint of how the
 * feed shows it, and each item's article read only when asked for. A watch round mostly finds one new item among
 * many, so it reads the article of that one alone; the articles are the ones {@link ArticleReader} makes of the same
 * feed.
 */
public final class FeedItems {

    /**
     * One item.
     *
     * @param link        the page it links to, as the feed gives it (possibly relative), or null
     * @param fingerprint a hash of its title, link, dates and text: a correction or an update changes it
     */
    public record Item(String link, String fingerprint) {}

    private final String origin;
    private final SyndFeed feed;
    private final Finish finish;
    private final List<Item> items;
    private final ReadOutcome[] outcomes;

    private FeedItems(String origin, SyndFeed feed, Finish finish) {
        this.origin = origin;
        this.feed = feed;
        this.finish = finish;
        List<Item> listed = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            listed.add(new Item(entry.getLink() != null ? entry.getLink() : entry.getUri(), fingerprint(entry)));
        }
        this.items = List.copyOf(listed);
        this.outcomes = new ReadOutcome[items.size()];
    }

    /**
     * Parses a feed document.
     *
     * @throws IllegalArgumentException with a one-line reason when it is no readable RSS or Atom feed
     */
    static FeedItems parse(String origin, String xml, Finish finish) {
        try {
            return new FeedItems(origin, FeedArticles.parse(xml), finish);
        } catch (FeedException e) {
            throw new IllegalArgumentException(FeedArticles.oneLine(e), e);
        }
    }

    public List<Item> items() {
        return items;
    }

    /** What reading the item at a 1-based position gave, named "feed.xml#item-3" as the feed reader names it. */
    public synchronized ReadOutcome outcome(int position) {
        if (outcomes[position - 1] == null) {
            outcomes[position - 1] = FeedArticles.item(origin, feed, position, finish).outcome();
        }
        return outcomes[position - 1];
    }

    /** The item's article, or null when the item could not be read. */
    public Article article(int position) {
        return outcome(position) instanceof ReadOutcome.Read read ? read.article() : null;
    }

    /** Why the item could not be read, or null when it could. */
    public String problem(int position) {
        return outcome(position) instanceof ReadOutcome.Rejected rejected ? rejected.reason() : null;
    }

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
}
