package org.evident.store.export;

import java.io.Writer;
import java.util.Map;
import java.util.stream.Collectors;

/** RFC 4180 CSV: a header of {@link FlatRecord#COLUMNS}, then one row per record. */
final class Csv {

    private final Writer writer;

    Csv(Writer writer) {
        this.writer = writer;
    }

    void header() {
        Exporter.write(writer, FlatRecord.COLUMNS.stream().map(FlatRecord.Column::name)
                .collect(Collectors.joining(",")) + "\r\n");
    }

    void row(Map<String, Object> values) {
        Exporter.write(writer, FlatRecord.COLUMNS.stream().map(c -> cell(values.get(c.name())))
                .collect(Collectors.joining(",")) + "\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
