package org.evident.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.evident.store.Query;
import org.evident.store.Store;
import org.evident.store.export.ExportFormat;
import org.evident.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** evident export: stored records in a format other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Writes the stored records that match the filters (all by default): jsonl (PLOVER JSON, one record per",
            "line, with its event_id), csv (ACLED-like columns), geojson (a point per geocoded record, for map",
            "tools) or parquet. To standard output, or to --out FILE (written whole, then renamed into place)."})
final class ExportCommand implements Callable<Integer> {

    private final Environment env;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "jsonl, csv, geojson or parquet.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    Filters filters;

    @Mixin
    StoreOptions storeOptions;

    ExportCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Query query = filters.toQuery(Integer.MAX_VALUE);
        long written;
        try (Store store = storeOptions.open()) {
            if (out == null) {
                written = Exporter.export(store, query, format, env.out());
                env.out().flush();
            } else {
                Path target = out.toAbsolutePath();
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), ".evident-export-", ".tmp");
                try {
                    try (OutputStream file = Files.newOutputStream(temp)) {
                        written = Exporter.export(store, query, format, file);
                    }
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        }
        env.err().println("evident: exported " + written + " records" + (out == null ? "" : " to " + out));
        return 0;
    }
}
