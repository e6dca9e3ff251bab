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
 * @param batteryPercent its last reported charge in percent; empty if none
 */
public record TrackedNode(String nodeId, Optional<Instant> lastHeard, OptionalDouble batteryVolts,
        OptionalDouble batteryPercent) {

    public TrackedNode {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(lastHeard, "lastHeard");
        Objects.requireNonNull(batteryVolts, "batteryVolts");
        Objects.requireNonNull(batteryPercent, "batteryPercent");
    }

    /** What {@code node} says: its last heard, and its battery in volts when it reported millivolts. */
    public static TrackedNode of(org.meshbridge.core.nodes.NodeSnapshot node) {
        OptionalDouble volts = node.battery().filter(b -> b.millivolts().isPresent())
                .map(b -> OptionalDouble.of(b.millivolts().getAsInt() / 1000.0)).orElse(OptionalDouble.empty());
        OptionalDouble percent = node.battery().filter(b -> b.percent().isPresent())
                .map(b -> OptionalDouble.of(b.percent().getAsInt())).orElse(OptionalDouble.empty());
        return new TrackedNode(node.id(), Optional.of(node.lastHeard()), volts, percent);
    }

    /** A node not heard (yet). */
    public static TrackedNode unheard(String nodeId) {
        return new TrackedNode(nodeId, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
}
