package org.meshbridge.core.nodes;

import java.time.Instant;
import java.util.Objects;

/**
 * The liveness rules' view of one node at one moment.
 *
 * @param state its state
 * @param since when it entered the state
 * @param lastHeard when it was last heard
 * @param thresholds its silence thresholds now
 * @param maintenance true while a maintenance window covers it
 * @param batteryLow true while its battery is low (with hysteresis)
 * @param damped true while flap damping holds its alerts back
 */
public record NodeLiveness(LivenessState state, Instant since, Instant lastHeard, Thresholds thresholds,
                           boolean maintenance, boolean batteryLow, boolean damped) {

    public NodeLiveness {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(lastHeard, "lastHeard");
        Objects.requireNonNull(thresholds, "thresholds");
    }
}
