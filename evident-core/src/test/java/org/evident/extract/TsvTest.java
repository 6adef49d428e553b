package org.evident.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a codebook file: comments, trimmed cells, '-' for empty, and a user folder's replacing and added rows. */
class TsvTest {

    @TempDir
    Path dir;

    private enum Colour { RED, GREEN }

    private List<Tsv.Row> read(String name, int minColumns) {
        return Tsv.read(dir, "en", name, minColumns);
    }

    @Test
    void commentsAndBlankLinesAreSkippedCellsTrimmedAndADashIsEmpty() throws IOException {
        Files.writeString(dir.resolve("modes.tsv"), "# a comment\n\n a \t - \tx, y ,\n");
        List<Tsv.Row> rows = read("modes.tsv", 2);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.cell(0)).isEqualTo("a");
            assertThat(row.cell(1)).isEmpty();
            assertThat(row.list(2, ",")).containsExactly("x", "y");
            assertThat(row.cell(7)).isEmpty();
            assertThat(row.line()).isEqualTo(3);
        });
    }

    @Test
    void aUserFileReplacesTheBundledOneAndAnAddFileComesAfterIt() throws IOException {
        Files.writeString(dir.resolve("modes.tsv"), "mine\tx\n");
        Files.writeString(dir.resolve("modes.add.tsv"), "added\tx\n");
        assertThat(read("modes.tsv", 2)).extracting(row -> row.cell(0)).containsExactly("mine", "added");
    }

    @Test
    void anAddFileAloneAddsToTheBundledRows() throws IOException {
        int bundled = Tsv.read(null, "en", "modes.tsv", 2).size();
        Files.writeString(dir.resolve("modes.add.tsv"), "added\tx\n");
        List<Tsv.Row> rows = read("modes.tsv", 2);
        assertThat(rows).hasSize(bundled + 1);
        assertThat(rows.get(rows.size() - 1).cell(0)).isEqualTo("added");
    }

    @Test
    void aShortRowOrAnEmptyFirstCellNamesFileAndLine() throws IOException {
        Files.writeString(dir.resolve("modes.tsv"), "# c\nonly\n");
        assertThatThrownBy(() -> read("modes.tsv", 2)).hasMessageContaining("modes.tsv:2")
                .hasMessageContaining("expected 2");
        Files.writeString(dir.resolve("modes.tsv"), "-\tx\n");
        assertThatThrownBy(() -> read("modes.tsv", 2)).hasMessageContaining("modes.tsv:1");
    }

    @Test
    void aConstantIsOneOfItsEnumOrAnErrorListingThem() throws IOException {
        Files.writeString(dir.resolve("modes.tsv"), "a\tGREEN\nb\tBLUE\n");
        List<Tsv.Row> rows = read("modes.tsv", 2);
        assertThat(rows.get(0).constant(1, Colour.class, "colour")).isEqualTo(Colour.GREEN);
        assertThatThrownBy(() -> rows.get(1).constant(1, Colour.class, "colour"))
                .hasMessageContaining("modes.tsv:2").hasMessageContaining("colour 'BLUE'")
                .hasMessageContaining("RED").hasMessageContaining("GREEN");
    }

    @Test
    void aMissingBundledCodebookIsNamed() {
        assertThatThrownBy(() -> Tsv.read(null, "en", "nothing.tsv", 1)).hasMessageContaining("nothing.tsv");
    }

    @Test
    void theAddNameKeepsTheBaseName() {
        assertThat(Tsv.addName("triggers.tsv")).isEqualTo("triggers.add.tsv");
    }
}
