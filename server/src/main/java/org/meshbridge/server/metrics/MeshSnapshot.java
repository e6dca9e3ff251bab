package org.meshbridge.server.metrics;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meshbridge.core.node.NodeStats;

/**
 * Everything the metrics read about the core, frozen on the scheduler thread.
 *
 * @param node the node's counters
 * @param links each radio link's airtime budget (none without a radio)
 * @param activeNodesByRole nodes heard within {@link #ACTIVE_WINDOW}, by role name ({@code repeater}, ...)
 * @param nodesByRoleAndState every node in the registry, by role name and liveness state name
 * @param tracked the configured nodes' last heard and battery, by node id
 */
public record MeshSnapshot(NodeStats node, List<LinkAirtime> links, Map<String, Integer> activeNodesByRole,
        Map<RoleState, Integer> nodesByRoleAndState, Map<String, TrackedNode> tracked) {

    /** A node counts as active when heard within this long. */
    public static final java.time.Duration ACTIVE_WINDOW = java.time.Duration.ofHours(1);

    /** A label pair of {@code meshbridge_nodes}. */
    public record RoleState(String role, String state) {
        public RoleState {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(state, "state");
        }
    }

    public MeshSnapshot {
        Objects.requireNonNull(node, "node");
        links = List.copyOf(links);
        activeNodesByRole = Map.copyOf(activeNodesByRole);
        nodesByRoleAndState = Map.copyOf(nodesByRoleAndState);
        tracked = Map.copyOf(tracked);
    }

    /** Before the core started: zero counters, no links, no nodes. */
    public static MeshSnapshot empty() {
        return new MeshSnapshot(new NodeStats(0, Map.of(), 0, 0, 0, 0, 0, 0, 0, 0), List.of(), Map.of(), Map.of(), Map.of());
    }
}
