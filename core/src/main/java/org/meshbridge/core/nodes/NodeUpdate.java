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
    LIVENESS,
    /**
     * Packets other than adverts were credited to it ({@link NodeRegistry#heardPacket}): last heard,
     * packets heard and the direct reception moved, nothing else. A busy repeater relays many a
     * minute, so subscribers that publish may throttle these. A packet that also changes the node's
     * liveness (an offline node heard again) is reported as {@link #LIVENESS}.
     */
    PACKET
}
