package org.evident.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 4180: a cell is quoted only when it must be, quotes inside are doubled, every line ends in CRLF. */
class CsvTest {

    @Test
    void aPlainCellIsWrittenAsItIsAndAMissingOneIsEmpty() {
        assertThat(Csv.cell("Kirkuk")).isEqualTo("Kirkuk");
        assertThat(Csv.cell(5)).isEqualTo("5");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void aCellWithASeparatorQuoteOrLineBreakIsQuotedWithItsQuotesDoubled() {
        assertThat(Csv.cell("Kirkuk, Iraq")).isEqualTo("\"Kirkuk, Iraq\"");
        assertThat(Csv.cell("the \"market\" bomb")).isEqualTo("\"the \"\"market\"\" bomb\"");
        assertThat(Csv.cell("first line\nsecond")).isEqualTo("\"first line\nsecond\"");
        assertThat(Csv.cell("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
    }

    @Test
    void aRowHasOneCellPerColumnInTheHeadersOrder() {
        StringWriter out = new StringWriter();
        Csv csv = new Csv(out);
        Map<String, Object> values = new HashMap<>();
        values.put("event_type", "ASSAULT");
        values.put("location", "Kirkuk, Iraq");
        values.put("fatalities", 5);

        csv.header();
        csv.row(values);

        String[] lines = out.toString().split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(lines[0].split(",")).hasSize(FlatRecord.COLUMNS.size());
        int typeColumn = FlatRecord.COLUMNS.stream().map(FlatRecord.Column::name).toList().indexOf("event_type");
        String row = lines[1];
        assertThat(row).contains(",ASSAULT,").contains(",\"Kirkuk, Iraq\",").contains(",5,");
        assertThat(row.split(",", -1)[typeColumn]).isEqualTo("ASSAULT");
        assertThat(row.split(",", -1)).hasSize(FlatRecord.COLUMNS.size() + 1); // the quoted comma adds one split
    }
}
