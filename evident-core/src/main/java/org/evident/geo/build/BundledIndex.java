package org.evident.geo.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evident.geo.GazetteerIndex;

/** The build step that turns the bundled gazetteer files into the index the jar ships and a process loads. */
public final class BundledIndex {

    private BundledIndex() {}

    /** Builds the bundled gazetteer and writes its index to the file named by the first argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledIndex OUTPUT_FILE");
        }
        GazetteerBuilder builder = new GazetteerBuilder();
        GazetteerLoader.addBundled(builder);
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        GazetteerIndex.write(builder.build(), out);
    }
}
