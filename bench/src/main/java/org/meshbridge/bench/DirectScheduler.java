package org.meshbridge.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import org.meshbridge.core.time.Cancellable;
import org.meshbridge.core.time.Scheduler;

/**
 * A synchronous {@link Scheduler} on a virtual clock, for benchmarks: {@link #execute} runs the task
 * on the calling thread before it returns (tasks it submits run after it, in order, as the contract
 * asks), and delayed tasks run when the benchmark moves the clock with {@link #advance}. So a frame
 * handed to the node's link listener is fully processed when the call returns, with no thread
 * hand-off in the time. Not thread-safe: one benchmark thread owns it.
 */
final class DirectScheduler implements Scheduler {

    private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Instant start;
    private long nowNanos;
    private Instant now;
    private long sequence;
    private boolean running;

    DirectScheduler(Instant start) {
        this.start = start;
        this.now = start;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        if (delay.isZero()) {
            execute(task);
            return () -> false;
        }
        Timer timer = new Timer(nowNanos + delay.toNanos(), sequence++, task, 0);
        timers.add(timer);
        return timer::cancel;
    }

    @Override
    public void execute(Runnable task) {
        ready.add(task);
        if (!running) {
            drain();
        }
    }

    @Override
    public Cancellable scheduleAtFixedRate(Duration initialDelay, Duration period, Runnable task) {
        Timer timer = new Timer(nowNanos + initialDelay.toNanos(), sequence++, task, period.toNanos());
        timers.add(timer);
        return timer::cancel;
    }

    /** Moves the clock forward and runs every timer now due, in due order. */
    void advance(Duration step) {
        nowNanos += step.toNanos();
        now = start.plusNanos(nowNanos);
        while (!timers.isEmpty() && timers.peek().dueNanos <= nowNanos) {
            Timer timer = timers.poll();
            if (timer.cancelled) {
                continue;
            }
            if (timer.periodNanos > 0) {
                timers.add(new Timer(timer.dueNanos + timer.periodNanos, sequence++, timer.task, timer.periodNanos));
            }
            execute(timer.task);
        }
    }

    /** Delayed tasks still waiting (cancelled ones included until their time comes). */
    int pendingTimers() {
        return timers.size();
    }

    private void drain() {
        running = true;
        try {
            Runnable task;
            while ((task = ready.poll()) != null) {
                task.run();
            }
        } finally {
            running = false;
        }
    }

    private static final class Timer implements Comparable<Timer> {
        final long dueNanos;
        final long sequence;
        final Runnable task;
        final long periodNanos;
        boolean cancelled;

        Timer(long dueNanos, long sequence, Runnable task, long periodNanos) {
            this.dueNanos = dueNanos;
            this.sequence = sequence;
            this.task = task;
            this.periodNanos = periodNanos;
        }

        boolean cancel() {
            boolean pending = !cancelled;
            cancelled = true;
            return pending;
        }

        @Override
        public int compareTo(Timer other) {
            int byDue = Long.compare(dueNanos, other.dueNanos);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }
}
