package org.meshbridge.server.metrics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the registry knows now about one node whose per-node series were asked for
 * ({@code metrics.nodes}).
 *
 * @param nodeId the public key, lowercase hex, the {@code node_id} label
 * @param lastHeard when any packet of it was last heard; empty if never
 * @param batteryVolts its last reported battery voltage; empty if none
 */
public record TrackedNode(String nodeId, Optional<Instant> lastHeard, OptionalDouble batteryVolts) {

    public TrackedNode {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(lastHeard, "lastHeard");
        Objects.requireNonNull(batteryVolts, "batteryVolts");
    }

    /** A node not heard (yet). */
    public static TrackedNode unheard(String nodeId) {
        return new TrackedNode(nodeId, Optional.empty(), OptionalDouble.empty());
    }
}
