package org.meshbridge.core.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.radio.SignalReport;

/**
 * One node as the {@link NodeRegistry} knows it at one moment. Immutable: safe to hand to any
 * thread, to keep, and to compare with a later snapshot.
 *
 * @param id the node's public key, 64 lowercase hex digits
 * @param name the name from its latest advert
 * @param role from the node type in its latest advert
 * @param firstHeard when the bridge first heard an advert of it (scheduler clock)
 * @param lastHeard when the bridge last heard it (scheduler clock)
 * @param lastAdvertTime the timestamp inside its latest advert (the node's own clock, which may be
 *     wrong); empty when it was 0
 * @param advertsHeard fresh adverts heard since it was first heard (duplicates and replays not counted)
 * @param observedInterval the typical gap between its adverts as the bridge heard them (lower
 *     median of the recent gaps); empty until two gaps were seen
 * @param expectedInterval the interval its liveness thresholds are derived from (a per-node
 *     override, else the observed interval, else its role's default); empty when none of them is known
 * @param position from its latest advert that carried one
 * @param battery the latest battery report, from telemetry or a status reply
 * @param signal SNR and RSSI of its latest advert, when the radio reported them
 * @param hops repeaters its latest advert passed (0 for a zero-hop or direct advert)
 * @param linkId the link that heard its latest advert
 * @param state its liveness state
 * @param stateSince when it entered {@code state}
 * @param monitored true when silence of this node raises alerts (its role or an override says so)
 * @param maintenance true while a maintenance window covers it (alerts are suppressed)
 * @param batteryLow true while its battery is below the alert threshold (with hysteresis)
 * @param packetsHeard packets other than adverts the bridge credited to it: floods it relayed
 *     last (see {@link LastHop}) and datagrams from it that a local endpoint opened
 * @param direct the latest packet heard straight from it (no repeater between), if any
 */
public record NodeSnapshot(String id, String name, NodeRole role, Instant firstHeard, Instant lastHeard,
                           Optional<Instant> lastAdvertTime, long advertsHeard, Optional<Duration> observedInterval,
                           Optional<Duration> expectedInterval, Optional<Position> position,
                           Optional<BatteryReading> battery, Optional<SignalReport> signal, int hops, String linkId,
                           LivenessState state, Instant stateSince, boolean monitored, boolean maintenance,
                           boolean batteryLow, long packetsHeard, Optional<DirectReception> direct) {

    public NodeSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(firstHeard, "firstHeard");
        Objects.requireNonNull(lastHeard, "lastHeard");
        Objects.requireNonNull(lastAdvertTime, "lastAdvertTime");
        Objects.requireNonNull(observedInterval, "observedInterval");
        Objects.requireNonNull(expectedInterval, "expectedInterval");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(battery, "battery");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(stateSince, "stateSince");
        Objects.requireNonNull(direct, "direct");
    }

    /** This snapshot with another liveness view (state, since, monitored, expected interval, maintenance, battery low). */
    public NodeSnapshot withLiveness(LivenessState newState, Instant since, boolean isMonitored,
                                     Optional<Duration> expected, boolean inMaintenance, boolean isBatteryLow) {
        return new NodeSnapshot(id, name, role, firstHeard, lastHeard, lastAdvertTime, advertsHeard, observedInterval,
                expected, position, battery, signal, hops, linkId, newState, since, isMonitored, inMaintenance,
                isBatteryLow, packetsHeard, direct);
    }

    /** This snapshot with a new battery reading and low flag. */
    public NodeSnapshot withBattery(BatteryReading reading, boolean low) {
        return new NodeSnapshot(id, name, role, firstHeard, lastHeard, lastAdvertTime, advertsHeard, observedInterval,
                expectedInterval, position, Optional.of(reading), signal, hops, linkId, state, stateSince, monitored,
                maintenance, low, packetsHeard, direct);
    }

    /** This snapshot heard again at {@code heardAt} without an advert, and {@code packets} more packets credited to it. */
    NodeSnapshot withHeard(Instant heardAt, long packets, Optional<DirectReception> latestDirect) {
        return new NodeSnapshot(id, name, role, firstHeard, heardAt, lastAdvertTime, advertsHeard, observedInterval,
                expectedInterval, position, battery, signal, hops, linkId, state, stateSince, monitored, maintenance,
                batteryLow, packetsHeard + packets, latestDirect);
    }

    /** True when {@code other} has another liveness view than this (what {@link #withLiveness} sets). */
    boolean livenessDiffers(NodeSnapshot other) {
        return state != other.state || !stateSince.equals(other.stateSince) || monitored != other.monitored
                || !expectedInterval.equals(other.expectedInterval) || maintenance != other.maintenance
                || batteryLow != other.batteryLow;
    }
}
