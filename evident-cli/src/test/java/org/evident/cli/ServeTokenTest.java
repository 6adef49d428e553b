package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.evident.geo.Geocoder;
import org.evident.pipeline.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write token of evident serve: given, or generated once into the data folder for its owner only. */
class ServeTokenTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Environment env = new Environment(Pipelines.with(() -> {
        throw new AssertionError("no pipeline needed");
    }, Geocoder::none), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    @Test
    void aTokenIsGeneratedOnceKeptForItsOwnerAndPrintedOnlyThen() throws Exception {
        String first = Serving.token(env, null, dir.resolve("data"));
        Path file = dir.resolve("data").resolve(Serving.TOKEN_FILE);

        assertThat(first).matches("[0-9a-f]{48}");
        assertThat(Files.readString(file).strip()).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(first);

        out.reset();
        assertThat(Serving.token(env, null, dir.resolve("data"))).isEqualTo(first);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(first).contains(file.toString());
    }

    @Test
    void aGivenTokenWinsAndNothingIsWritten() throws Exception {
        assertThat(Serving.token(env, " mine-0123456789abcdef ", dir)).isEqualTo("mine-0123456789abcdef");
        assertThat(dir.resolve(Serving.TOKEN_FILE)).doesNotExist();
    }

    @Test
    void aShortGivenTokenIsRefusedWithItsReason() {
        assertThatThrownBy(() -> Serving.token(env, "x", dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 1 characters; it needs at least 16");
        assertThat(dir.resolve(Serving.TOKEN_FILE)).doesNotExist();
    }
}
