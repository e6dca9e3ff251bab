package org.meshbridge.core.airtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of the scheduler's counters since it started, for metrics and {@code /healthz}.
 * Every submitted request that has ended is in {@code transmitted} or in exactly one
 * {@code dropped} bucket, so {@code submitted == transmitted + droppedTotal() + pending}.
 *
 * @param at when the snapshot was taken
 * @param submitted requests received
 * @param transmitted requests the radio reported sent
 * @param dropped requests ended without being sent, by reason (every reason present, zeros included)
 * @param delayed requests that had to wait, by reason; a request counts once per reason it met
 * @param pending requests queued or in flight
 * @param airtime total airtime charged (sent, failed and timed-out frames)
 * @param internetAirtime the part of {@code airtime} charged to internet-originated frames
 * @param queueWait total time sent requests spent between submission and start
 */
public record AirtimeStats(Instant at, long submitted, long transmitted, Map<DropReason, Long> dropped,
        Map<DelayReason, Long> delayed, int pending, Duration airtime, Duration internetAirtime, Duration queueWait) {

    public AirtimeStats {
        Objects.requireNonNull(at, "at");
        dropped = Map.copyOf(dropped);
        delayed = Map.copyOf(delayed);
        Objects.requireNonNull(airtime, "airtime");
        Objects.requireNonNull(internetAirtime, "internetAirtime");
        Objects.requireNonNull(queueWait, "queueWait");
    }

    /** Drops for one reason. */
    public long dropped(DropReason reason) {
        return dropped.getOrDefault(reason, 0L);
    }

    /** Requests delayed at least once for one reason. */
    public long delayed(DelayReason reason) {
        return delayed.getOrDefault(reason, 0L);
    }

    /** Drops for every reason together. */
    public long droppedTotal() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }
}
