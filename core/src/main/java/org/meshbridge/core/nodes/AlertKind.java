package org.meshbridge.core.nodes;

import java.util.Locale;

/** What an {@link Alert} says. Node alerts name a node; bridge alerts name a component of the bridge. */
public enum AlertKind {
    /** A monitored node passed its late threshold; raised only when {@code alert_on_late} is set. */
    NODE_LATE,
    /** A monitored node passed its offline threshold: it went silent. */
    NODE_SILENT,
    /** A node that was alerted silent (or late) was heard again. */
    NODE_RECOVERED,
    /** A node's battery fell below the low threshold. */
    BATTERY_LOW,
    /** A node's battery that was alerted low rose above the threshold plus hysteresis. */
    BATTERY_OK,
    /** A part of the bridge itself failed: a radio link, the MQTT broker, a gateway. */
    BRIDGE_FAULT,
    /** A part of the bridge that was alerted faulty works again. */
    BRIDGE_RECOVERED;

    /** The lowercase name used in JSON, MQTT and log lines, e.g. {@code node_silent}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for {@link #BRIDGE_FAULT} and {@link #BRIDGE_RECOVERED}. */
    public boolean isBridge() {
        return this == BRIDGE_FAULT || this == BRIDGE_RECOVERED;
    }

    /** True for the kinds that end an earlier alert: recovered, battery ok, bridge recovered. */
    public boolean isRecovery() {
        return this == NODE_RECOVERED || this == BATTERY_OK || this == BRIDGE_RECOVERED;
    }
}
