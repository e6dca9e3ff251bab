package org.meshbridge.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.TreeSet;
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
    private final TreeSet<Timer> timers = new TreeSet<>();
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
            Immediate immediate = new Immediate(task);
            execute(immediate);
            return immediate::cancel;
        }
        Timer timer = new Timer(nowNanos + delay.toNanos(), sequence++, task, 0);
        timers.add(timer);
        return () -> timers.remove(timer);
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
        Periodic periodic = new Periodic();
        periodic.current = new Timer(nowNanos + initialDelay.toNanos(), sequence++, () -> periodic.run(task), period.toNanos());
        timers.add(periodic.current);
        return periodic::cancel;
    }

    /** Moves the clock forward and runs every timer now due, in due order. */
    void advance(Duration step) {
        nowNanos += step.toNanos();
        now = start.plusNanos(nowNanos);
        while (!timers.isEmpty() && timers.first().dueNanos <= nowNanos) {
            execute(timers.pollFirst().task);
        }
    }

    /** Delayed tasks still waiting (cancelled ones are removed at once, as {@code EventLoopScheduler} does). */
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

    /** A task due now, queued behind the running one, that can still be cancelled until it runs. */
    private static final class Immediate implements Runnable {
        private final Runnable task;
        private boolean done;

        Immediate(Runnable task) {
            this.task = task;
        }

        @Override
        public void run() {
            if (!done) {
                done = true;
                task.run();
            }
        }

        boolean cancel() {
            boolean pending = !done;
            done = true;
            return pending;
        }
    }

    /** A fixed-rate task: each run queues the next one, due a period after this one was due. */
    private final class Periodic {
        Timer current;
        boolean cancelled;

        void run(Runnable task) {
            if (cancelled) {
                return;
            }
            current = new Timer(current.dueNanos + current.periodNanos, sequence++, current.task, current.periodNanos);
            timers.add(current);
            task.run();
        }

        boolean cancel() {
            boolean pending = !cancelled;
            cancelled = true;
            timers.remove(current);
            return pending;
        }
    }

    private record Timer(long dueNanos, long sequence, Runnable task, long periodNanos) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byDue = Long.compare(dueNanos, other.dueNanos);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }
}
