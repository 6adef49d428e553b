package org.evident.spark;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of a Java record's JSON form, read off the record's components: names in snake_case as
 * {@code Json.mapper()} writes them, nested records as structs, lists as arrays. Derived, not written by hand, so
 * the Parquet columns follow the record model whenever it grows.
 */
final class RecordSchema {

    private RecordSchema() {}

    static StructType of(Class<?> recordClass) {
        if (!recordClass.isRecord()) {
            throw new IllegalArgumentException(recordClass.getName() + " is not a record");
        }
        StructType struct = new StructType();
        for (RecordComponent component : recordClass.getRecordComponents()) {
            struct = struct.add(snakeCase(component.getName()), type(component.getGenericType()),
                    !component.getType().isPrimitive());
        }
        return struct;
    }

    private static DataType type(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            return DataTypes.createArrayType(type(parameterized.getActualTypeArguments()[0]));
        }
        if (!(type instanceof Class<?> raw)) {
            throw new IllegalArgumentException("no Spark type for " + type);
        }
        if (raw == String.class || raw.isEnum()) {
            return DataTypes.StringType;
        }
        if (raw == int.class || raw == Integer.class) {
            return DataTypes.IntegerType;
        }
        if (raw == long.class || raw == Long.class) {
            return DataTypes.LongType;
        }
        if (raw == double.class || raw == Double.class) {
            return DataTypes.DoubleType;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return DataTypes.BooleanType;
        }
        if (raw.isRecord()) {
            return of(raw);
        }
        throw new IllegalArgumentException("no Spark type for " + raw.getName());
    }

    /** articleId → article_id, as Jackson's SNAKE_CASE strategy names it. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
