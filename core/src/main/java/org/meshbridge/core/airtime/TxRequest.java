package org.meshbridge.core.airtime;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * One frame to put on air.
 *
 * @param packet the raw on-air packet, 1 to 255 bytes ({@code MAX_TRANS_UNIT})
 * @param priority its place in the queue
 * @param origin whether internet traffic is behind it (internet traffic has its own cap)
 * @param deadline if present, the request is dropped unless it starts strictly before this instant
 */
public record TxRequest(Bytes packet, TxPriority priority, TrafficOrigin origin, Optional<Instant> deadline) {

    public TxRequest {
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(deadline, "deadline");
        if (packet.isEmpty() || packet.size() > AirtimeConstants.MAX_TRANS_UNIT) {
            throw new IllegalArgumentException(
                    "packet must be 1.." + AirtimeConstants.MAX_TRANS_UNIT + " bytes: " + packet.size());
        }
    }

    /** A request with no deadline. */
    public static TxRequest of(Bytes packet, TxPriority priority, TrafficOrigin origin) {
        return new TxRequest(packet, priority, origin, Optional.empty());
    }

    /** The same request, dropped unless it starts before {@code startBefore}. */
    public TxRequest withDeadline(Instant startBefore) {
        return new TxRequest(packet, priority, origin, Optional.of(startBefore));
    }

    /** True when the request has passed its deadline at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return deadline.isPresent() && !now.isBefore(deadline.get());
    }
}
