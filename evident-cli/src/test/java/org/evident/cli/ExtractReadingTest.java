package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evident.pipeline.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How evident extract reports what it cannot read; none of these inputs gets as far as loading the models. */
class ExtractReadingTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Pipelines pipelines = Pipelines.with(() -> {
            throw new AssertionError("models must not load when nothing can be read");
        }, () -> {
            throw new AssertionError("the gazetteer must not load when nothing can be read");
        });
        Environment env = new Environment(pipelines, InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return Main.commandLine(env).execute(args);
    }

    private String errLines() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void directoryOfUnreadableFilesGivesOneLinePerFileAndExitCodeTwo(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/junk.html"), new byte[] {0, 1, 2, 3, 4});
        Files.writeString(dir.resolve("fr.txt"), "Le ministre a déclaré lundi que les négociations avec le syndicat "
                + "allaient continuer et qu'un accord était possible selon lui.");
        Files.writeString(dir.resolve("lines.jsonl"), "{\"title\": \"no text\"}\n{broken\n");
        assertThat(run("extract", dir.toString())).isEqualTo(Main.NOTHING_READ);
        assertThat(errLines().lines()).containsExactly(
                "evident: " + dir.resolve("fr.txt") + ": language fr, not supported",
                "evident: " + dir.resolve("lines.jsonl") + ":1: no article text: neither \"maintext\" nor \"text\" holds a string",
                "evident: " + dir.resolve("lines.jsonl") + ":2: invalid JSON: Unexpected character ('b' (code 98)): was expecting double-quote to start field name",
                "evident: " + dir.resolve("sub/junk.html") + ": binary content, not text (NUL or control bytes)",
                "evident: nothing could be read");
        assertThat(out.size()).isZero();
    }

    @Test
    void malformedJsonFieldMappingIsOneLineNamingTheEntry() {
        assertThat(run("extract", "--json-fields", "bogus=x", "a.json")).isEqualTo(Main.NOTHING_READ);
        assertThat(errLines().lines()).singleElement().asString()
                .startsWith("evident: JSON field mapping entry 'bogus=x'");
    }

    @Test
    void limitThatIsNotPositiveIsOneLineNamingTheOption() {
        assertThat(run("extract", "--max-records", "0", "a.txt")).isEqualTo(Main.NOTHING_READ);
        assertThat(errLines().lines()).containsExactly("evident: --max-records must be positive, was 0");
    }
}
