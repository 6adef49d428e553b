package org.evident.store.export;

import blue.strategic.parquet.ParquetWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;

/**
 * Parquet output through parquet-floor: parquet-java's own column encoder without the Hadoop dependency tree
 * (it carries the handful of Hadoop classes parquet-java touches), so an export is a few hundred kilobytes of
 * libraries rather than Hadoop's tens of megabytes. Columns are those of {@link FlatRecord}, all optional.
 */
final class ParquetExport implements AutoCloseable {

    private final ParquetWriter<Map<String, Object>> writer;

    private ParquetExport(ParquetWriter<Map<String, Object>> writer) {
        this.writer = writer;
    }

    static ParquetExport open(File file) throws IOException {
        return new ParquetExport(ParquetWriter.writeFile(schema(), file, (row, values) -> row.forEach((name, value) -> {
            if (value != null) {
                values.write(name, value);
            }
        })));
    }

    static MessageType schema() {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (FlatRecord.Column column : FlatRecord.COLUMNS) {
            switch (column.type()) {
                case INTEGER -> builder.optional(column.name().equals("event_id")
                        ? PrimitiveType.PrimitiveTypeName.INT64 : PrimitiveType.PrimitiveTypeName.INT32).named(column.name());
                case REAL -> builder.optional(PrimitiveType.PrimitiveTypeName.DOUBLE).named(column.name());
                default -> builder.optional(PrimitiveType.PrimitiveTypeName.BINARY)
                        .as(LogicalTypeAnnotation.stringType()).named(column.name());
            }
        }
        return builder.named("evident_record");
    }

    void write(Map<String, Object> row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
