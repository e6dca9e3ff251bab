package org.meshbridge.server.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a store is run. {@link #defaults()} suits a server; the composition root may override
 * any of it.
 *
 * @param clock           stamps {@link org.meshbridge.core.room.Post#storedAt()}
 * @param maxBatchPosts   the most posts one commit carries
 * @param maxBatchWait    how long the writer waits for more posts after the first of a batch
 *                        before committing; zero commits whatever queued up while the previous
 *                        batch was being made durable (group commit without added latency)
 * @param maxQueuedPosts  appends waiting for the writer beyond this are refused at once with
 *                        {@link StoreOverloadedException}
 * @param readConnections the size of the read pool
 * @param busyTimeout     how long SQLite waits for a lock held by another process before failing
 */
public record StoreOptions(Clock clock, int maxBatchPosts, Duration maxBatchWait, int maxQueuedPosts,
                           int readConnections, Duration busyTimeout) {

    public StoreOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(maxBatchWait, "maxBatchWait");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (maxBatchPosts < 1) {
            throw new IllegalArgumentException("maxBatchPosts must be at least 1, was " + maxBatchPosts);
        }
        if (maxBatchWait.isNegative()) {
            throw new IllegalArgumentException("maxBatchWait must not be negative, was " + maxBatchWait);
        }
        if (maxQueuedPosts < 1) {
            throw new IllegalArgumentException("maxQueuedPosts must be at least 1, was " + maxQueuedPosts);
        }
        if (readConnections < 1) {
            throw new IllegalArgumentException("readConnections must be at least 1, was " + readConnections);
        }
        if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("busyTimeout must be 0.." + Integer.MAX_VALUE + " ms, was " + busyTimeout);
        }
    }

    /** System UTC clock, batches of up to 500 posts with no added wait, 10,000 queued, 4 readers, 30 s busy wait. */
    public static StoreOptions defaults() {
        return new StoreOptions(Clock.systemUTC(), 500, Duration.ZERO, 10_000, 4, Duration.ofSeconds(30));
    }

    public StoreOptions withClock(Clock newClock) {
        return new StoreOptions(newClock, maxBatchPosts, maxBatchWait, maxQueuedPosts, readConnections, busyTimeout);
    }

    public StoreOptions withBatching(int newMaxBatchPosts, Duration newMaxBatchWait) {
        return new StoreOptions(clock, newMaxBatchPosts, newMaxBatchWait, maxQueuedPosts, readConnections, busyTimeout);
    }

    public StoreOptions withMaxQueuedPosts(int newMaxQueuedPosts) {
        return new StoreOptions(clock, maxBatchPosts, maxBatchWait, newMaxQueuedPosts, readConnections, busyTimeout);
    }

    public StoreOptions withReadConnections(int newReadConnections) {
        return new StoreOptions(clock, maxBatchPosts, maxBatchWait, maxQueuedPosts, newReadConnections, busyTimeout);
    }
}
