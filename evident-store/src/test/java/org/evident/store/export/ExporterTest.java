package org.evident.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import blue.strategic.parquet.Hydrator;
import blue.strategic.parquet.ParquetReader;
import java.util.HashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.store.Query;
import org.evident.store.Store;
import org.evident.store.TestStores;
import org.evident.testkit.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void fill() {
        store = Store.open(TestStores.fresh(TestStores.Kind.H2, dir));
        List<Stories.Story> all = new ArrayList<>(Stories.marketBombing());
        all.addAll(Stories.sameDayOtherEvents());
        all.forEach(s -> store.save(s.article(), s.records()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String export(ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store, Query.all(Integer.MAX_VALUE), format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesHoldTheContractRecordWithItsEventId() throws Exception {
        List<String> lines = export(ExportFormat.jsonl).lines().toList();

        assertThat(lines).hasSize(6);
        JsonNode first = Json.mapper().readTree(lines.get(0));
        assertThat(first.get("event_id").asLong()).isPositive();
        EventRecord record = Json.mapper().treeToValue(first, EventRecord.class);
        assertThat(record.event()).containsExactly("ASSAULT");
        assertThat(record.size().dead()).isEqualTo(5);
    }

    @Test
    void csvHasAcledLikeColumnsAndOneRowPerRecord() throws Exception {
        List<String> lines = export(ExportFormat.csv).lines().toList();

        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("event_id,record_id,event_date,year,time_precision,event_type")
                .contains("latitude,longitude").contains("fatalities");
        assertThat(lines.get(1)).contains(",2024-03-01,2024,1,ASSAULT,explosives,").contains("Kirkuk");
        assertThat(lines.get(1)).contains("\"A bomb exploded at a crowded market in Kirkuk on Friday, killing five");
    }

    @Test
    void geoJsonHasOnePointPerGeocodedRecord() throws Exception {
        JsonNode collection = Json.mapper().readTree(export(ExportFormat.geojson));

        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(5);
        JsonNode point = collection.get("features").get(0).get("geometry");
        assertThat(point.get("type").asText()).isEqualTo("Point");
        assertThat(point.get("coordinates").get(0).asDouble()).isEqualTo(44.3922);
        assertThat(collection.get("features").get(0).get("properties").get("fatalities").asInt()).isEqualTo(5);
    }

    @Test
    void parquetFileReadsBackWithEveryRecord() throws Exception {
        Path file = dir.resolve("events.parquet");

        long written = Exporter.exportParquet(store, Query.all(Integer.MAX_VALUE), file);

        assertThat(written).isEqualTo(6);
        Hydrator<Map<String, Object>, Map<String, Object>, String[]> rowsAsMaps = new Hydrator<>() {
            @Override
            public Map<String, Object> start() {
                return new HashMap<>();
            }

            @Override
            public Map<String, Object> add(Map<String, Object> row, String[] path, Object value) {
                row.put(String.join(".", path), value);
                return row;
            }

            @Override
            public Map<String, Object> finish(Map<String, Object> row) {
                return row;
            }
        };
        try (Stream<Map<String, Object>> rows = ParquetReader.streamContent(file.toFile(), rowsAsMaps)) {
            List<Map<String, Object>> all = rows.toList();
            assertThat(all).hasSize(6);
            assertThat(all.get(0)).containsEntry("fatalities", 5).containsEntry("location", "Kirkuk");
        }
        assertThat(ParquetReader.readMetadata(file.toFile()).getFileMetaData().getSchema().getFields())
                .hasSize(FlatRecord.COLUMNS.size());
    }
}
