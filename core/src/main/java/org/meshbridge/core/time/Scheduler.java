package org.meshbridge.core.time;

import java.time.Duration;
import java.time.Instant;

/**
 * The node's clock and its one thread of execution (the single-writer core).
 *
 * <p>Every task given to a scheduler runs on the same thread, one at a time, so state touched only
 * from tasks needs no locks. {@link #execute} and the {@code schedule} methods may be called from
 * any thread: this is how I/O threads hand events to the core. Tasks due at the same instant run
 * in the order they were submitted.
 *
 * <p>{@link #now()} never goes backwards, and delays are measured on the same clock. Adapters:
 * {@link EventLoopScheduler} (one daemon thread on the system clock) and {@code ManualScheduler}
 * (virtual time, core test-jar).
 */
public interface Scheduler {

    /** The current time on this scheduler's clock; never earlier than a previous reading. */
    Instant now();

    /**
     * Runs {@code task} on the scheduler thread once {@code delay} has passed.
     *
     * @param delay zero or positive; zero means as soon as possible, after tasks already due
     */
    Cancellable schedule(Duration delay, Runnable task);

    /** Runs {@code task} on the scheduler thread soon, after the tasks already due. */
    void execute(Runnable task);

    /**
     * Runs {@code task} first after {@code initialDelay}, then every {@code period} measured from
     * the first run's due time (a fixed rate, not a fixed delay), until cancelled.
     *
     * @param initialDelay zero or positive
     * @param period strictly positive
     */
    Cancellable scheduleAtFixedRate(Duration initialDelay, Duration period, Runnable task);
}
