package org.evident.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.evident.model.Json;
import org.evident.model.EventRecord;
import org.evident.pipeline.Pipelines;
import org.evident.resolve.MergeRule;
import org.evident.resolve.Occurrence;
import org.evident.resolve.Report;
import org.evident.resolve.Resolver;
import org.evident.store.EventDetail;
import org.evident.store.Store;
import org.evident.store.StoredRecord;
import org.evident.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** evident query: the stored events that match filters, as a table or as JSON Lines. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {
            "Lists the real events in the store that have a record matching every filter, latest first: each with",
            "its status (the strongest evidence), every warning, and every source's figures side by side."})
final class QueryCommand implements Callable<Integer> {

    enum Format { table, jsonl }

    private final Environment env;

    @Parameters(paramLabel = "TEXT", arity = "0..1", description = "Full-text query (the same as --text).")
    String positionalText;

    @Mixin
    Filters filters;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Most events shown (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or jsonl: one event per line with its summary, record ids and highlight.")
    Format format;

    @Option(names = "--explain", paramLabel = "EVENT", description = {
            "Instead of a list: why each record of event EVENT (its id) is in it. Each record after the first is",
            "  compared, by the merge rule as it is now, with every record stored before it; the closest is named",
            "  with the rule's score and which fields agreed (place, actors, figures, modes, days)."})
    Long explain;

    QueryCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (positionalText != null) {
            filters.text = filters.text == null ? positionalText : filters.text + " AND (" + positionalText + ")";
        }
        if (explain != null) {
            if (!filters.toQuery(limit).equals(new Filters().toQuery(limit))) {
                env.err().println("evident: --explain shows one event whole; it takes no filters");
                return Main.NOTHING_READ;
            }
            return explain(explain);
        }
        List<StoredEvent> events;
        try (Store store = storeOptions.open()) {
            events = store.events(filters.toQuery(limit));
        }
        if (format == Format.table) {
            EventTable.print(env.out(), events);
        } else {
            for (StoredEvent event : events) {
                ObjectNode node = Json.mapper().createObjectNode();
                node.put("event_id", event.id());
                node.setAll((ObjectNode) Json.mapper().valueToTree(event.summary()));
                node.set("record_ids", Json.mapper().valueToTree(event.recordIds()));
                node.put("highlight", event.highlight());
                env.out().println(node);
            }
        }
        env.out().flush();
        return 0;
    }

    private int explain(long eventId) {
        Optional<EventDetail> detail;
        try (Store store = storeOptions.open()) {
            detail = store.event(eventId);
        }
        if (detail.isEmpty()) {
            env.err().println("evident: no event " + eventId + " in the store");
            return Main.NOTHING_READ;
        }
        List<StoredRecord> records = detail.get().records();
        List<Report> reports = records.stream()
                .map(r -> new Report(r.record(), r.publication(), r.published())).toList();
        List<Resolver.Joined> joined = Pipelines.resolver().explain(reports);
        env.out().printf("event %d: %s, %d records%n", eventId, Occurrence.category(records.get(0).record()),
                records.size());
        for (int i = 0; i < joined.size(); i++) {
            Resolver.Joined j = joined.get(i);
            EventRecord r = j.report().record();
            String head = String.format("%3d. %s  article %s  %s %s", i + 1, r.id(), shortId(r.articleId()),
                    j.report().publication() == null ? "-" : j.report().publication(),
                    j.report().published() == null ? "" : j.report().published());
            if (j.verdict() == null) {
                env.out().println(head + "\n       started the event");
            } else {
                MergeRule.Verdict v = j.verdict();
                env.out().println(head + "\n       " + (v.same()
                        ? String.format("joined: closest to record %d, score %.2f: %s", j.closest() + 1, v.score(),
                                v.reason())
                        : "the rule would not join it now (against record " + (j.closest() + 1) + ": "
                                + v.reason() + ")"));
            }
        }
        env.out().flush();
        return 0;
    }

    private static String shortId(String articleId) {
        return articleId.length() > 12 ? articleId.substring(0, 12) : articleId;
    }
}
