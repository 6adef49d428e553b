package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evident.read.Fixtures.englishParagraph;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

    private static List<ReadOutcome> readAll(List<String> inputs, InputStream stdin) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        try (Outcomes all = Readers.read(inputs, ReadOptions.defaults(), stdin)) {
            all.forEachRemaining(outcomes::add);
        }
        return outcomes;
    }

    private static List<String> origins(List<ReadOutcome> outcomes) {
        return outcomes.stream().map(ReadOutcome::origin).toList();
    }

    static void gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }

    @Test
    void directoryIsReadRecursivelyInNameOrderSkippingHiddenFiles(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.writeString(dir.resolve("a.txt"), englishParagraph(1));
        Files.writeString(dir.resolve("b/inner/c.txt"), englishParagraph(2));
        Files.writeString(dir.resolve("b/d.txt"), englishParagraph(3));
        Files.writeString(dir.resolve(".hidden.txt"), englishParagraph(4));
        assertThat(origins(readAll(List.of(dir.toString()), InputStream.nullInputStream()))).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b/d.txt").toString(),
                dir.resolve("b/inner/c.txt").toString());
    }

    @Test
    void linkBackToAParentFolderDoesNotLoopForever(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("news"));
        Files.writeString(dir.resolve("news/a.txt"), englishParagraph(1));
        Files.createSymbolicLink(dir.resolve("news/loop"), dir);
        assertThat(origins(readAll(List.of(dir.toString()), InputStream.nullInputStream())))
                .containsExactly(dir.resolve("news/a.txt").toString());
    }

    @Test
    void globMatchesFilesAndSaysSoWhenNothingMatches(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.html"), "<p>" + englishParagraph(1) + "</p>");
        Files.writeString(dir.resolve("two.html"), "<p>" + englishParagraph(2) + "</p>");
        Files.writeString(dir.resolve("three.txt"), englishParagraph(3));
        assertThat(origins(readAll(List.of(dir + "/*.html"), InputStream.nullInputStream())))
                .containsExactly(dir.resolve("one.html").toString(), dir.resolve("two.html").toString());
        List<ReadOutcome> none = readAll(List.of(dir + "/*.pdf"), InputStream.nullInputStream());
        assertThat(((ReadOutcome.Rejected) none.get(0)).message()).isEqualTo(dir + "/*.pdf: no file matches the pattern");
    }

    @Test
    void dashReadsStandardInput() {
        InputStream stdin = new ByteArrayInputStream(("<html><body><p>" + englishParagraph(1) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        List<ReadOutcome> outcomes = readAll(List.of("-"), stdin);
        assertThat(outcomes).singleElement().isInstanceOf(ReadOutcome.Read.class);
        assertThat(outcomes.get(0).origin()).isEqualTo("<stdin>");
    }

    @Test
    void gzipIsUndoneWhateverTheFormatAndName(@TempDir Path dir) throws Exception {
        gzip(dir.resolve("page.gz"), ("<html><body><p>" + englishParagraph(1) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        gzip(dir.resolve("lines.jsonl.gz"), ("{\"text\": \"" + englishParagraph(2) + "\"}\n{\"text\": \""
                + englishParagraph(3) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        List<ReadOutcome> outcomes = readAll(List.of(dir.toString()), InputStream.nullInputStream());
        assertThat(outcomes).allMatch(o -> o instanceof ReadOutcome.Read).hasSize(3);
        assertThat(((ReadOutcome.Read) outcomes.get(2)).article().body()).isEqualTo(englishParagraph(1));
    }

    @Test
    void formatIsSniffedFromContentNotName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><html><body><nav>Menu</nav><p>" + englishParagraph(1)
                + "</p></body></html>");
        ReadOutcome outcome = readAll(List.of(dir.resolve("page.txt").toString()), InputStream.nullInputStream()).get(0);
        assertThat(((ReadOutcome.Read) outcome).article().body()).isEqualTo(englishParagraph(1));
    }

    @Test
    void mixedInputsAreReadInTheOrderGiven(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        try (Warcs w = new Warcs(warc, true)) {
            w.html("https://x.example/a", Warcs.page("A", englishParagraph(1)));
        }
        Path feed = dir.resolve("feed.xml");
        Files.write(feed, Fixtures.bytes("feeds/atom.xml"));
        List<ReadOutcome> outcomes = readAll(List.of(feed.toString(), warc.toString(), dir.resolve("missing.txt").toString()),
                InputStream.nullInputStream());
        assertThat(outcomes).hasSize(4);
        assertThat(outcomes.get(3)).isEqualTo(new ReadOutcome.Rejected(dir.resolve("missing.txt").toString(), "no such file"));
    }

    @Test
    void streamCloseReleasesTheOpenInput(@TempDir Path dir) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            lines.append("{\"text\": \"").append(englishParagraph(i)).append("\"}\n");
        }
        Files.writeString(dir.resolve("many.jsonl"), lines);
        try (var stream = Readers.read(dir.toString(), ReadOptions.defaults(), InputStream.nullInputStream()).stream()) {
            assertThat(stream.limit(3).count()).isEqualTo(3);
        }
    }
}
