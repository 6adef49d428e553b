package org.evident.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.model.Status;
import org.evident.testkit.Records;
import org.junit.jupiter.api.Test;

class RecordSchemaTest {

    @Test
    void namesTheColumnsAsTheRecordsJsonNamesItsFields() {
        String text = "Police arrested 12 protesters.";
        EventRecord record = Records.record("evd-1", text, "COERCE", Status.ASSERTED, Records.span(text, "arrested"));
        JsonNode json = Json.mapper().valueToTree(record);
        List<String> jsonFields = new ArrayList<>();
        json.fieldNames().forEachRemaining(jsonFields::add);

        StructType schema = RecordSchema.of(EventRecord.class);

        assertThat(schema.fieldNames()).containsExactlyElementsOf(jsonFields);
    }

    @Test
    void mapsNestedRecordsToStructsAndListsToArrays() {
        StructType schema = RecordSchema.of(EventRecord.class);

        assertThat(schema.apply("event").dataType()).isEqualTo(DataTypes.createArrayType(DataTypes.StringType));
        assertThat(((ArrayType) schema.apply("mentions").dataType()).elementType())
                .isEqualTo(RecordSchema.of(EventRecord.Mention.class));
        assertThat(((StructType) schema.apply("event_loc").dataType()).apply("geonameid").dataType())
                .isEqualTo(DataTypes.LongType);
        assertThat(schema.apply("confidence").nullable()).isFalse();
    }
}
