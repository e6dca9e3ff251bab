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
 * @param activeNodesByRole nodes the registry counts as online, by role name ({@code repeater}, ...)
 * @param tracked the configured nodes' last heard and battery, by node id
 */
public record MeshSnapshot(NodeStats node, List<LinkAirtime> links, Map<String, Integer> activeNodesByRole,
        Map<String, TrackedNode> tracked) {

    public MeshSnapshot {
        Objects.requireNonNull(node, "node");
        links = List.copyOf(links);
        activeNodesByRole = Map.copyOf(activeNodesByRole);
        tracked = Map.copyOf(tracked);
    }

    /** Before the core started: zero counters, no links, no nodes. */
    public static MeshSnapshot empty() {
        return new MeshSnapshot(new NodeStats(0, Map.of(), 0, 0, 0, 0, 0, 0, 0, 0), List.of(), Map.of(), Map.of());
    }
}
