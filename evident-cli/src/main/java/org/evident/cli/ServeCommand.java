package org.evident.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evident.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** evident serve: the REST API and the web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP: the web UI at /, the REST API under /api (docs at /api/docs).",
            "Reads work at once; POST /api/articles ingests an article (the language models load on the first one).",
            "Writes need the bearer token; reads from other hosts too, unless --open-reads."})
final class ServeCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ServeOptions serveOptions;

    @Mixin
    LogOptions log = new LogOptions();

    @Option(names = "--no-pipeline", description = "Read-only: never load the language models; POST answers 503.")
    boolean noPipeline;

    @Option(names = "--codebooks", paramLabel = "DIR",
            description = "Codebook folder for posted articles: NAME.tsv replaces a bundled codebook, NAME.add.tsv"
                    + " adds rows to it.")
    Path codebooks;

    @Mixin
    BudgetOption budget;

    ServeCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        budget.check();
        Store store = storeOptions.open();
        try {
            return Serving.serveUntilStopped(env, store, serveOptions, dataDir(storeOptions),
                    noPipeline ? null : () -> budget.apply(env.pipelines().get(codebooks)));
        } catch (Exception | Error e) {
            store.close();
            throw e;
        }
    }

    /** The data folder: where the store's text index lives. */
    static Path dataDir(StoreOptions options) {
        Path index = options.location().indexDir().toAbsolutePath();
        return index.getParent() == null ? index : index.getParent();
    }
}
