package org.evident.cli;

import java.util.concurrent.Callable;
import org.evident.model.Json;
import org.evident.store.Stats;
import org.evident.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** evident stats: what the store holds, for people, scripts and monitoring. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts the articles, records, events and rejected inputs in the store.")
final class StatsCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--json", description = "One JSON object with the keys articles, records, events, rejected.")
    boolean json;

    StatsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Stats stats;
        try (Store store = storeOptions.open()) {
            stats = store.stats();
        }
        if (json) {
            env.out().println(Json.mapper().writeValueAsString(stats));
        } else {
            env.out().printf("articles %d%nrecords  %d%nevents   %d%nrejected %d%n", stats.articles(), stats.records(),
                    stats.events(), stats.rejected());
        }
        env.out().flush();
        return 0;
    }
}
