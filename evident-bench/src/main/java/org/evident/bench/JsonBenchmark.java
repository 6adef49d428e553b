package org.evident.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evident.model.EventRecord;
import org.evident.model.Json;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Record serialization with Evident's JSON mapper: one event record (with evidence, mentions, place, size) written
 * as a JSON line, and one read back, per operation.
 *
 * <pre>
 * mvn -B -q -pl evident-bench -am package -DskipTests
 * java -cp "evident-bench/target/evident-bench.jar:evident-bench/target/lib/*" org.openjdk.jmh.Main Json
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {

    private List<EventRecord> records;
    private List<String> lines;
    private int next;

    @Setup
    public void setUp() throws JsonProcessingException {
        records = new ArrayList<>();
        SyntheticCorpus.generate(500, 3).forEach(item -> records.addAll(item.records()));
        lines = new ArrayList<>();
        for (EventRecord record : records) {
            lines.add(Json.mapper().writeValueAsString(record));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public String write() throws JsonProcessingException {
        return Json.mapper().writeValueAsString(records.get(next++ % records.size()));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public EventRecord read() throws JsonProcessingException {
        return Json.mapper().readValue(lines.get(next++ % lines.size()), EventRecord.class);
    }
}
