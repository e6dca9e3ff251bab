package org.meshbridge.core.nodes;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Liveness settings for particular nodes, winning over the observed interval and the role's
 * defaults. The first override in the configured list that matches a node applies to it.
 *
 * @param match which node(s)
 * @param monitored whether its silence raises alerts; empty keeps the role's choice
 * @param interval the advert interval to derive its thresholds from
 * @param lateAfter silence after which it is late, instead of {@code late_factor × interval}
 * @param offlineAfter silence after which it is offline (alerted), instead of {@code offline_factor × interval}
 */
public record NodeOverride(NodeMatch match, Optional<Boolean> monitored, Optional<Duration> interval,
                           Optional<Duration> lateAfter, Optional<Duration> offlineAfter) {

    public NodeOverride {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(monitored, "monitored");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(lateAfter, "lateAfter");
        Objects.requireNonNull(offlineAfter, "offlineAfter");
        interval.ifPresent(d -> LivenessConfig.requirePositive(d, "interval"));
        lateAfter.ifPresent(d -> LivenessConfig.requirePositive(d, "late_after"));
        offlineAfter.ifPresent(d -> LivenessConfig.requirePositive(d, "offline_after"));
        if (lateAfter.isPresent() && offlineAfter.isPresent() && lateAfter.get().compareTo(offlineAfter.get()) >= 0) {
            throw new IllegalArgumentException("late_after must be shorter than offline_after");
        }
    }
}
