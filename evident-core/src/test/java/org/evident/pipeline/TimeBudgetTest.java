package org.evident.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The time budget on hand-made work: quick, interruptible, deaf to interrupts, failing. */
class TimeBudgetTest {

    @Test
    void workWithinTheBudgetGivesItsResult() {
        assertThat(TimeBudget.of(Duration.ofSeconds(5)).<String>run(() -> "done")).isEqualTo("done");
    }

    @Test
    void workThatSleepsPastTheBudgetIsInterruptedAndTheCallerGoesOnAtOnce() throws InterruptedException {
        TimeBudget budget = TimeBudget.of(Duration.ofMillis(200));
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();
        assertThatThrownBy(() -> budget.run(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "late";
        })).isInstanceOfSatisfying(TimeBudget.OverBudget.class, e -> {
            assertThat(e.stopped()).isTrue();
            assertThat(e.getMessage()).isEqualTo("ran out of its time budget of 200 ms");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(budget.stillRunning()).isZero();
    }

    @Test
    void workDeafToInterruptsIsLeftRunningAndCountedUntilItEnds() throws InterruptedException {
        TimeBudget budget = TimeBudget.of(Duration.ofMillis(100));
        AtomicBoolean release = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        assertThatThrownBy(() -> budget.run(() -> {
            while (!release.get()) {
                Thread.onSpinWait(); // ignores the interrupt, as CoreNLP's tokenizer does
            }
            ended.countDown();
            return "late";
        })).isInstanceOfSatisfying(TimeBudget.OverBudget.class, e -> {
            assertThat(e.stopped()).isFalse();
            assertThat(e.getMessage()).contains("did not stop when interrupted");
        });
        assertThat(budget.stillRunning()).isEqualTo(1);
        assertThat(budget.<String>run(() -> "the next article still runs")).isEqualTo("the next article still runs");
        release.set(true);
        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (budget.stillRunning() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(budget.stillRunning()).isZero();
    }

    @Test
    void whatTheWorkThrowsReachesTheCaller() {
        assertThatThrownBy(() -> TimeBudget.of(Duration.ofSeconds(5)).run(() -> {
            throw new IllegalStateException("broken article");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken article");
    }

    @Test
    void noBudgetRunsOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        assertThat(TimeBudget.of(Duration.ZERO).run(() -> Thread.currentThread() == caller)).isTrue();
        assertThat(TimeBudget.of(Duration.ZERO).limit()).isNull();
    }
}
