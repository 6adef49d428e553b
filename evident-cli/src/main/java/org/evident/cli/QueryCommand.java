package org.evident.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.evident.model.Json;
import org.evident.store.Store;
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

    QueryCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (positionalText != null) {
            filters.text = filters.text == null ? positionalText : filters.text + " AND (" + positionalText + ")";
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
}
