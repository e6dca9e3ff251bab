package org.meshbridge.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@link Scheduler}: one daemon thread driven by a JDK {@link ScheduledThreadPoolExecutor}.
 *
 * <p>{@link #now()} is the wall-clock instant read once from the given {@link Clock} at
 * construction, advanced by the monotonic {@link System#nanoTime()}: it never jumps when the host
 * clock is stepped, and it agrees with the delays the executor measures. A task that throws an
 * exception is logged and the loop carries on (a periodic task keeps its schedule); an
 * {@link Error} is logged and ends that task's schedule, but not the loop. Tasks handed in after
 * {@link #close()} are dropped with a debug log, so I/O threads racing a shutdown do not fail.
 */
public final class EventLoopScheduler implements Scheduler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventLoopScheduler.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final ScheduledThreadPoolExecutor executor;
    private final Instant anchor;
    private final long anchorNanos;
    private volatile Thread loopThread;

    /**
     * Starts the loop thread.
     *
     * @param threadName the loop thread's name, shown in thread dumps and logs
     * @param clock read once, for the instant the monotonic time is anchored to
     */
    public EventLoopScheduler(String threadName, Clock clock) {
        Objects.requireNonNull(threadName, "threadName");
        this.anchor = Objects.requireNonNull(clock, "clock").instant();
        this.anchorNanos = System.nanoTime();
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            loopThread = thread;
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        executor.prestartCoreThread();
    }

    @Override
    public Instant now() {
        return anchor.plusNanos(System.nanoTime() - anchorNanos);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        long delayNanos = nonNegativeNanos(delay, "delay");
        Runnable guarded = guard(task);
        try {
            return handle(executor.schedule(guarded, delayNanos, TimeUnit.NANOSECONDS));
        } catch (RejectedExecutionException closed) {
            LOG.debug("scheduler closed, task dropped: {}", task);
            return () -> false;
        }
    }

    @Override
    public void execute(Runnable task) {
        schedule(Duration.ZERO, task);
    }

    @Override
    public Cancellable scheduleAtFixedRate(Duration initialDelay, Duration period, Runnable task) {
        long initialNanos = nonNegativeNanos(initialDelay, "initialDelay");
        long periodNanos = nonNegativeNanos(period, "period");
        if (periodNanos == 0) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        Runnable guarded = guard(task);
        try {
            return handle(executor.scheduleAtFixedRate(guarded, initialNanos, periodNanos, TimeUnit.NANOSECONDS));
        } catch (RejectedExecutionException closed) {
            LOG.debug("scheduler closed, periodic task dropped: {}", task);
            return () -> false;
        }
    }

    /** True when called from this scheduler's loop thread. */
    public boolean inLoop() {
        return Thread.currentThread() == loopThread;
    }

    /**
     * Stops the loop: pending delayed and periodic tasks never run, a running task finishes. Waits
     * up to five seconds for it unless called from the loop thread itself. Idempotent.
     */
    @Override
    public void close() {
        executor.shutdown();
        if (inLoop()) {
            return;
        }
        try {
            if (!executor.awaitTermination(CLOSE_WAIT.toNanos(), TimeUnit.NANOSECONDS)) {
                LOG.warn("scheduler loop still busy {} after close", CLOSE_WAIT);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Cancellable handle(ScheduledFuture<?> future) {
        return () -> future.cancel(false);
    }

    private static Runnable guard(Runnable task) {
        Objects.requireNonNull(task, "task");
        return () -> {
            try {
                task.run();
            } catch (RuntimeException failure) {
                LOG.error("scheduled task failed; the loop carries on: {}", task, failure);
            } catch (Error fatal) {
                LOG.error("scheduled task failed with an error: {}", task, fatal);
                throw fatal;
            }
        };
    }

    private static long nonNegativeNanos(Duration duration, String name) {
        if (Objects.requireNonNull(duration, name).isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
        return duration.toNanos();
    }
}
