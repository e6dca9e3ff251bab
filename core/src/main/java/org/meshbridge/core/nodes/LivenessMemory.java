package org.meshbridge.core.nodes;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the liveness rules remember of one node beyond its snapshot, kept across a restart so an
 * alert already sent is not sent again and a held one still goes out: where its silence is
 * measured from, which silence alert went out last and when, its flap penalty, and whether its
 * low battery was alerted.
 *
 * @param silenceReference silence is measured from here: its last heard moved on by the time the
 *     bridge was deaf (or down)
 * @param silentSince its last heard before the latest one, for the recovery text
 * @param silenceAlerted the last silence alert sent and not yet recovered: {@link AlertKind#NODE_LATE}
 *     or {@link AlertKind#NODE_SILENT}; empty when none
 * @param lastSilenceAlert when the last silence alert went out (the cooldown runs from here)
 * @param flapPenalty its flap-damping penalty as of {@code flapPenaltyAt}, 0 or more
 * @param flapPenaltyAt when the penalty was last decayed
 * @param damped true while flap damping holds its alerts back
 * @param batteryAlerted true when a low-battery alert went out and no battery-ok since
 * @param lastBatteryAlert when the last low-battery alert went out
 */
public record LivenessMemory(Instant silenceReference, Instant silentSince, Optional<AlertKind> silenceAlerted,
                             Optional<Instant> lastSilenceAlert, double flapPenalty, Instant flapPenaltyAt,
                             boolean damped, boolean batteryAlerted, Optional<Instant> lastBatteryAlert) {

    public LivenessMemory {
        Objects.requireNonNull(silenceReference, "silenceReference");
        Objects.requireNonNull(silentSince, "silentSince");
        Objects.requireNonNull(silenceAlerted, "silenceAlerted");
        Objects.requireNonNull(lastSilenceAlert, "lastSilenceAlert");
        Objects.requireNonNull(flapPenaltyAt, "flapPenaltyAt");
        Objects.requireNonNull(lastBatteryAlert, "lastBatteryAlert");
        silenceAlerted.ifPresent(kind -> {
            if (kind != AlertKind.NODE_LATE && kind != AlertKind.NODE_SILENT) {
                throw new IllegalArgumentException("a silence alert is node_late or node_silent, not " + kind.key());
            }
        });
        if (!(flapPenalty >= 0) || Double.isInfinite(flapPenalty)) {
            throw new IllegalArgumentException("the flap penalty must be finite and not negative, was " + flapPenalty);
        }
    }

    /** A node just heard for the first time at {@code at}: nothing alerted, no penalty. */
    public static LivenessMemory fresh(Instant at) {
        return new LivenessMemory(at, at, Optional.empty(), Optional.empty(), 0, at, false, false, Optional.empty());
    }
}
