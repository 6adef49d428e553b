package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Valid inputs of every format with bytes flipped, runs deleted and tails cut, with fixed seeds: whatever comes
 * out, reading never throws, every file gives at least one outcome, and every outcome is an article or a one-line
 * reject naming the input. Each unmutated input must give an article, so that a reader yielding nothing fails.
 */
class MutatedInputTest {

    private static final int MUTANTS = 60;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pages/harbour-council.html", "pages/div-layout.html", "feeds/rss2.xml", "feeds/atom.xml",
        "text/front-matter.txt", "lines.jsonl", "lines.jsonl.gz", "crawl.warc", "crawl.warc.gz"})
    void mutatedInputNeverThrowsAndEveryRejectIsOneLineNamingIt(String name) throws IOException {
        byte[] original = original(name);
        Random random = new Random(name.hashCode());
        ArticleReader reader = new ArticleReader(ReadOptions.defaults());
        Path unchanged = dir.resolve("original-" + name.replace('/', '-'));
        Files.write(unchanged, original);
        assertThat(reader.read(unchanged)).as("the unmutated input").isNotEmpty()
                .anyMatch(outcome -> outcome instanceof ReadOutcome.Read);
        int articles = 0;
        for (int i = 0; i < MUTANTS; i++) {
            Path file = dir.resolve("mutant-" + i + "-" + name.replace('/', '-'));
            Files.write(file, mutate(original, random));
            List<ReadOutcome> outcomes = reader.read(file);
            // a file that gives neither an article nor a reason would be passed over in silence
            assertThat(outcomes).as("outcomes of %s", file.getFileName()).isNotEmpty();
            articles += (int) outcomes.stream().filter(outcome -> outcome instanceof ReadOutcome.Read).count();
            for (ReadOutcome outcome : outcomes) {
                assertThat(outcome.origin()).startsWith(file.toString());
                if (outcome instanceof ReadOutcome.Rejected reject) {
                    assertThat(reject.message()).doesNotContain("\n").isNotBlank();
                }
            }
        }
        // most mutations leave some article readable: a reader that rejects everything would pass the rest
        assertThat(articles).as("articles read from %d mutants", MUTANTS).isPositive();
    }

    private byte[] original(String name) throws IOException {
        if (!name.startsWith("lines") && !name.startsWith("crawl")) {
            return Fixtures.bytes(name);
        }
        if (name.startsWith("lines")) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                lines.append("{\"title\": \"T").append(i).append("\", \"maintext\": \"")
                        .append(Fixtures.englishParagraph(i)).append("\"}\n");
            }
            byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
            return name.endsWith(".gz") ? gzip(bytes) : bytes;
        }
        Path warc = dir.resolve(name);
        try (Warcs writer = new Warcs(warc, name.endsWith(".gz"))) {
            for (int i = 0; i < 6; i++) {
                writer.html("https://x.example/" + i, Warcs.page("Story " + i, Fixtures.englishParagraph(i)));
            }
        }
        return Files.readAllBytes(warc);
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int flips = 1 + random.nextInt(20); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> {
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
                byte[] cut = new byte[bytes.length - (to - from)];
                System.arraycopy(bytes, 0, cut, 0, from);
                System.arraycopy(bytes, to, cut, from, bytes.length - to);
                bytes = cut;
            }
            default -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        return bytes;
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }
}
