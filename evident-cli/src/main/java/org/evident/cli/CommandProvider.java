package org.evident.cli;

import java.util.List;

/**
 * Commands that another module adds to {@code evident} when it is on the class path, found with
 * {@link java.util.ServiceLoader}. {@code evident bench} is one: it runs the throughput harness, which lives in
 * evident-bench, and evident-bench depends on this module (its benchmarks run the watch), so the command cannot be
 * compiled here; bin/evident runs {@code evident bench} on evident-bench's class path, where this finds it.
 */
public interface CommandProvider {

    /** The picocli command objects, each made to run against {@code env}. */
    List<Object> commands(Environment env);
}
