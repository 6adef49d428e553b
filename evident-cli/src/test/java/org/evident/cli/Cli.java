package org.evident.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.evident.geo.Geocoder;
import org.evident.model.Article;
import org.evident.nlp.Annotator;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipelines;
import picocli.CommandLine;

/** Runs the evident command line in-process and keeps what it printed. */
final class Cli {

    /** What one run gave. */
    record Run(int exit, String out, String err) {}

    private Cli() {}

    /** Runs with the real pipeline (the shared annotator given) or, when {@code processor} is set, without NLP. */
    static Run run(java.util.function.Supplier<Annotator> annotator, Function<Article, Outcome> processor,
                   String stdin, String... args) {
        return run(Pipelines.with(annotator, Geocoder::none), processor, stdin, args);
    }

    /** Runs a command on the pipelines given (the builder's own CoreNLP, for commands that time it). */
    static Run run(Pipelines pipelines, Function<Article, Outcome> processor, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        Environment env = new Environment(pipelines, in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = Main.commandLine(env, factory(env, processor)).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Makes commands as Main does, but gives ingest and watch the processor when one is set. */
    static CommandLine.IFactory factory(Environment env, Function<Article, Outcome> processor) {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == IngestCommand.class && processor != null) {
                    return type.cast(new IngestCommand(env, processor));
                }
                if (type == WatchCommand.class && processor != null) {
                    return type.cast(new WatchCommand(env, processor));
                }
                try {
                    return type.getDeclaredConstructor(Environment.class).newInstance(env);
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        };
    }
}
