package org.meshbridge.core.nodes;

/**
 * A subscriber to the {@link NodeRegistry}: node updates and alerts. Called on the node's
 * scheduler thread: return quickly, never block, hand slow work (network, disk) to your own
 * thread. Every method defaults to doing nothing.
 */
public interface NodeRegistryListener {

    /** A node was added or changed; {@code node} is the new snapshot. */
    default void onNodeUpdated(NodeSnapshot node, NodeUpdate why) {
    }

    /** A node was dropped from the registry (capacity reached; the least recently heard goes). */
    default void onNodeRemoved(String nodeId) {
    }

    /** A node or bridge alert was raised (or a recovery from one). */
    default void onAlert(Alert alert) {
    }
}
