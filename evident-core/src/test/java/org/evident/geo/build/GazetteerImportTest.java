package org.evident.geo.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evident.geo.Fixture;
import org.evident.geo.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerImportTest {

    @TempDir
    Path dir;

    @Test
    void importedDumpFilesExtendTheGazetteer() throws IOException {
        Path village = dir.resolve("SY.txt");
        Files.writeString(village, "9001\tKafr Nubl\tKafr Nubl\tKafranbel\t35.61\t36.56\tP\tPPL\tSY\t\t07\t\t\t\t0"
                + "\t\t400\tAsia/Damascus\t2024-01-01\n"
                + "9002\tNahr Foo\tNahr Foo\t\t35.0\t36.0\tH\tSTM\tSY\t\t07\t\t\t\t0\t\t\t\t2024-01-01\n");
        Path alternates = dir.resolve("alternateNamesV2.txt");
        Files.writeString(alternates, "1\t9001\ten\tKafr Nabl\t\t\t\t\t\t\n2\t9001\tpost\t12345\t\t\t\t\t\t\n");
        Path target = dir.resolve("user");
        List<GazetteerImport.Imported> done = GazetteerImport.importFiles(List.of(village, alternates), target);
        assertThat(done.get(0).kind()).isEqualTo(GeoNamesFiles.Kind.PLACES);
        assertThat(done.get(0).rowsKept()).isEqualTo(1); // the unnamed stream is left out
        assertThat(done.get(1).rowsKept()).isEqualTo(1); // the postal code is left out

        GazetteerBuilder builder = Fixture.builder();
        GazetteerLoader.addUser(target, builder);
        Gazetteer g = builder.build();
        assertThat(g.lookup("Kafranbel")).extracting(m -> m.place().geonameid()).containsExactly(9001L);
        assertThat(g.lookup("Kafr Nabl")).extracting(m -> m.place().geonameid()).containsExactly(9001L);
    }

    @Test
    void nothingIsWrittenWhenAFileIsMissing() {
        Path target = dir.resolve("user");
        assertThatThrownBy(() -> GazetteerImport.importFiles(List.of(dir.resolve("nope.txt")), target))
                .isInstanceOf(IOException.class).hasMessageContaining("nope.txt: no such file");
        assertThat(Files.exists(target)).isFalse();
    }
}
