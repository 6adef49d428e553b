package org.evident.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evident.exchange.ArticleEventsReader;
import org.evident.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** evident import-records: a Spark extract job's output into the store, so a cluster run is explored locally. */
@Command(name = "import-records", mixinStandardHelpOptions = true,
        description = {
            "Imports what `evident spark extract` wrote (its articles/ folder: one article with its records per",
            "line, plain or compressed) into the store, one transaction per article, merging records into events",
            "as ingest does. Articles already stored (same content hash) are skipped, so an import can be rerun."})
final class ImportRecordsCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "DIR", description = "The job's output folder, or its articles/ folder.")
    Path output;

    ImportRecordsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Path articles = Files.isDirectory(output.resolve("articles")) ? output.resolve("articles") : output;
        if (!Files.exists(articles)) {
            env.err().println("evident: " + output + ": no such folder");
            return Main.NOTHING_READ;
        }
        int[] counts = new int[3]; // imported, records, skipped
        int[] problems = new int[1];
        try (Store store = storeOptions.open()) {
            new ArticleEventsReader(problem -> {
                env.err().println("evident: " + problem);
                problems[0]++;
            }).read(articles, item -> {
                if (store.contains(item.article().id())) {
                    counts[2]++;
                    return;
                }
                store.save(item.article(), item.events());
                counts[0]++;
                counts[1] += item.events().size();
            });
            store.commitIndex();
        }
        env.out().printf("imported %d articles (%d records); %d already stored%n", counts[0], counts[1], counts[2]);
        env.out().flush();
        if (counts[0] + counts[2] == 0) {
            return Main.NOTHING_READ;
        }
        return problems[0] > 0 ? Main.PARTIAL : 0;
    }
}
