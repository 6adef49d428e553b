package org.evident.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evident.read.ArticleReader;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.nlp.AnnotatedArticle;
import org.evident.nlp.Dependency;
import org.evident.nlp.EntityMention;
import org.evident.nlp.Sentence;
import org.evident.nlp.Token;
import org.evident.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** evident annotate: the linguistic annotation extraction reads, for writing and debugging codebooks. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Prints each sentence's tokens in CoNLL-U style (index, word, lemma, POS, head, relation, "
                + "NER, normalized value, offsets), then its entities: what the codebooks match against.")
final class AnnotateCommand implements Callable<Integer> {

    private final Environment env;

    @Mixin
    LogOptions log = new LogOptions();

    @Parameters(paramLabel = "FILE", description = "Article files, or - for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for relative times.")
    LocalDate published;

    @Option(names = "--codebooks", paramLabel = "DIR",
            description = "Codebooks whose key sentences get NER and the parse (default: the bundled ones).")
    Path codebooks;

    AnnotateCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (files.isEmpty()) {
            files.add("-");
        }
        // the annotation extraction sees: which sentences get NER and the parse follows the codebooks' triggers
        try {
            env.pipelines().get(codebooks);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            env.err().println("evident: " + e.getMessage());
            return Main.NOTHING_READ;
        }
        ArticleReader reader = Pipelines.reader(new ReadOptions(published, null, ReadOptions.DEFAULT_MAX_ARTICLE_CHARS));
        int read = 0;
        for (String file : files) {
            List<ReadOutcome> outcomes = file.equals("-") ? reader.read("<stdin>", env.in()) : reader.read(Path.of(file));
            for (ReadOutcome outcome : outcomes) {
                if (outcome instanceof ReadOutcome.Rejected reject) {
                    env.err().println("evident: " + reject.message());
                } else if (outcome instanceof ReadOutcome.Read r) {
                    read++;
                    print(env.pipelines().annotator().annotate(r.article()));
                }
            }
        }
        env.out().flush();
        return read == 0 ? Main.NOTHING_READ : 0;
    }

    private void print(AnnotatedArticle article) {
        for (Sentence sentence : article.sentences()) {
            env.out().printf("# sentence %d [%d, %d)%n", sentence.index(), sentence.begin(), sentence.end());
            for (Token t : sentence.tokens()) {
                Dependency head = sentence.headOf(t.index()).orElse(new Dependency(-1, t.index(), "_"));
                env.out().printf("%d\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%d-%d%n", t.index(), t.text(), t.lemma(), t.pos(),
                        head.governor(), head.relation(), t.ner(), t.normalized() == null ? "_" : t.normalized(),
                        t.begin(), t.end());
            }
            for (EntityMention e : sentence.entities()) {
                env.out().printf("# entity %s \"%s\" %s tokens %d-%d%n", e.type(), e.text(),
                        e.normalized() == null ? "" : e.normalized(), e.first(), e.last());
            }
            env.out().println();
        }
    }
}
