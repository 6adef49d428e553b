package org.evident.testkit;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says on the console why tests were skipped (PostgreSQL or a browser absent, a corpus missing): surefire counts
 * skipped tests but keeps their reasons in its report files. Each reason is printed once, when first met, and
 * again with its count when the run ends. Registered for every module's tests through the service file in this
 * test jar.
 */
public final class SkipReasons implements TestExecutionListener {

    private final PrintStream console;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    public SkipReasons() {
        this(System.out);
    }

    SkipReasons(PrintStream console) {
        this.console = console;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        skipped(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            skipped(test, result.getThrowable().map(Throwable::getMessage).orElse(null));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        counts.forEach((reason, count) -> console.println("[skipped] " + count + (count == 1 ? " test: " : " tests: ")
                + reason));
        counts.clear();
    }

    private synchronized void skipped(TestIdentifier test, String reason) {
        String why = reason == null || reason.isBlank() ? "no reason given (" + test.getDisplayName() + ")"
                : reason.replace("Assumption failed: ", "").replaceAll("\\s+", " ").strip();
        if (counts.merge(why, 1, Integer::sum) == 1) {
            console.println("[skipped] " + name(test) + ": " + why);
        }
    }

    /** Class and method where the test has them (a parameterized test's display name is only "[2] H2"). */
    private static String name(TestIdentifier test) {
        return test.getSource().map(source -> {
            if (source instanceof MethodSource method) {
                String className = method.getClassName();
                return className.substring(className.lastIndexOf('.') + 1) + "." + method.getMethodName() + " "
                        + test.getDisplayName();
            }
            if (source instanceof ClassSource type) {
                return type.getClassName().substring(type.getClassName().lastIndexOf('.') + 1);
            }
            return test.getDisplayName();
        }).orElse(test.getDisplayName());
    }
}
