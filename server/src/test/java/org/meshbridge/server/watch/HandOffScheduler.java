package org.meshbridge.server.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.ManualScheduler;
import org.meshbridge.core.time.Scheduler;

/**
 * A {@link ManualScheduler} that signals each task handed to it, so a test can wait for work that
 * another thread (the MQTT client's) hands over, then run it on virtual time. No sleeping: it
 * waits on the hand-offs, with a generous timeout that fails the test.
 */
final class HandOffScheduler implements Scheduler {

    final ManualScheduler manual;
    private final Semaphore handedOff = new Semaphore(0);

    HandOffScheduler(Instant start) {
        this.manual = new ManualScheduler(start);
    }

    @Override
    public Instant now() {
        return manual.now();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        return manual.schedule(delay, task);
    }

    @Override
    public void execute(Runnable task) {
        manual.execute(task);
        handedOff.release();
    }

    @Override
    public Cancellable scheduleAtFixedRate(Duration initialDelay, Duration period, Runnable task) {
        return manual.scheduleAtFixedRate(initialDelay, period, task);
    }

    /** Runs what is handed over until {@code condition} holds; fails after 20 s without a hand-off. */
    void runUntil(BooleanSupplier condition, String what) throws InterruptedException {
        manual.runPending();
        while (!condition.getAsBoolean()) {
            if (!handedOff.tryAcquire(20, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            manual.runPending();
        }
    }

    void advance(Duration duration) {
        manual.advance(duration);
    }
}
