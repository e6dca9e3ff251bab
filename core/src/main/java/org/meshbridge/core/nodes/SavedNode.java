package org.meshbridge.core.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.radio.SignalReport;

/**
 * One node as a {@link NodeStore} keeps it across a restart: what the {@link NodeRegistry} knows of
 * it (the {@link NodeSnapshot} fields that are not derived from the config), the recent gaps
 * between its adverts (so its observed interval survives), and what the liveness rules remember
 * ({@link LivenessMemory}). The fields mean what they mean in {@link NodeSnapshot}.
 *
 * @param recentGaps the last gaps between its adverts, oldest first, at most {@link #MAX_GAPS}, each positive
 */
public record SavedNode(String id, String name, NodeRole role, Instant firstHeard, Instant lastHeard,
                        Optional<Instant> lastAdvertTime, long advertsHeard, List<Duration> recentGaps,
                        Optional<Position> position, Optional<BatteryReading> battery, Optional<SignalReport> signal,
                        int hops, String linkId, LivenessState state, Instant stateSince, boolean batteryLow,
                        LivenessMemory liveness) {

    /** The most gaps kept: as many as the interval estimate uses. */
    public static final int MAX_GAPS = IntervalEstimator.SAMPLES;

    public SavedNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(firstHeard, "firstHeard");
        Objects.requireNonNull(lastHeard, "lastHeard");
        Objects.requireNonNull(lastAdvertTime, "lastAdvertTime");
        recentGaps = List.copyOf(recentGaps);
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(battery, "battery");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateSince, "stateSince");
        Objects.requireNonNull(liveness, "liveness");
        if (recentGaps.size() > MAX_GAPS) {
            throw new IllegalArgumentException("at most " + MAX_GAPS + " advert gaps, got " + recentGaps.size());
        }
        for (Duration gap : recentGaps) {
            if (gap.isNegative() || gap.isZero()) {
                throw new IllegalArgumentException("an advert gap must be positive, was " + gap);
            }
        }
        if (advertsHeard < 0) {
            throw new IllegalArgumentException("adverts heard must not be negative, was " + advertsHeard);
        }
    }

    /** {@code node} with its advert gaps and the rules' memory of it. */
    public static SavedNode of(NodeSnapshot node, List<Duration> recentGaps, LivenessMemory liveness) {
        return new SavedNode(node.id(), node.name(), node.role(), node.firstHeard(), node.lastHeard(),
                node.lastAdvertTime(), node.advertsHeard(), recentGaps, node.position(), node.battery(), node.signal(),
                node.hops(), node.linkId(), node.state(), node.stateSince(), node.batteryLow(), liveness);
    }

    /** The typical gap between its adverts, as the registry estimates it from {@link #recentGaps}. */
    public Optional<Duration> observedInterval() {
        return IntervalEstimator.of(recentGaps).estimate();
    }

    /**
     * The snapshot it restores to, before the liveness monitor decorates it: not monitored, no
     * expected interval, no maintenance (those follow from the config of the run that restores it);
     * its packet count and direct reception start again (they describe this run's hearing).
     */
    NodeSnapshot snapshot() {
        return new NodeSnapshot(id, name, role, firstHeard, lastHeard, lastAdvertTime, advertsHeard, observedInterval(),
                Optional.empty(), position, battery, signal, hops, linkId, state, stateSince, false, false, batteryLow, 0,
                Optional.empty());
    }
}
