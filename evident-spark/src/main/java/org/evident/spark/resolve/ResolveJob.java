package org.evident.spark.resolve;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.evident.resolve.MergeRule;
import org.evident.spark.io.HadoopPaths;
import scala.Tuple2;

/**
 * The resolve job: event records (the extract job's {@code records} folder, whose {@code day=} folders date records
 * without their own date, or any JSONL of records) → events
 * across articles, one JSON per line under {@code output}, each with its member records. Records are grouped into
 * blocks by country, first category and a span of days; within a block they are resolved as the store resolves an
 * ingest, by the same rule ({@link BlockResolver}). Merges across a block's edge are not made: a pair of records
 * on either side of it stays apart (conservative: never a wrong merge, at worst a missed one). Unreadable lines go
 * to {@code output/errors}.
 */
public final class ResolveJob {

    /**
     * @param input    Hadoop path of record JSONL files (folders read recursively)
     * @param output   output folder; must not exist
     * @param spanDays the days of one block; the longer, the fewer reports of one event a block's edge parts
     */
    public record Options(String input, String output, int spanDays) {
        public Options {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(output, "output");
            if (spanDays < 1) {
                throw new IllegalArgumentException("a block must span at least one day, was " + spanDays);
            }
        }
    }

    /** Records read, events written, lines that were no record. */
    public record Summary(long records, long events, long errors) {}

    private ResolveJob() {}

    /** @param rule the rule of the builder's resolution stage, {@code Pipelines.resolver().rule()} */
    public static Summary run(SparkSession spark, Options options, MergeRule rule) throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        HadoopPaths.requireInput(hadoop, options.input());
        HadoopPaths.prepareOutput(hadoop, options.output(), false);
        int spanDays = options.spanDays();
        BlockResolver resolver = new BlockResolver(rule);
        // Lines, not records, cross the shuffle: the model's records are not Serializable, and JSON is compact.
        Dataset<Row> input = spark.read().text(options.input());
        boolean filed = List.of(input.columns()).contains("day");
        JavaPairRDD<String, String> keyed = input.javaRDD()
                .filter(row -> !row.getString(0).isBlank())
                .mapToPair(row -> {
                    String line = row.getString(0);
                    String filedDay = filed ? String.valueOf(row.get(row.fieldIndex("day"))) : null;
                    Parsed parsed = parse(line);
                    return parsed.record() == null ? new Tuple2<>(ERROR, parsed.error())
                            : new Tuple2<>(Block.key(parsed.record(), filedDay, spanDays), filedDay + "\t" + line);
                })
                .cache();
        JavaRDD<String> events = keyed.filter(entry -> !entry._1().equals(ERROR)).groupByKey().flatMap(block -> {
            List<Block.Dated> records = new ArrayList<>();
            for (String value : block._2()) {
                int tab = value.indexOf('\t');
                EventRecord record = parse(value.substring(tab + 1)).record();
                String filedDay = value.substring(0, tab);
                Long day = Block.day(record, filedDay);
                records.add(new Block.Dated(record, day, Block.filedDay(record, filedDay)));
            }
            return resolver.resolve(records).stream().map(ResolvedEvent::of).map(ResolveJob::json).iterator();
        }).cache();
        events.saveAsTextFile(options.output() + "/events");
        JavaRDD<String> errors = keyed.filter(entry -> entry._1().equals(ERROR)).values();
        errors.saveAsTextFile(options.output() + "/errors");
        long errorCount = errors.count();
        Summary summary = new Summary(keyed.count() - errorCount, events.count(), errorCount);
        events.unpersist();
        keyed.unpersist();
        return summary;
    }

    /** The key of lines that are no record; no block key starts with '!'. */
    private static final String ERROR = "!error";

    /** A line read as a record, or the reason it is not one. */
    record Parsed(EventRecord record, String error) {}

    static Parsed parse(String line) {
        try {
            return new Parsed(Json.mapper().readValue(line, EventRecord.class), null);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            String start = line.length() > 80 ? line.substring(0, 80) + "…" : line;
            return new Parsed(null, Json.mapper().createObjectNode().put("line", start)
                    .put("reason", "not an event record: " + reason).toString());
        }
    }

    private static String json(ResolvedEvent event) {
        try {
            return Json.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.eventId() + " cannot be written: " + e.getOriginalMessage(), e);
        }
    }
}
