package org.meshbridge.server.radio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.core.time.Scheduler;

/**
 * A {@link ManualScheduler} that also tells the test when a link has set a timer, since links set
 * them from their own threads. {@link #fireNext} moves virtual time to the next timer only, so a
 * timer the link sets while reacting is never fired by the same call.
 */
final class TimerScheduler implements Scheduler {

    private final ManualScheduler clock = new ManualScheduler();
    private final BlockingQueue<Duration> scheduled = new LinkedBlockingQueue<>();

    @Override
    public Instant now() {
        return clock.now();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Cancellable handle = clock.schedule(delay, task);
        scheduled.add(delay);
        return handle;
    }

    @Override
    public void execute(Runnable task) {
        clock.execute(task);
    }

    @Override
    public Cancellable scheduleAtFixedRate(Duration initialDelay, Duration period, Runnable task) {
        throw new UnsupportedOperationException("radio links use one-shot timers");
    }

    /** Waits until the link has set a timer of exactly {@code delay} (others set meanwhile are skipped). */
    void awaitTimer(Duration delay) throws InterruptedException {
        while (true) {
            Duration next = scheduled.poll(RecordingListener.WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(next).as("a " + delay + " timer within " + RecordingListener.WAIT_SECONDS + " s").isNotNull();
            if (next.equals(delay)) {
                return;
            }
        }
    }

    /** Fires the earliest pending timer (and any due at the same instant); fails when there is none. */
    void fireNext() {
        Instant due = clock.nextDueAt().orElseThrow(() -> new AssertionError("no timer is pending"));
        clock.advanceTo(due);
    }

    /** How long from now until the earliest pending timer. */
    Duration untilNext() {
        return Duration.between(clock.now(), clock.nextDueAt().orElseThrow(() -> new AssertionError("no timer is pending")));
    }
}
