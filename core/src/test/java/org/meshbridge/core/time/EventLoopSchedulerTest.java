package org.meshbridge.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real loop thread; waits on latches with a generous bound, never on sleeps. */
class EventLoopSchedulerTest {

    private static final Instant ANCHOR = Instant.parse("2025-01-01T00:00:00Z");
    private static final long BOUND_SECONDS = 10;

    private final EventLoopScheduler loop = new EventLoopScheduler("test-loop", Clock.fixed(ANCHOR, ZoneOffset.UTC));

    @AfterEach
    void closeLoop() {
        loop.close();
    }

    @Test
    void runsEveryTaskOnItsOneDaemonThreadInSubmissionOrder() throws InterruptedException {
        List<String> threads = new CopyOnWriteArrayList<>();
        List<Integer> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(100);
        for (int i = 0; i < 100; i++) {
            int n = i;
            loop.execute(() -> {
                threads.add(Thread.currentThread().getName() + "/" + Thread.currentThread().isDaemon() + "/" + loop.inLoop());
                order.add(n);
                done.countDown();
            });
        }
        assertThat(done.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).containsOnly("test-loop/true/true");
        assertThat(order).isSorted().hasSize(100);
        assertThat(loop.inLoop()).isFalse();
    }

    @Test
    void nowStartsAtTheClocksInstantAndNeverGoesBack() {
        Instant first = loop.now();
        Instant second = loop.now();
        assertThat(first).isAfterOrEqualTo(ANCHOR).isBefore(ANCHOR.plusSeconds(BOUND_SECONDS));
        assertThat(second).isAfterOrEqualTo(first);
    }

    @Test
    void aThrowingTaskIsLoggedAndTheLoopAndItsPeriodicTasksCarryOn() throws InterruptedException {
        CountDownLatch ticks = new CountDownLatch(3);
        Cancellable periodic = loop.scheduleAtFixedRate(Duration.ZERO, Duration.ofMillis(1), () -> {
            ticks.countDown();
            throw new IllegalStateException("periodic failure");
        });
        loop.execute(() -> {
            throw new IllegalStateException("one-off failure");
        });
        CountDownLatch after = new CountDownLatch(1);
        loop.execute(after::countDown);

        assertThat(after.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(ticks.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(periodic.cancel()).isTrue();
    }

    @Test
    void aDelayedTaskRunsNoEarlierThanItsDelay() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        Instant[] at = new Instant[1];
        Instant scheduled = loop.now();
        loop.schedule(Duration.ofMillis(20), () -> {
            at[0] = loop.now();
            ran.countDown();
        });
        assertThat(ran.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.between(scheduled, at[0])).isGreaterThanOrEqualTo(Duration.ofMillis(20));
    }

    @Test
    void aCancelledTaskDoesNotRunAndTasksAfterCloseAreDropped() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        Cancellable task = loop.schedule(Duration.ofHours(1), never::countDown);
        assertThat(task.cancel()).isTrue();
        loop.close();
        loop.execute(never::countDown);
        assertThat(loop.schedule(Duration.ZERO, never::countDown).cancel()).isFalse();
        assertThat(never.getCount()).isEqualTo(1);
    }
}
