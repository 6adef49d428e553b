package org.evident.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.evident.model.Article;

/**
 * The words of one article being saved, for the text query of a saved search. The alerts are checked inside the
 * article's transaction, before the text index sees the article, so the article is searched in memory instead
 * (Lucene's {@link MemoryIndex}), with the index's analyzer and query syntax: a query matches when it matches the
 * title and body, or one record's text, as {@code evident query --text} finds an article or a record.
 */
final class ArticleText {

    private final List<String> texts = new ArrayList<>();
    private final Analyzer analyzer;
    private final Map<String, Boolean> answers = new HashMap<>();

    ArticleText(Article article, Collection<String> recordTexts, Analyzer analyzer) {
        texts.add(TextIndex.articleText(article));
        texts.addAll(recordTexts);
        this.analyzer = analyzer;
    }

    /** Whether the text query (Lucene syntax, as the index takes it) matches this article or one of its records. */
    boolean matches(String queryText) {
        return answers.computeIfAbsent(queryText, this::search);
    }

    private boolean search(String queryText) {
        Query query = TextIndex.parse(queryText, analyzer);
        MemoryIndex memory = new MemoryIndex();
        for (String text : texts) {
            memory.reset();
            memory.addField(TextIndex.TEXT, text, analyzer);
            if (memory.search(query) > 0) {
                return true;
            }
        }
        return false;
    }
}
