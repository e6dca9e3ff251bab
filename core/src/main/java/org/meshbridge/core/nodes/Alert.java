package org.meshbridge.core.nodes;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert event, for the sinks (MQTT, webhook, log, mesh DM) to deliver. Immutable.
 *
 * @param kind what happened
 * @param subject for node alerts the node id (64 lowercase hex digits); for bridge alerts the
 *     component, e.g. {@code radio:<linkId>}, {@code mqtt}, {@code gateway:<name>}
 * @param at when the rule engine decided (scheduler clock)
 * @param reason one line for a human, e.g. {@code "not heard for 2h 10m (expected every 40m)"}
 * @param node the node as it was when the alert was raised; empty for bridge alerts and for
 *     alerts computed without a registry (the standalone watchdog)
 */
public record Alert(AlertKind kind, String subject, Instant at, String reason, Optional<NodeSnapshot> node) {

    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(node, "node");
    }

    /** The node's name when the snapshot is there, else the subject. */
    public String displayName() {
        return node.map(NodeSnapshot::name).orElse(subject);
    }

    /** This alert carrying {@code snapshot}. */
    public Alert withNode(NodeSnapshot snapshot) {
        return new Alert(kind, subject, at, reason, Optional.of(snapshot));
    }
}
