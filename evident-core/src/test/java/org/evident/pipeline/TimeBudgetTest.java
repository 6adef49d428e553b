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

    @Test
    void pastTheCapOfAbandonedWorkNothingMoreStartsUntilOneEnds() throws InterruptedException {
        TimeBudget budget = TimeBudget.of(Duration.ofMillis(100), 1);
        CountDownLatch release = new CountDownLatch(1);
        assertThatThrownBy(() -> budget.run(() -> deafUntil(release))).isInstanceOf(TimeBudget.OverBudget.class);
        assertThat(budget.stillRunning()).isEqualTo(1);

        AtomicBoolean started = new AtomicBoolean();
        assertThatThrownBy(() -> budget.run(() -> started.getAndSet(true)))
                .isInstanceOf(TimeBudget.Exhausted.class)
                .hasMessage("refused: 1 article's work ran past the time budget of 100 ms, did not stop when"
                        + " interrupted and still holds a core, the most allowed; restart the process (or wait for"
                        + " that work to end)");
        assertThat(started).isFalse();

        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (budget.stillRunning() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(budget.<String>run(() -> "runs again")).isEqualTo("runs again");
    }

    @Test
    void aCapBelowOneIsRefused() {
        assertThatThrownBy(() -> TimeBudget.of(Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("abandoned workers allowed must be at least 1, was 0");
    }

    /** Work that ignores interrupts, as CoreNLP's tokenizer does, until released (without spinning a core). */
    static String deafUntil(CountDownLatch release) {
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException ignored) {
                // deaf, on purpose
            }
        }
        return "late";
    }
}
