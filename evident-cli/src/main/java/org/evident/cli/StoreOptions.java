package org.evident.cli;

import java.nio.file.Path;
import org.evident.pipeline.Pipelines;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import picocli.CommandLine.Option;

/** The --db and --index options every store command shares. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = "${env:EVIDENT_DB:-" + StoreLocation.DEFAULT_DB + "}",
            description = {"The store: a path for the embedded H2 database (default ${DEFAULT-VALUE}, or $EVIDENT_DB),",
                "or a JDBC URL such as jdbc:postgresql://host/db?user=u&password=p."})
    String db;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The full-text index folder (default: PATH-index beside an H2 database; data/evident-index for a URL).")
    Path index;

    /** Accepted for scripts written when H2 commits could be delayed; every commit is durable now. */
    @Option(names = "--durable", hidden = true, description = "No effect: every commit is written before it returns.")
    boolean durable;

    StoreLocation location() {
        return StoreLocation.parse(db, index, durable);
    }

    Store open() {
        return Store.open(location(), Pipelines.resolver());
    }
}
