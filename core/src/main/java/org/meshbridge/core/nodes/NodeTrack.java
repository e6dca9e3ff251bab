package org.meshbridge.core.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One node's liveness bookkeeping inside {@link LivenessRules}: what is true (state, battery) and
 * what was last alerted, kept apart so held-back alerts (maintenance, flap damping, cooldown,
 * deaf bridge) are sent once they are allowed, and never twice. Scheduler thread only.
 */
final class NodeTrack {

    /** The last silence alert sent for the node. */
    enum Alerted { NONE, LATE, SILENT }

    final String id;
    String name;
    NodeRole role;
    Optional<Duration> observed = Optional.empty();
    Instant lastHeard;
    /** Silence is measured from here: {@link #lastHeard} moved on by the time the bridge was deaf. */
    Instant reference;
    /** {@link #lastHeard} before the latest advert, for the recovery text. */
    Instant silentSince;
    LivenessState state = LivenessState.ONLINE;
    Instant stateSince;
    Alerted alerted = Alerted.NONE;
    Instant lastSilenceAlert;
    double penalty;
    Instant penaltyAt;
    boolean damped;
    Optional<BatteryReading> battery = Optional.empty();
    boolean batteryLow;
    boolean batteryAlerted;
    Instant lastBatteryAlert;

    NodeTrack(NodeHeard first) {
        this.id = first.id();
        this.name = first.name();
        this.role = first.role();
        this.observed = first.observedInterval();
        this.lastHeard = first.at();
        this.reference = first.at();
        this.silentSince = first.at();
        this.stateSince = first.at();
        this.penaltyAt = first.at();
    }

    /** The track of a node kept across a restart, as it was saved. */
    static NodeTrack restore(SavedNode saved) {
        NodeTrack t = new NodeTrack(new NodeHeard(saved.id(), saved.name(), saved.role(), saved.lastHeard(),
                saved.observedInterval()));
        LivenessMemory m = saved.liveness();
        t.reference = m.silenceReference();
        t.silentSince = m.silentSince();
        t.state = saved.state();
        t.stateSince = saved.stateSince();
        t.alerted = m.silenceAlerted().map(k -> k == AlertKind.NODE_LATE ? Alerted.LATE : Alerted.SILENT)
                .orElse(Alerted.NONE);
        t.lastSilenceAlert = m.lastSilenceAlert().orElse(null);
        t.penalty = m.flapPenalty();
        t.penaltyAt = m.flapPenaltyAt();
        t.damped = m.damped();
        t.battery = saved.battery();
        t.batteryLow = saved.batteryLow();
        t.batteryAlerted = m.batteryAlerted();
        t.lastBatteryAlert = m.lastBatteryAlert().orElse(null);
        return t;
    }

    /** What {@link #restore} needs beyond the node's snapshot. */
    LivenessMemory memory() {
        Optional<AlertKind> silence = switch (alerted) {
            case NONE -> Optional.empty();
            case LATE -> Optional.of(AlertKind.NODE_LATE);
            case SILENT -> Optional.of(AlertKind.NODE_SILENT);
        };
        return new LivenessMemory(reference, silentSince, silence, Optional.ofNullable(lastSilenceAlert), penalty,
                penaltyAt, damped, batteryAlerted, Optional.ofNullable(lastBatteryAlert));
    }

    /** Applies a heard input that is newer than the last; the state falls back to online. */
    void heard(NodeHeard h) {
        name = h.name();
        role = h.role();
        if (h.observedInterval().isPresent()) {
            observed = h.observedInterval();
        }
        silentSince = lastHeard;
        lastHeard = h.at();
        reference = h.at();
        if (state != LivenessState.ONLINE) {
            state = LivenessState.ONLINE;
            stateSince = h.at();
        }
    }

    /** Raises the state as far as the silence at {@code now} reaches; true when it went offline. */
    boolean raise(Thresholds t, Instant now) {
        if (t.source().equals("none")) {
            return false;
        }
        Duration silence = Duration.between(reference, now);
        if (silence.compareTo(t.offlineAfter()) >= 0 && state != LivenessState.OFFLINE) {
            state = LivenessState.OFFLINE;
            stateSince = now;
            return true;
        }
        if (silence.compareTo(t.lateAfter()) >= 0 && state == LivenessState.ONLINE) {
            state = LivenessState.LATE;
            stateSince = now;
        }
        return false;
    }

    /** Decays the flap penalty to {@code now}, adds {@code add}, and applies the two thresholds. */
    void damp(LivenessConfig.FlapDamping config, Instant now, double add) {
        if (!config.enabled()) {
            damped = false;
            return;
        }
        if (now.isAfter(penaltyAt)) {
            double halfLives = (double) Duration.between(penaltyAt, now).toMillis() / config.halfLife().toMillis();
            penalty *= Math.pow(0.5, halfLives);
            penaltyAt = now;
        }
        penalty += add;
        if (!damped && penalty >= config.suppressAt()) {
            damped = true;
        } else if (damped && penalty < config.reuseAt()) {
            damped = false;
        }
    }

    /** Applies a battery reading with the policy's hysteresis. */
    void battery(BatteryReading reading, LivenessConfig.BatteryPolicy policy) {
        battery = Optional.of(reading);
        if (reading.percent().isPresent() && policy.lowPercent().isPresent()) {
            batteryLow = below(reading.percent().getAsInt(), policy.lowPercent().getAsInt(), policy.hysteresisPercent());
        } else if (reading.millivolts().isPresent() && policy.lowMillivolts().isPresent()) {
            batteryLow = below(reading.millivolts().getAsInt(), policy.lowMillivolts().getAsInt(), policy.hysteresisMillivolts());
        }
    }

    private boolean below(int value, int low, int hysteresis) {
        if (value < low) {
            return true;
        }
        return batteryLow && value < low + hysteresis;
    }
}
