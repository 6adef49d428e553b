package org.evident.cli;

import java.nio.file.Path;
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

    @Option(names = "--durable",
            description = {"Embedded H2 only: write each article's commit to disk before going on, so a killed process",
                "loses nothing (slower, and a larger file). Without it a kill -9 can lose the last article or two,",
                "which a rerun stores again."})
    boolean durable;

    StoreLocation location() {
        return StoreLocation.parse(db, index, durable);
    }

    Store open() {
        return Store.open(location());
    }
}
