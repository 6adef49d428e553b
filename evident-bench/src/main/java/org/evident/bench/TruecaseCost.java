package org.evident.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.evident.eval.muc.MucMessage;
import org.evident.eval.muc.MucTexts;
import org.evident.model.Article;
import org.evident.nlp.CoreNlpAnnotator;

/**
 * What truecasing costs: annotates the same all-caps MUC messages with truecasing on and off and prints the CPU
 * time per article of each (CPU time of this thread, so that other work on the machine does not blur it) and the
 * time the truecase model takes to load on first use.
 *
 * <p>Usage: {@code java -cp evident-bench.jar:lib/* org.evident.bench.TruecaseCost TEXTFILE [N]}
 */
public final class TruecaseCost {

    private TruecaseCost() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: TruecaseCost MUC-TEXT-FILE [N]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Article> articles = MucTexts.read(Path.of(args[0])).stream().limit(n + 1L).map(MucMessage::article).toList();
        for (boolean truecase : new boolean[] {false, true}) {
            // Bare CoreNLP, deliberately: the cost of truecasing alone, without the pipeline's acronyms and scope.
            CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpAnnotator.defaultProperties(), Set.of(), truecase);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long first = threads.getCurrentThreadCpuTime();
            annotator.annotate(articles.get(0));
            double warmup = (threads.getCurrentThreadCpuTime() - first) / 1e9;
            long start = threads.getCurrentThreadCpuTime();
            for (Article article : articles.subList(1, articles.size())) {
                annotator.annotate(article);
            }
            double perArticle = (threads.getCurrentThreadCpuTime() - start) / 1e9 / (articles.size() - 1);
            System.out.printf("truecase %-5s first article %.2f s CPU (includes lazy model loads), then %.3f s CPU per"
                    + " article over %d articles%n", truecase, warmup, perArticle, articles.size() - 1);
        }
    }
}
