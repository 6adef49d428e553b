package org.evident.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evident.ingest.ArticleReader;
import org.evident.ingest.ReadOptions;
import org.evident.ingest.ReadOutcome;
import org.evident.model.EventRecord;
import org.evident.pipeline.Outcome;
import org.evident.pipeline.Pipeline;
import picocli.CommandLine.Command;

/** evident demo: the bundled sample articles, extracted and shown. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Extracts the bundled sample articles and prints the events found in each.")
final class DemoCommand implements Callable<Integer> {

    private static final String SAMPLES = "samples/";

    private final Environment env;

    DemoCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        ArticleReader reader = new ArticleReader(ReadOptions.defaults());
        Pipeline pipeline = env.pipelines().get(null);
        for (String name : sampleNames()) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name)) {
                for (ReadOutcome outcome : reader.read(name, in.readAllBytes())) {
                    if (outcome instanceof ReadOutcome.Read read) {
                        print(pipeline.process(read.article()));
                    } else if (outcome instanceof ReadOutcome.Rejected reject) {
                        env.err().println("evident: " + reject.message());
                    }
                }
            }
        }
        env.out().flush();
        return 0;
    }

    static List<String> sampleNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + "index.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(names::add);
        }
        return names;
    }

    private void print(Outcome outcome) {
        PrintStream out = env.out();
        out.printf("%n== %s (%s)%n", outcome.article().title(), outcome.article().published());
        if (outcome.failed()) {
            out.println("   extraction failed: " + outcome.error());
            return;
        }
        for (EventRecord r : outcome.records()) {
            out.printf("   %-12s %-13s %-10s %-24s %s%s%n",
                    String.join("/", r.event()),
                    r.status(),
                    r.date() == null ? "-" : r.date(),
                    place(r),
                    quote(r),
                    details(r));
        }
    }

    private static String place(EventRecord r) {
        if (r.eventLoc() == null) {
            return "-";
        }
        String name = r.eventLoc().resolvedPlace() != null ? r.eventLoc().resolvedPlace() : r.eventLoc().extractedPlace();
        return r.eventLoc().countryCode() == null ? name : name + ", " + r.eventLoc().countryCode();
    }

    private static String quote(EventRecord r) {
        return "\"" + r.mentions().get(0).text() + "\"";
    }

    private static String details(EventRecord r) {
        StringBuilder text = new StringBuilder();
        EventRecord.Size size = r.size();
        if (size.dead() != null) {
            text.append(" dead=").append(size.dead());
        }
        if (size.injured() != null) {
            text.append(" injured=").append(size.injured());
        }
        if (size.arrested() != null) {
            text.append(" arrested=").append(size.arrested());
        }
        if (r.source() != null) {
            text.append(" source=\"").append(r.source().text()).append('"');
        }
        if (r.forecast() != null) {
            text.append(" forecast by ").append(r.forecast().by());
        }
        return text.toString();
    }
}
