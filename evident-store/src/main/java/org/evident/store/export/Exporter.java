package org.evident.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.evident.model.Json;
import org.evident.store.Query;
import org.evident.store.Store;
import org.evident.store.StoredRecord;

/** Writes the records a query selects in one of the {@link ExportFormat}s. */
public final class Exporter {

    private Exporter() {}

    /** Writes to {@code out} (not closed); returns the number of records written. */
    public static long export(Store store, Query query, ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.parquet) {
            Path temp = Files.createTempFile("evident-export-", ".parquet");
            try {
                long n = exportParquet(store, query, temp);
                Files.copy(temp, out);
                return n;
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long[] count = {0};
        try {
            switch (format) {
                case jsonl -> store.records(query, r -> jsonLine(writer, r, count));
                case csv -> {
                    Csv csv = new Csv(writer);
                    csv.header();
                    store.records(query, r -> {
                        csv.row(FlatRecord.of(r));
                        count[0]++;
                    });
                }
                default -> geoJson(store, query, writer, count);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        return count[0];
    }

    /** Writes a Parquet file; returns the number of records written. */
    public static long exportParquet(Store store, Query query, Path file) throws IOException {
        Files.deleteIfExists(file);
        try (ParquetExport parquet = ParquetExport.open(file.toFile())) {
            long[] count = {0};
            store.records(query, r -> {
                parquet.write(FlatRecord.of(r));
                count[0]++;
            });
            return count[0];
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void jsonLine(Writer writer, StoredRecord r, long[] count) {
        ObjectNode node = Json.mapper().valueToTree(r.record());
        node.put("event_id", r.eventId());
        write(writer, node.toString() + "\n");
        count[0]++;
    }

    private static void geoJson(Store store, Query query, Writer writer, long[] count) throws IOException {
        JsonGenerator json = Json.mapper().getFactory().createGenerator(writer);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
        Consumer<StoredRecord> feature = r -> {
            Map<String, Object> row = FlatRecord.of(r);
            if (row.get("latitude") == null || row.get("longitude") == null) {
                return;
            }
            try {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeObjectFieldStart("geometry");
                json.writeStringField("type", "Point");
                json.writeArrayFieldStart("coordinates");
                json.writeNumber((Double) row.get("longitude"));
                json.writeNumber((Double) row.get("latitude"));
                json.writeEndArray();
                json.writeEndObject();
                json.writeObjectField("properties", row);
                json.writeEndObject();
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        store.records(query, feature);
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        writer.write("\n");
    }

    static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
