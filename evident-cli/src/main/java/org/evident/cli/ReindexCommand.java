package org.evident.cli;

import java.util.concurrent.Callable;
import org.evident.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** evident reindex: rebuilds the full-text index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the full-text index from the database (after a lost or damaged index folder).")
final class ReindexCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    StoreOptions storeOptions;

    ReindexCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            int articles = store.reindex();
            env.out().println("reindexed " + articles + " articles");
        }
        env.out().flush();
        return 0;
    }
}
