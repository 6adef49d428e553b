package org.evident.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xml.sax.InputSource;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds through Rome: one article per item, from the item's full content when it
 * has some, else its description. Document type declarations are refused, so a feed cannot pull in other files.
 */
final class FeedArticles {

    private FeedArticles() {}

    /** One feed item: the page it links to (or null) and what reading the item gave. */
    record Item(String link, ReadOutcome outcome) {}

    /** The items of a feed one by one, or one reject for a feed that cannot be read. */
    static Outcomes read(String origin, String xml, Finish finish) {
        SyndFeed feed;
        try {
            feed = parse(xml);
        } catch (FeedException | IllegalArgumentException e) {
            return Outcomes.of(new ReadOutcome.Rejected(origin, "not a readable RSS or Atom feed: " + oneLine(e)));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            return Outcomes.of(new ReadOutcome.Rejected(origin, "feed has no items"));
        }
        return new Cursor(origin, null) {
            private int index;

            @Override
            ReadOutcome computeNext() {
                return index >= entries.size() ? null : item(origin, feed, ++index, finish).outcome();
            }
        };
    }

    /** All items of a feed at once, for a feed met inside a web archive; a feed that cannot be read gives none. */
    static List<Item> items(String origin, String xml, Finish finish) {
        try {
            SyndFeed feed = parse(xml);
            List<Item> items = new ArrayList<>();
            for (int index = 1; index <= feed.getEntries().size(); index++) {
                items.add(item(origin, feed, index, finish));
            }
            return items;
        } catch (FeedException | IllegalArgumentException e) {
            return List.of();
        }
    }

    static SyndFeed parse(String xml) throws FeedException {
        return new SyndFeedImpl(INPUT.get().build(new InputSource(new StringReader(xml))), false);
    }

    /** Rome's input, one per thread: it keeps its SAX parser, which is not thread-safe. */
    private static final ThreadLocal<WireFeedInput> INPUT = ThreadLocal.withInitial(ReusedParserInput::new);

    /**
     * Rome's input, but with one SAX parser for all the feeds it reads: Rome makes a new one for every feed, and
     * making one (Xerces looks its configuration up on the class path, twice a feed) was a third of a feed's parse.
     * The parser is set up once as Rome sets it up (no document type declarations, no external entities), and the
     * builder reuses it from one document to the next.
     */
    private static final class ReusedParserInput extends WireFeedInput {
        private SAXBuilder builder;

        ReusedParserInput() {
            super(false, Locale.US);
            setAllowDoctypes(false);
        }

        @Override
        protected SAXBuilder createSAXBuilder() {
            if (builder == null) {
                builder = super.createSAXBuilder();
            }
            return builder;
        }
    }

    /** The item at a 1-based index, named "feed.xml#item-3". */
    static Item item(String origin, SyndFeed feed, int index, Finish finish) {
        SyndEntry entry = feed.getEntries().get(index - 1);
        String itemOrigin = origin + "#item-" + index;
        String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
        try {
            Deadline deadline = Deadline.start(finish.options().maxMillisPerArticle());
            Draft draft = draft(entry, Finish.blankToNull(feed.getTitle()), feed.getLanguage(), deadline);
            return new Item(link, finish.outcome(itemOrigin, draft));
        } catch (RuntimeException | StackOverflowError e) {
            return new Item(link, new ReadOutcome.Rejected(itemOrigin, Failures.describe(e)));
        }
    }

    private static Draft draft(SyndEntry entry, String source, String feedLanguage, Deadline deadline) {
        List<String> parts = new ArrayList<>();
        for (SyndContent content : entry.getContents()) {
            parts.add(text(content, deadline));
        }
        String body = String.join("\n\n", parts.stream().filter(p -> !p.isBlank()).toList());
        if (body.isBlank() && entry.getDescription() != null) {
            body = text(entry.getDescription(), deadline);
        }
        String section = entry.getCategories().isEmpty() ? null : entry.getCategories().get(0).getName();
        return new Draft(entry.getTitle(), body,
                Dates.utcDay(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                entry.getLink() != null ? entry.getLink() : entry.getUri(), source, feedLanguage, section);
    }

    /** Feed content is HTML more often than its declared type says; markup is read as HTML either way. */
    private static String text(SyndContent content, Deadline deadline) {
        String value = content.getValue();
        if (value == null) {
            return "";
        }
        String type = content.getType() == null ? "" : content.getType();
        boolean markup = type.contains("html") || value.indexOf('<') >= 0 && value.indexOf('>') > value.indexOf('<');
        return markup ? HtmlArticles.fragmentText(value, deadline) : value.strip();
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
