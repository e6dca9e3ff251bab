package org.meshbridge.core.node;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.protocol.crypto.RegionKey;
import org.meshbridge.protocol.packet.Path;
import org.meshbridge.protocol.packet.RouteType;

/**
 * How a packet reached the node: the radio, the route, the path it carried and the signal.
 *
 * @param linkId the radio link that heard it first
 * @param route its route type
 * @param path its path as received (for a flood: the repeaters it passed, sender first)
 * @param scope the configured region its transport code matched, if any
 * @param signal SNR and RSSI as the radio reported them; empty when it reported none
 * @param receivedAt when it arrived, on the scheduler clock
 */
public record Arrival(String linkId, RouteType route, Path path, Optional<RegionKey> scope, Optional<SignalReport> signal,
                      Instant receivedAt) {

    public Arrival {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public boolean isFlood() {
        return route.isFlood();
    }

    /** Repeaters passed (flood) or hops still to go (direct). */
    public int hopCount() {
        return path.hopCount();
    }
}
