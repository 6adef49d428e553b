package org.evident.nlp;

import org.evident.model.Article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline without the outlet's name. Web pages title an article "Headline | Fox 59" or "Headline | Local News -
 * Home", and the title often opens the text as well. Read as part of the headline, the outlet's name is taken for a
 * place ("Home") or a count ("59 injured"). A vertical bar never stands inside a headline's sentence, so the
 * headline ends before the first one. (A dash does: "Gunman kills 3 - police say he fled"; and an outlet after a
 * dash, "- Los Angeles Times", is left as it is.)
 *
 * <p>Before annotation the outlet in the opening title line is blanked out, one space for each character, so the
 * text keeps its length and every offset still points into the article as written; the title is the headline.
 */
public final class HeadlineOutlet {

    /** A vertical bar between spaces, or at the end of the title. */
    private static final Pattern BAR = Pattern.compile("\\s+\\|(?=\\s|$)");

    private HeadlineOutlet() {}

    /** The article with the outlet's name blanked out of its title line, or the article itself. */
    public static Article of(Article article) {
        if (article.title() == null) {
            return article;
        }
        String line = article.title().strip();
        String headline = headline(line);
        String body = article.body();
        int opening = body.length() - body.stripLeading().length();
        if (headline.length() == line.length() || !body.startsWith(line, opening)) {
            return article;
        }
        StringBuilder blanked = new StringBuilder(body);
        for (int i = opening + headline.length(); i < opening + line.length(); i++) {
            blanked.setCharAt(i, ' ');
        }
        return article.withTitle(headline).withBody(blanked.toString());
    }

    /** The title up to its first bar, where the outlet's name begins (the whole title when it has none). */
    public static String headline(String title) {
        Matcher bar = BAR.matcher(title);
        return bar.find() && bar.start() > 0 ? title.substring(0, bar.start()) : title;
    }
}
