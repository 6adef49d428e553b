package org.evident.read;

import org.evident.model.Article;

/** The checks every record passes on its way to an article: text present, size, language; then the user's defaults. */
final class Finish {

    private final ReadOptions options;

    Finish(ReadOptions options) {
        this.options = options;
    }

    ReadOptions options() {
        return options;
    }

    ReadOutcome outcome(String origin, Draft draft) {
        String body = draft.body();
        if (body == null || body.isBlank()) {
            return new ReadOutcome.Rejected(origin, body == null || body.isEmpty()
                    ? "no article text found" : "no text (only white space)");
        }
        if (body.length() > options.maxArticleChars()) {
            return new ReadOutcome.Rejected(origin, "article is " + body.length() + " characters, over the limit of "
                    + options.maxArticleChars() + " (--max-article-chars raises it)");
        }
        String language = language(body, draft.language());
        if (!options.languages().contains(language)) {
            return new ReadOutcome.Rejected(origin, "language " + language + ", not supported");
        }
        String title = blankToNull(draft.title());
        Article article = new Article(null, origin, title != null ? title : options.title(), body,
                draft.published() != null ? draft.published() : options.published(), blankToNull(draft.url()),
                blankToNull(draft.source()), language, blankToNull(draft.section()));
        return new ReadOutcome.Read(article);
    }

    /**
     * A language the record declares wins; else the language the text clearly shows; else, for a text too short
     * or too close a call to tell, the reading language: an English news sentence is never rejected as Czech.
     */
    private String language(String body, String declared) {
        String normalised = Languages.normalise(declared);
        if (normalised != null) {
            return normalised;
        }
        String identified = Languages.identify(body, options.readingLanguage());
        return identified.equals(Languages.UNDETERMINED) ? options.readingLanguage() : identified;
    }

    static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
