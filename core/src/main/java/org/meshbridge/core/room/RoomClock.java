package org.meshbridge.core.room;

import java.util.function.LongSupplier;

/**
 * The room's {@code getCurrentTimeUnique}: epoch seconds, strictly increasing across post
 * timestamps and login replies. A post pushed in n parts reserves n consecutive timestamps (part
 * k goes out as {@code timestamp + k - 1}), so a client's cursor can stop between parts and the
 * next post still sorts after the last part. Confined to the scheduler thread.
 */
final class RoomClock {

    private final LongSupplier now;
    private long last;

    /** @param last the newest timestamp already used (from the store), so restarts keep increasing */
    RoomClock(LongSupplier now, long last) {
        this.now = now;
        this.last = last;
    }

    /** The current time, not unique ({@code getCurrentTime}). */
    long now() {
        return now.getAsLong();
    }

    long next() {
        return next(1);
    }

    /** Reserves {@code count} consecutive timestamps and returns the first. */
    long next(int count) {
        long t = Math.max(now.getAsLong(), last + 1);
        last = t + count - 1;
        return t;
    }
}
