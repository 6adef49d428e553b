package org.evident.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.evident.geo.build.GazetteerImport;
import org.evident.geo.build.GazetteerLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** evident gazetteer: manages the user gazetteer that extends the bundled one. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = {
            "Manages the user gazetteer: GeoNames dump files that Evident reads after its bundled data",
            "(GeoNames cities500, admin names, country and province ids, world-countries, airports).",
            "It lives in $EVIDENT_GAZETTEER, else",
            "~/.evident/gazetteer; its rows replace bundled rows with the same GeoNames id."},
        subcommands = {GazetteerCommand.Import.class})
final class GazetteerCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** evident gazetteer import FILE...: GeoNames dump files into the user gazetteer. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {
                "Imports GeoNames dump files (allCountries.txt or a country's XX.txt, cities*.txt,",
                "alternateNamesV2.txt, admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt; unzipped) into",
                "the user gazetteer. Places of classes A and P are kept, and other places with alternate names;",
                "alternate names in Latin script. A full allCountries.txt needs a larger heap",
                "(EVIDENT_JAVA_OPTS=-Xmx8g) when Evident later loads it."})
    static final class Import implements Callable<Integer> {

        private final Environment env;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "GeoNames dump files.")
        List<Path> files;

        @Option(names = "--dir", paramLabel = "DIR", description = "The user gazetteer folder (default: see above).")
        Path dir;

        Import(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            Path target = dir != null ? dir : GazetteerLoader.userDirectory();
            try {
                for (GazetteerImport.Imported i : GazetteerImport.importFiles(files, target)) {
                    env.out().printf("%s: %s, %d of %d rows kept -> %s%n", i.source(), i.kind(), i.rowsKept(),
                            i.rowsRead(), i.target());
                }
            } catch (IOException e) {
                env.err().println("evident: gazetteer import: " + e.getMessage());
                return Main.NOTHING_READ;
            }
            env.out().flush();
            return 0;
        }
    }
}
