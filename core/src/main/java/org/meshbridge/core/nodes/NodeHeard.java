package org.meshbridge.core.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The one input the liveness rules need about a node: it was heard at {@code at}. The registry
 * makes one from each fresh advert; the standalone watchdog makes one from a node-state message.
 *
 * @param id the node id, 64 lowercase hex digits (or any stable key the feeder uses)
 * @param name its advertised name
 * @param role its role
 * @param at when it was heard
 * @param observedInterval its advert interval as observed by whoever heard it, if known
 */
public record NodeHeard(String id, String name, NodeRole role, Instant at, Optional<Duration> observedInterval) {

    public NodeHeard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(observedInterval, "observedInterval");
    }
}
