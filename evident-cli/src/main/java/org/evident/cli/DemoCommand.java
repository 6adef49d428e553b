package org.evident.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evident.read.ArticleReader;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;
import org.evident.model.Outcome;
import org.evident.store.Ingested;
import org.evident.store.Query;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.evident.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * evident demo: the bundled sample articles, ingested into the embedded store and shown as merged events. A rerun
 * finds them stored (by content hash) and only prints, without loading the language models. Then it serves the web
 * UI over the store, as evident serve does, until stopped; --no-serve only prints.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled sample articles into the store (default data/evident), prints the",
            "events found in them, merged across articles, with every source's figures and warnings, then serves",
            "the web UI over them (as evident serve does; --no-serve only prints)."})
final class DemoCommand implements Callable<Integer> {

    private static final String SAMPLES = "samples/";

    private final Environment env;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ServeOptions serveOptions;

    @Mixin
    LogOptions log = new LogOptions();

    @Option(names = "--no-serve", description = "Only print the events; do not start the web UI.")
    boolean noServe;

    DemoCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Article> articles = sampleArticles();
        int added = 0;
        Store store = storeOptions.open();
        try {
            for (Article article : articles) {
                // the pipeline (and its models) is only asked for when an article is not stored yet
                Ingested ingested = store.ingest(article, a -> env.pipelines().get(null).process(a));
                if (ingested.failed()) {
                    env.err().println("evident: " + article.origin() + ": extraction failed: " + ingested.failure());
                } else if (ingested.stored()) {
                    added++;
                }
            }
            env.out().printf("%d sample articles in the store %s (%d added now). Their events, merged across"
                    + " articles:%n%n", articles.size(), storeOptions.db, added);
            EventTable.print(env.out(), store.events(Query.all(200).withArticles(articles.stream().map(Article::id).toList())));
            store.commitIndex();
            String db = storeOptions.db.equals(StoreLocation.DEFAULT_DB) ? ""
                    : " --db " + (storeOptions.db.matches("[\\w./:-]+") ? storeOptions.db : "'" + storeOptions.db + "'");
            env.out().printf("%nTry (also while the web UI below runs): evident query%s --limit 5, evident export%s"
                    + " --format geojson, evident stats%s, evident query --help%n", db, db, db);
            env.out().flush();
            if (noServe) {
                store.close();
                return 0;
            }
            env.out().printf("%nThe web UI shows them on a map and a timeline:%n");
            return Serving.serveUntilStopped(env, store, serveOptions, ServeCommand.dataDir(storeOptions),
                    () -> env.pipelines().get(null));
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            store.close();
            throw e;
        }
    }

    private List<Article> sampleArticles() throws IOException {
        ArticleReader reader = Pipelines.reader(ReadOptions.defaults());
        List<Article> articles = new ArrayList<>();
        for (String name : sampleNames()) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name)) {
                for (ReadOutcome outcome : reader.read(name, in.readAllBytes())) {
                    if (outcome instanceof ReadOutcome.Read read) {
                        articles.add(read.article());
                    } else if (outcome instanceof ReadOutcome.Rejected reject) {
                        env.err().println("evident: " + reject.message());
                    }
                }
            }
        }
        return articles;
    }

    static List<String> sampleNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + "index.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(names::add);
        }
        return names;
    }
}
