package org.evident.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.function.Supplier;
import org.evident.exchange.ArticleEvents;
import org.evident.exchange.ArticleEventsJson;
import org.evident.model.Article;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipeline;

/**
 * Extraction over one partition: each work item becomes its record lines and its article line, or one error line.
 * Items are processed one at a time as Spark pulls rows, so a partition never sits in memory whole, and nothing
 * one article does (bad JSON, a failure inside the pipeline) stops the others.
 */
final class Extraction implements Iterator<OutputRow> {

    private final Iterator<WorkItem> items;
    private final Supplier<Pipeline> pipeline;
    private final Queue<OutputRow> pending = new ArrayDeque<>();

    Extraction(Iterator<WorkItem> items, Supplier<Pipeline> pipeline) {
        this.items = items;
        this.pipeline = pipeline;
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && items.hasNext()) {
            pending.addAll(rows(items.next()));
        }
        return !pending.isEmpty();
    }

    @Override
    public OutputRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.remove();
    }

    private List<OutputRow> rows(WorkItem item) {
        if (item.isRejected()) {
            return List.of(error(item.origin(), null, "read", item.reason()));
        }
        Article article;
        try {
            article = ArticleEventsJson.read(item.articleJson()).article();
        } catch (IllegalArgumentException e) {
            return List.of(error(item.origin(), null, "read", e.getMessage()));
        }
        Outcome outcome = pipeline.get().process(article);
        if (outcome.failed()) {
            return List.of(error(article.origin(), article.id(), "extract", outcome.error()));
        }
        try {
            return rows(article, outcome.records());
        } catch (RuntimeException e) {
            return List.of(error(article.origin(), article.id(), "write", e.toString()));
        }
    }

    private static List<OutputRow> rows(Article article, List<EventRecord> records) {
        String published = article.published() == null ? OutputRow.UNKNOWN_DAY : article.published().toString();
        List<OutputRow> rows = new ArrayList<>(records.size() + 1);
        for (EventRecord record : records) {
            rows.add(new OutputRow(OutputRow.Kind.RECORD, day(record, published), article.id(), json(record)));
        }
        rows.add(new OutputRow(OutputRow.Kind.ARTICLE, published, article.id(),
                ArticleEventsJson.write(new ArticleEvents(article, records))));
        return rows;
    }

    /** The event's day when the record has one, else the article's. */
    static String day(EventRecord record, String fallback) {
        String date = record.date();
        return date != null && date.matches("\\d{4}-\\d{2}-\\d{2}") ? date : fallback;
    }

    static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** One error line: {origin, article_id, stage, reason}. */
    static OutputRow error(String origin, String articleId, String stage, String reason) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("origin", origin);
        node.put("article_id", articleId);
        node.put("stage", stage);
        node.put("reason", reason);
        return new OutputRow(OutputRow.Kind.ERROR, OutputRow.UNKNOWN_DAY, articleId, node.toString());
    }
}
