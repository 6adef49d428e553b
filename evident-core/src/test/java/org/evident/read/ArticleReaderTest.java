package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(new ReadOptions(LocalDate.of(2020, 1, 2), null, 1000));

    private static ReadOutcome only(List<ReadOutcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    private static String rejectReason(List<ReadOutcome> outcomes) {
        assertThat(only(outcomes)).isInstanceOf(ReadOutcome.Rejected.class);
        return ((ReadOutcome.Rejected) outcomes.get(0)).reason();
    }

    @Test
    void readsPlainTextUnchangedWithHeadlineAndDefaultDate() {
        String text = "Storm hits coast\n\nA storm hit the coast on Monday.\n";
        ReadOutcome outcome = only(reader.read("a.txt", text.getBytes(StandardCharsets.UTF_8)));
        var article = ((ReadOutcome.Read) outcome).article();
        assertThat(article.body()).isEqualTo(text);
        assertThat(article.title()).isEqualTo("Storm hits coast");
        assertThat(article.published()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(article.id()).hasSize(16);
    }

    @Test
    void sameTextGetsSameId() {
        var a = ((ReadOutcome.Read) only(reader.read("a.txt", "Same words.".getBytes()))).article();
        var b = ((ReadOutcome.Read) only(reader.read("b.txt", "Same words.".getBytes()))).article();
        assertThat(a.id()).isEqualTo(b.id());
    }

    @Test
    void readsNewsPleaseJsonAndItsOwnDateWins() {
        String json = "{\"title\": \"T\", \"maintext\": \"Body text.\", \"text\": \"other\", "
                + "\"date_publish\": \"2017-01-06 10:22:00\", \"url\": \"http://x.test/a\", \"source_domain\": \"x.test\"}";
        var article = ((ReadOutcome.Read) only(reader.read("a.json", json.getBytes()))).article();
        assertThat(article.body()).isEqualTo("Body text.");
        assertThat(article.published()).isEqualTo(LocalDate.of(2017, 1, 6));
        assertThat(article.url()).isEqualTo("http://x.test/a");
        assertThat(article.source()).isEqualTo("x.test");
    }

    @Test
    void readsJsonLinesAndRejectsOnlyTheBadLine() {
        String jsonl = "{\"text\": \"First.\"}\n{broken\n{\"text\": \"Third.\"}\n";
        List<ReadOutcome> outcomes = reader.read("batch.jsonl", jsonl.getBytes());
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Read.class);
        assertThat(outcomes.get(1)).isInstanceOf(ReadOutcome.Rejected.class);
        assertThat(outcomes.get(1).origin()).isEqualTo("batch.jsonl:2");
        assertThat(outcomes.get(2)).isInstanceOf(ReadOutcome.Read.class);
    }

    @Test
    void rejectsEmptyFile() {
        assertThat(rejectReason(reader.read("e.txt", new byte[0]))).isEqualTo("empty file");
    }

    @Test
    void rejectsWhiteSpaceOnly() {
        assertThat(rejectReason(reader.read("w.txt", " \n\t\n".getBytes()))).contains("white space");
    }

    @Test
    void rejectsBinaryContent() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3};
        assertThat(rejectReason(reader.read("image.txt", bytes))).contains("binary");
    }

    @Test
    void rejectsInvalidUtf8WithOffset() {
        byte[] bytes = "Caf\u00e9 latin-1".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(rejectReason(reader.read("latin1.txt", bytes))).contains("not valid UTF-8").contains("offset 3");
    }

    @Test
    void rejectsJsonWithoutText() {
        assertThat(rejectReason(reader.read("a.json", "{\"title\": \"only\"}".getBytes()))).contains("maintext");
    }

    @Test
    void rejectsArticleOverTheSizeLimit() {
        assertThat(rejectReason(reader.read("big.txt", "x".repeat(1001).getBytes()))).contains("over the limit");
    }

    @Test
    void rejectsMissingFileAndDirectoryByName(@TempDir Path dir) {
        assertThat(rejectReason(reader.read(dir.resolve("nope.txt")))).isEqualTo("no such file");
        assertThat(rejectReason(reader.read(dir))).contains("directory");
    }

    @Test
    void dropsByteOrderMark(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.txt");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '.'});
        var article = ((ReadOutcome.Read) only(reader.read(file))).article();
        assertThat(article.body()).isEqualTo("Hi.");
    }

    @Test
    void rejectIsAlwaysOneLine() {
        var reject = new ReadOutcome.Rejected("a\nb.txt", "first line\n  second line\r\n");
        assertThat(reject.message()).isEqualTo("a b.txt: first line second line");
    }
}
