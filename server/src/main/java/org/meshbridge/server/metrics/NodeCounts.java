package org.meshbridge.server.metrics;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.meshbridge.core.nodes.LivenessState;
import org.meshbridge.core.nodes.NodeRole;
import org.meshbridge.core.nodes.NodeSnapshot;

/** The node-registry parts of a {@link MeshSnapshot}, counted from the registry's snapshots. */
public record NodeCounts(Map<String, Integer> activeByRole, Map<MeshSnapshot.RoleState, Integer> byRoleAndState,
        Map<String, TrackedNode> tracked) {

    /** No registry: nothing counted. */
    public static final NodeCounts NONE = new NodeCounts(Map.of(), Map.of(), Map.of());

    public NodeCounts {
        activeByRole = Map.copyOf(activeByRole);
        byRoleAndState = Map.copyOf(byRoleAndState);
        tracked = Map.copyOf(tracked);
    }

    /**
     * Counts {@code nodes} at {@code now}. Every role and state appears (zeros included), so the
     * series exist before the first node is heard; {@code trackedIds} not in the registry are unheard.
     */
    public static NodeCounts of(List<NodeSnapshot> nodes, Set<String> trackedIds, Instant now) {
        Map<String, Integer> active = new TreeMap<>();
        Map<MeshSnapshot.RoleState, Integer> byState = new HashMap<>();
        for (NodeRole role : NodeRole.values()) {
            active.put(role.key(), 0);
            for (LivenessState state : LivenessState.values()) {
                byState.put(new MeshSnapshot.RoleState(role.key(), state.key()), 0);
            }
        }
        Map<String, TrackedNode> tracked = new HashMap<>();
        trackedIds.forEach(id -> tracked.put(id, TrackedNode.unheard(id)));
        Instant activeSince = now.minus(MeshSnapshot.ACTIVE_WINDOW);
        for (NodeSnapshot node : nodes) {
            if (!node.lastHeard().isBefore(activeSince)) {
                active.merge(node.role().key(), 1, Integer::sum);
            }
            byState.merge(new MeshSnapshot.RoleState(node.role().key(), node.state().key()), 1, Integer::sum);
            if (trackedIds.contains(node.id())) {
                tracked.put(node.id(), TrackedNode.of(node));
            }
        }
        return new NodeCounts(active, byState, tracked);
    }
}
