package org.meshbridge.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * A {@link Scheduler} on virtual time that moves only when the test says so.
 *
 * <p>Nothing runs until {@link #advance}, {@link #advanceTo} or {@link #runPending} is called, on
 * the caller's thread. Tasks run in due-time order, ties in submission order, with {@link #now()}
 * set to each task's due time while it runs; tasks that tasks schedule run in the same call if
 * they fall due before it ends. A task's exception propagates to the test (after the task is
 * removed, so the scheduler stays usable). Deterministic: no threads, no wall clock.
 *
 * <p>The methods are synchronized so a test may hand it tasks from another thread, but tasks
 * always run on the thread that advances time.
 */
public final class ManualScheduler implements Scheduler {

    /** Where virtual time starts unless a test chooses: 2025-01-01T00:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private Instant now;
    private long nextSequence;
    private long ranCount;
    private volatile Runnable afterEachTask = () -> { };

    public ManualScheduler() {
        this(DEFAULT_START);
    }

    public ManualScheduler(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        requireNotNegative(delay, "delay");
        return enqueue(delay, null, task);
    }

    @Override
    public void execute(Runnable task) {
        enqueue(Duration.ZERO, null, task);
    }

    @Override
    public Cancellable scheduleAtFixedRate(Duration initialDelay, Duration period, Runnable task) {
        requireNotNegative(initialDelay, "initialDelay");
        if (requireNotNegative(period, "period").isZero()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        return enqueue(initialDelay, period, task);
    }

    /**
     * Runs {@code settle} after every task, on the advancing thread. A test of a whole server sets
     * it to wait for the server's own worker threads (the store writer), so that what they hand
     * back with {@link #execute} is queued at the virtual time of the task that started it, not at
     * whatever time the advancing thread happens to have reached: the run is then the same every time.
     */
    public void afterEachTask(Runnable settle) {
        this.afterEachTask = Objects.requireNonNull(settle, "settle");
    }

    /** Moves time forward by {@code duration}, running every task that falls due on the way. */
    public void advance(Duration duration) {
        requireNotNegative(duration, "duration");
        advanceTo(now().plus(duration));
    }

    /** Moves time forward to {@code target} (not backwards), running every task due by then. */
    public void advanceTo(Instant target) {
        Objects.requireNonNull(target, "target");
        if (target.isBefore(now())) {
            throw new IllegalArgumentException("time does not go backwards: " + target + " < " + now());
        }
        while (runNextDueBy(target)) {
            // each call runs one task
        }
        synchronized (this) {
            now = target;
        }
    }

    /**
     * Runs the tasks already due, and those they make due, without moving time.
     *
     * @return how many tasks ran
     */
    public int runPending() {
        int ran = 0;
        while (runNextDueBy(now())) {
            ran++;
        }
        return ran;
    }

    /** Tasks waiting to run, periodic ones counted once. */
    public synchronized int pendingCount() {
        return queue.size();
    }

    /** When the next task falls due, if any is waiting. */
    public synchronized Optional<Instant> nextDueAt() {
        Task next = queue.peek();
        return next == null ? Optional.empty() : Optional.of(next.dueAt);
    }

    /** How many task runs have happened since construction. */
    public synchronized long ranCount() {
        return ranCount;
    }

    private boolean runNextDueBy(Instant limit) {
        Task task;
        synchronized (this) {
            task = queue.peek();
            if (task == null || task.dueAt.isAfter(limit)) {
                return false;
            }
            queue.poll();
            now = task.dueAt;
            ranCount++;
            if (task.period != null) {
                task.dueAt = task.dueAt.plus(task.period);
                task.sequence = nextSequence++;
                queue.add(task);
            }
        }
        task.action.run();
        afterEachTask.run();
        return true;
    }

    private synchronized Cancellable enqueue(Duration delay, Duration period, Runnable action) {
        Objects.requireNonNull(action, "task");
        Task task = new Task(now.plus(delay), nextSequence++, period, action);
        queue.add(task);
        return () -> {
            synchronized (ManualScheduler.this) {
                return queue.remove(task);
            }
        };
    }

    private static Duration requireNotNegative(Duration duration, String name) {
        if (Objects.requireNonNull(duration, name).isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
        return duration;
    }

    private static final class Task implements Comparable<Task> {
        private Instant dueAt;
        private long sequence;
        private final Duration period;
        private final Runnable action;

        private Task(Instant dueAt, long sequence, Duration period, Runnable action) {
            this.dueAt = dueAt;
            this.sequence = sequence;
            this.period = period;
            this.action = action;
        }

        @Override
        public int compareTo(Task other) {
            int byTime = dueAt.compareTo(other.dueAt);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
