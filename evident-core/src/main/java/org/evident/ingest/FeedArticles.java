package org.evident.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.InputSource;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds through Rome: one article per item, from the item's full content when it
 * has some, else its description. Document type declarations are refused, so a feed cannot pull in other files.
 */
final class FeedArticles {

    private FeedArticles() {}

    static Outcomes read(String origin, String xml, Finish finish) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(true);
            feed = input.build(new InputSource(new StringReader(xml)));
        } catch (FeedException | IllegalArgumentException e) {
            return Outcomes.of(new ReadOutcome.Rejected(origin, "not a readable RSS or Atom feed: " + oneLine(e)));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            return Outcomes.of(new ReadOutcome.Rejected(origin, "feed has no items"));
        }
        String source = Finish.blankToNull(feed.getTitle());
        String feedLanguage = feed.getLanguage();
        return new Cursor(origin, null) {
            private int index;

            @Override
            ReadOutcome computeNext() {
                if (index >= entries.size()) {
                    return null;
                }
                SyndEntry entry = entries.get(index++);
                String itemOrigin = origin + "#item-" + index;
                try {
                    Deadline deadline = Deadline.start(finish.options().maxMillisPerArticle());
                    return finish.outcome(itemOrigin, draft(entry, source, feedLanguage, deadline));
                } catch (RuntimeException | StackOverflowError e) {
                    return new ReadOutcome.Rejected(itemOrigin, Failures.describe(e));
                }
            }
        };
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

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
