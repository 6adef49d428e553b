package org.evident.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One line of the extract job's output, before it is split by kind into the output folders.
 *
 * @param kind      what the line is
 * @param day       the date partition: the record's event date, else the article's publication date, else
 *                  {@value #UNKNOWN_DAY}
 * @param articleId the article's content hash, or null for an input that could not be read
 * @param json      the line itself
 */
record OutputRow(Kind kind, String day, String articleId, String json) implements Serializable {

    /** A PLOVER event record, an article with its records, or an error. */
    enum Kind { RECORD, ARTICLE, ERROR }

    static final String UNKNOWN_DAY = "unknown";

    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("day", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, true)
            .add("json", DataTypes.StringType, false);

    Row toRow() {
        return RowFactory.create(kind.name(), day, articleId, json);
    }
}
