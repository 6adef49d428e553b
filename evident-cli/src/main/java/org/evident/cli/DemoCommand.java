package org.evident.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evident.ingest.ArticleReader;
import org.evident.ingest.ReadOptions;
import org.evident.ingest.ReadOutcome;
import org.evident.model.Article;
import org.evident.pipeline.Outcome;
import org.evident.store.Query;
import org.evident.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * evident demo: the bundled sample articles, ingested into the embedded store and shown as merged events. A rerun
 * finds them stored (by content hash) and only prints, without loading the language models.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the bundled sample articles into the store (default data/evident) and prints the",
            "events found in them, merged across articles, with every source's figures and warnings."})
final class DemoCommand implements Callable<Integer> {

    private static final String SAMPLES = "samples/";

    private final Environment env;

    @Mixin
    StoreOptions storeOptions;

    DemoCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        List<Article> articles = sampleArticles();
        int added = 0;
        try (Store store = storeOptions.open()) {
            for (Article article : articles) {
                if (store.contains(article.id())) {
                    continue;
                }
                Outcome outcome = env.pipelines().get(null).process(article);
                if (outcome.failed()) {
                    env.err().println("evident: " + article.origin() + ": extraction failed: " + outcome.error());
                    continue;
                }
                store.save(article, outcome.records());
                added++;
            }
            env.out().printf("%d sample articles in the store %s (%d added now). Their events, merged across"
                    + " articles:%n%n", articles.size(), storeOptions.db, added);
            EventTable.print(env.out(), store.events(Query.all(200).withArticles(articles.stream().map(Article::id).toList())));
        }
        env.out().printf("%nTry: evident query --help, evident export --format geojson, evident stats%n");
        env.out().flush();
        return 0;
    }

    private List<Article> sampleArticles() throws IOException {
        ArticleReader reader = new ArticleReader(ReadOptions.defaults());
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
