package org.meshbridge.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ManualSchedulerTest {

    private final ManualScheduler clock = new ManualScheduler();
    private final List<String> ran = new ArrayList<>();

    @Test
    void nothingRunsAndTimeStandsStillUntilTheTestMovesIt() {
        clock.schedule(Duration.ZERO, () -> ran.add("a"));
        clock.execute(() -> ran.add("b"));
        assertThat(ran).isEmpty();
        assertThat(clock.now()).isEqualTo(ManualScheduler.DEFAULT_START);
        assertThat(clock.pendingCount()).isEqualTo(2);

        assertThat(clock.runPending()).isEqualTo(2);
        assertThat(ran).containsExactly("a", "b");
        assertThat(clock.now()).isEqualTo(ManualScheduler.DEFAULT_START);
    }

    @Test
    void runsTasksInDueOrderWithTiesInSubmissionOrderAndTimeSetToEachDueTime() {
        List<Instant> seen = new ArrayList<>();
        clock.schedule(Duration.ofSeconds(2), () -> { ran.add("2s"); seen.add(clock.now()); });
        clock.schedule(Duration.ofSeconds(1), () -> { ran.add("1s-first"); seen.add(clock.now()); });
        clock.schedule(Duration.ofSeconds(1), () -> { ran.add("1s-second"); seen.add(clock.now()); });
        clock.schedule(Duration.ofSeconds(3), () -> ran.add("3s"));

        clock.advance(Duration.ofMillis(2500));

        assertThat(ran).containsExactly("1s-first", "1s-second", "2s");
        Instant start = ManualScheduler.DEFAULT_START;
        assertThat(seen).containsExactly(start.plusSeconds(1), start.plusSeconds(1), start.plusSeconds(2));
        assertThat(clock.now()).isEqualTo(start.plusMillis(2500));
        assertThat(clock.nextDueAt()).contains(start.plusSeconds(3));
    }

    @Test
    void tasksScheduledByTasksRunInTheSameAdvanceWhenTheyFallDue() {
        clock.schedule(Duration.ofSeconds(1), () -> {
            ran.add("outer");
            clock.schedule(Duration.ofSeconds(1), () -> ran.add("inner at 2s"));
            clock.schedule(Duration.ofSeconds(5), () -> ran.add("inner at 6s"));
            clock.execute(() -> ran.add("inner now"));
        });
        clock.advance(Duration.ofSeconds(3));
        assertThat(ran).containsExactly("outer", "inner now", "inner at 2s");
    }

    @Test
    void aFixedRateTaskKeepsItsRateUntilCancelled() {
        List<Instant> seen = new ArrayList<>();
        Cancellable ticking = clock.scheduleAtFixedRate(Duration.ofMillis(500), Duration.ofSeconds(1), () -> seen.add(clock.now()));
        clock.advance(Duration.ofMillis(3600));
        assertThat(ticking.cancel()).isTrue();
        assertThat(ticking.cancel()).isFalse();
        clock.advance(Duration.ofSeconds(10));

        Instant start = ManualScheduler.DEFAULT_START;
        assertThat(seen).containsExactly(start.plusMillis(500), start.plusMillis(1500), start.plusMillis(2500), start.plusMillis(3500));
    }

    @Test
    void aCancelledTaskNeverRuns() {
        Cancellable task = clock.schedule(Duration.ofSeconds(1), () -> ran.add("x"));
        assertThat(task.cancel()).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(ran).isEmpty();
        assertThat(clock.pendingCount()).isZero();
    }

    @Test
    void aTaskThatThrowsFailsTheTestButLeavesTheSchedulerUsable() {
        clock.execute(() -> {
            throw new IllegalStateException("boom");
        });
        clock.execute(() -> ran.add("after"));
        assertThatIllegalStateException().isThrownBy(clock::runPending).withMessage("boom");
        assertThat(clock.runPending()).isEqualTo(1);
        assertThat(ran).containsExactly("after");
    }

    @Test
    void workHandedBackFromAnotherThreadDuringTheSettleHookIsQueuedAtTheTimeOfTheTaskThatStartedIt() throws Exception {
        List<Instant> handedBack = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        List<Future<?>> started = new ArrayList<>();
        clock.afterEachTask(() -> started.removeIf(f -> {
            try {
                f.get();
                return true;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }));
        clock.schedule(Duration.ofSeconds(5), () -> started.add(worker.submit(
                () -> clock.execute(() -> handedBack.add(clock.now())))));
        clock.schedule(Duration.ofSeconds(50), () -> ran.add("later"));
        try {
            clock.advance(Duration.ofMinutes(1));
        } finally {
            worker.shutdownNow();
        }
        assertThat(handedBack).containsExactly(ManualScheduler.DEFAULT_START.plusSeconds(5));
        assertThat(ran).containsExactly("later");
    }

    @Test
    void refusesNegativeDelaysAndTimeTravel() {
        assertThatIllegalArgumentException().isThrownBy(() -> clock.schedule(Duration.ofMillis(-1), () -> { }));
        assertThatIllegalArgumentException().isThrownBy(() -> clock.scheduleAtFixedRate(Duration.ZERO, Duration.ZERO, () -> { }));
        assertThatIllegalArgumentException().isThrownBy(() -> clock.advanceTo(ManualScheduler.DEFAULT_START.minusNanos(1)));
    }
}
