package org.evident.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;
import org.opentest4j.TestAbortedException;

/** Skipped tests say why on the console: each reason once when first met, then with its count at the end. */
class SkipReasonsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final SkipReasons listener = new SkipReasons(new PrintStream(out, true, StandardCharsets.UTF_8));

    @Test
    void abortedAndDisabledTestsPrintTheirReasonOnceAndACountAtTheEnd() {
        TestAbortedException noPostgres = new TestAbortedException("Assumption failed: PostgreSQL store tests"
                + " skipped: EVIDENT_PG_URL is not set");
        listener.executionFinished(test("opens()"), TestExecutionResult.aborted(noPostgres));
        listener.executionFinished(test("ingests()"), TestExecutionResult.aborted(noPostgres));
        listener.executionFinished(test("passes()"), TestExecutionResult.successful());
        listener.executionSkipped(test("slow()"), "disabled: takes an hour");
        listener.testPlanExecutionFinished(null);

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "[skipped] opens(): PostgreSQL store tests skipped: EVIDENT_PG_URL is not set",
                "[skipped] slow(): disabled: takes an hour",
                "[skipped] 2 tests: PostgreSQL store tests skipped: EVIDENT_PG_URL is not set",
                "[skipped] 1 test: disabled: takes an hour");
    }

    private static TestIdentifier test(String name) {
        TestDescriptor descriptor = new AbstractTestDescriptor(UniqueId.root("test", name), name) {
            @Override
            public Type getType() {
                return Type.TEST;
            }
        };
        return TestIdentifier.from(descriptor);
    }
}
