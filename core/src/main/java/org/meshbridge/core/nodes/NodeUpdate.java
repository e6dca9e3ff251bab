package org.meshbridge.core.nodes;

/** Why {@link NodeRegistryListener#onNodeUpdated} was called. */
public enum NodeUpdate {
    /** First advert of a node not in the registry. */
    NEW,
    /** A fresh advert of a known node (name, position, signal, hops may have changed). */
    HEARD,
    /** A battery reading arrived. */
    BATTERY,
    /** Its liveness view changed: state, monitored, expected interval or maintenance. */
    LIVENESS
}
