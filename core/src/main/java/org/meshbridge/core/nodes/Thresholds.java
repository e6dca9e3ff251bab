package org.meshbridge.core.nodes;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The silence rules for one node, as {@link LivenessConfig#thresholdsFor} derives them.
 *
 * @param monitored true when its silence raises alerts (its role or an override says so, and an
 *     interval is known)
 * @param expectedInterval what the thresholds were derived from; empty when nothing is known
 *     (then the node is not monitored)
 * @param lateAfter silence after which it is {@link LivenessState#LATE}
 * @param offlineAfter silence after which it is {@link LivenessState#OFFLINE}
 * @param source where the interval came from: {@code override}, {@code observed}, {@code role} or {@code none}
 */
public record Thresholds(boolean monitored, Optional<Duration> expectedInterval, Duration lateAfter,
                         Duration offlineAfter, String source) {

    public Thresholds {
        Objects.requireNonNull(expectedInterval, "expectedInterval");
        Objects.requireNonNull(lateAfter, "lateAfter");
        Objects.requireNonNull(offlineAfter, "offlineAfter");
        Objects.requireNonNull(source, "source");
    }
}
