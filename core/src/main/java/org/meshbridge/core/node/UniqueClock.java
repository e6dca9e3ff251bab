package org.meshbridge.core.node;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * Strictly increasing uint32 timestamps per local identity ({@code RTCClock::getCurrentTimeUnique}):
 * the real-time clock's seconds, or one more than the last handed out when the clock has not
 * moved on (two stamps in one second, or the clock stepped back). Receivers drop adverts and
 * messages whose timestamp does not increase. Confined to the scheduler thread.
 */
final class UniqueClock {

    private final LongSupplier epochSeconds;
    private final Map<Bytes, Long> last = new HashMap<>();

    UniqueClock(LongSupplier epochSeconds) {
        this.epochSeconds = epochSeconds;
    }

    /** The real-time clock now, in epoch seconds. */
    long now() {
        return epochSeconds.getAsLong();
    }

    /** The next timestamp for {@code identityKey}: never equal to or below one it was given before. */
    long next(Bytes identityKey) {
        long now = epochSeconds.getAsLong() & 0xFFFFFFFFL;
        Long previous = last.get(identityKey);
        long stamp = previous == null || now > previous ? now : previous + 1;
        if (stamp > 0xFFFFFFFFL) {
            throw new IllegalStateException("uint32 timestamps exhausted");
        }
        last.put(identityKey, stamp);
        return stamp;
    }
}
