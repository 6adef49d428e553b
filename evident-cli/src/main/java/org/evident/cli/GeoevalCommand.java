package org.evident.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evident.geo.GeoEvaluation;
import org.evident.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** evident geoeval: toponym resolution scored on the LGL / TR-News / GeoVirus XML format. */
@Command(name = "geoeval", mixinStandardHelpOptions = true,
        description = {
            "Resolves every gold toponym of each benchmark file (given its span and its article) and reports",
            "accuracy within 161 km, median and mean error in km, the AUC of the log error curve (Gritta et",
            "al. 2018; 0 best, 1 worst; an unresolved toponym counts as 20,039 km) and the share resolved.",
            "Reads the XML of LGL, TR-News and GeoVirus."})
final class GeoevalCommand implements Callable<Integer> {

    private final Environment env;

    @Parameters(paramLabel = "FILE.xml", arity = "1..*", description = "Benchmark files.")
    List<Path> files;

    @Option(names = "--json", description = "Print a JSON array, one object per file.")
    boolean json;

    @Option(names = "--misses", description = "Also list each toponym resolved more than 161 km off.")
    boolean misses;

    @Option(names = "--min-acc", paramLabel = "X", description = "Exit 1 when a file's acc@161 is below X.")
    Double minAcc;

    GeoevalCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        List<GeoEvaluation.Result> results = new ArrayList<>();
        int unreadable = 0;
        for (Path file : files) {
            try {
                results.add(GeoEvaluation.evaluate(file, env.pipelines().geocoder()));
            } catch (IOException | RuntimeException e) {
                env.err().println("evident: geoeval: " + file + ": " + e.getMessage());
                unreadable++;
            }
        }
        if (results.isEmpty()) {
            return Main.NOTHING_READ;
        }
        if (json) {
            ArrayNode array = Json.mapper().createArrayNode();
            results.forEach(r -> array.add(toJson(r)));
            env.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            results.forEach(this::printText);
        }
        env.out().flush();
        boolean belowFloor = false;
        for (GeoEvaluation.Result r : results) {
            if (minAcc != null && r.acc161() < minAcc) {
                env.err().printf("evident: %s: acc@161km %.3f is below --min-acc %.3f%n", r.file(), r.acc161(), minAcc);
                belowFloor = true;
            }
        }
        return unreadable > 0 || belowFloor ? Main.PARTIAL : 0;
    }

    private void printText(GeoEvaluation.Result r) {
        var out = env.out();
        out.printf("%s%n", r.file());
        out.printf("  toponyms   %d%n", r.toponyms());
        out.printf("  resolved   %.3f  (%d)%n", r.toponyms() == 0 ? 0 : (double) r.resolved() / r.toponyms(), r.resolved());
        out.printf("  acc@161km  %.3f%n", r.acc161());
        out.printf("  median km  %.1f%n", r.medianKm());
        out.printf("  mean km    %.1f%n", r.meanKm());
        out.printf("  AUC        %.3f%n", r.auc());
        if (r.withIds() > 0) {
            out.printf("  exact id   %.3f  (%d of %d with a GeoNames id)%n", r.exactShare(), r.exact(), r.withIds());
        }
        if (misses) {
            r.misses().forEach(m -> out.printf("  miss  %s%n", m));
        }
    }

    private static ObjectNode toJson(GeoEvaluation.Result r) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("file", r.file());
        node.put("toponyms", r.toponyms());
        node.put("resolved", r.resolved());
        node.put("acc161", r.acc161());
        node.put("median_km", r.medianKm());
        node.put("mean_km", r.meanKm());
        node.put("auc", r.auc());
        if (r.withIds() > 0) {
            node.put("exact", r.exactShare());
        }
        return node;
    }
}
