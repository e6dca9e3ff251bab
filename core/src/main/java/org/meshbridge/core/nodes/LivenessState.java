package org.meshbridge.core.nodes;

/**
 * How recently a node was heard compared with what its advert interval leads us to expect; see
 * {@code docs/monitoring.md} ("Liveness") for the thresholds.
 */
public enum LivenessState {
    /** Heard within its expected interval (or not monitored, see {@link NodeSnapshot#monitored()}). */
    ONLINE,
    /** Overdue: past the late threshold, not yet the offline one. No alert is raised for late alone by default. */
    LATE,
    /** Silent past the offline threshold: an alert was (or would have been, in a maintenance window) raised. */
    OFFLINE;

    /** The lowercase name used in JSON and metrics. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
