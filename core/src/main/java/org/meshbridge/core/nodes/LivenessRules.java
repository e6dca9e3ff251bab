package org.meshbridge.core.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The liveness rule engine: turns "node X heard at T" inputs, battery readings and the passing of
 * time into node alerts. Pure: no clock, no threads, no I/O; the caller passes the time. The
 * {@link LivenessMonitor} drives it from the node; the standalone watchdog can drive it from
 * node-state messages.
 *
 * <p>Rules (see {@code docs/monitoring.md}, "Liveness"):
 * <ul>
 *   <li>States rise with silence (online → late → offline at the node's {@link Thresholds}) and
 *       fall only with proof: the node heard again.</li>
 *   <li>Alerts follow the states: {@link AlertKind#NODE_SILENT} when offline (and
 *       {@link AlertKind#NODE_LATE} when late, if enabled), {@link AlertKind#NODE_RECOVERED} when a
 *       node alerted so is heard again. Per node they alternate: never two silence alerts without a
 *       recovery between.</li>
 *   <li>Held back, not dropped: in a maintenance window, while flap damping holds a node, while
 *       the cooldown since its last silence alert runs, and while the bridge is deaf. When the hold
 *       ends and the state still differs from the last alert, the alert goes out then.</li>
 *   <li>While deaf ({@link #deaf}) nothing changes; {@link #hearing} then moves every node's
 *       silence clock on by the deaf time, so no node is blamed for the bridge's gap.</li>
 *   <li>Battery: low below the threshold, ok at threshold plus hysteresis; alerts alternate
 *       {@link AlertKind#BATTERY_LOW}/{@link AlertKind#BATTERY_OK}, with the same cooldown and
 *       maintenance windows.</li>
 * </ul>
 *
 * <p>Not thread-safe: call from one thread (the node's scheduler thread in the server).
 */
public final class LivenessRules {

    private final LivenessConfig config;
    private final Map<String, NodeTrack> tracks = new HashMap<>();
    private Instant deafSince;
    private long hearingResumed;

    public LivenessRules(LivenessConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public LivenessConfig config() {
        return config;
    }

    /**
     * The node was heard. An input not newer than the last one for the node changes nothing (a
     * retained message replayed, a duplicate).
     *
     * @return a recovery alert when the node had been alerted silent, plus any alert that was held
     */
    public List<Alert> heard(NodeHeard input) {
        Objects.requireNonNull(input, "input");
        NodeTrack track = tracks.get(input.id());
        if (track == null) {
            tracks.put(input.id(), new NodeTrack(input));
            return List.of();
        }
        if (!input.at().isAfter(track.lastHeard)) {
            return List.of();
        }
        track.heard(input);
        track.damp(config.flapDamping(), input.at(), 0);
        List<Alert> alerts = new ArrayList<>(1);
        reconcile(track, input.at(), alerts);
        return alerts;
    }

    /**
     * A battery reading of a node; ignored for a node never heard.
     *
     * @return a low or ok alert when the reading crosses the thresholds (and it is allowed now)
     */
    public List<Alert> battery(String nodeId, BatteryReading reading) {
        NodeTrack track = tracks.get(nodeId);
        if (track == null) {
            return List.of();
        }
        track.battery(reading, config.battery());
        List<Alert> alerts = new ArrayList<>(1);
        reconcileBattery(track, reading.reportedAt(), alerts);
        return alerts;
    }

    /** Moves time on to {@code now}: raises states and sends what is due or was held. */
    public List<Alert> evaluate(Instant now) {
        if (deafSince != null) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        for (NodeTrack track : tracks.values()) {
            Thresholds t = thresholds(track);
            boolean wentOffline = track.raise(t, now);
            track.damp(config.flapDamping(), now, wentOffline ? 1 : 0);
            reconcile(track, now, alerts);
        }
        alerts.sort(java.util.Comparator.comparing(Alert::subject));
        return alerts;
    }

    /** The bridge stopped hearing the mesh at {@code at} (no radio link up). Idempotent. */
    public void deaf(Instant at) {
        if (deafSince == null) {
            deafSince = at;
        }
    }

    /** The bridge hears again: every node's silence clock moves on by the time it was deaf. Idempotent. */
    public void hearing(Instant at) {
        if (deafSince == null) {
            return;
        }
        credit(deafSince, at);
        deafSince = null;
        hearingResumed++;
    }

    /** Moves every node's silence clock on by the part of {@code from}..{@code to} after its reference. */
    private void credit(Instant from, Instant to) {
        for (NodeTrack track : tracks.values()) {
            Instant start = track.reference.isAfter(from) ? track.reference : from;
            if (to.isAfter(start)) {
                track.reference = track.reference.plus(Duration.between(start, to));
            }
        }
    }

    /**
     * Counts {@link #hearing} calls that ended a deaf time, i.e. that moved silence clocks on: a
     * journal rewrites every node after one.
     */
    long hearingResumed() {
        return hearingResumed;
    }

    /** The last moment the bridge heard: {@code now}, or when it went deaf if it is deaf. */
    Instant heardUntil(Instant now) {
        return deafSince != null ? deafSince : now;
    }

    /** Takes back a node kept across a restart, replacing what the rules know of it. */
    void restore(SavedNode saved) {
        tracks.put(saved.id(), NodeTrack.restore(saved));
    }

    /**
     * The bridge did not run from {@code heardUntil} (the last moment the previous run heard) until
     * {@code now}: that time counts as deaf, so every node's silence clock moves on by it, as
     * {@link #hearing} does after a deaf time.
     */
    void creditDowntime(Instant heardUntil, Instant now) {
        credit(heardUntil, now);
    }

    /** What the rules remember of a node beyond its snapshot; empty for a node never heard. */
    Optional<LivenessMemory> memory(String nodeId) {
        return Optional.ofNullable(tracks.get(nodeId)).map(NodeTrack::memory);
    }

    public boolean isDeaf() {
        return deafSince != null;
    }

    /** The rules' view of a node at {@code now}; empty for a node never heard. */
    public Optional<NodeLiveness> liveness(String nodeId, Instant now) {
        NodeTrack t = tracks.get(nodeId);
        if (t == null) {
            return Optional.empty();
        }
        return Optional.of(new NodeLiveness(t.state, t.stateSince, t.lastHeard, thresholds(t), inMaintenance(t, now),
                t.batteryLow, t.damped));
    }

    /** The ids of every node the rules know. */
    public Set<String> nodeIds() {
        return Set.copyOf(tracks.keySet());
    }

    /** Forgets a node (its registry entry was dropped). */
    public void forget(String nodeId) {
        tracks.remove(nodeId);
    }

    private Thresholds thresholds(NodeTrack t) {
        return config.thresholdsFor(t.id, t.name, t.role, t.observed);
    }

    private boolean inMaintenance(NodeTrack t, Instant now) {
        return config.maintenance().stream().anyMatch(w -> w.covers(t.id, t.name, now));
    }

    private void reconcile(NodeTrack track, Instant now, List<Alert> out) {
        if (deafSince != null || inMaintenance(track, now)) {
            return;
        }
        reconcileBattery(track, now, out);
        Thresholds t = thresholds(track);
        if (!t.monitored() || track.damped) {
            return;
        }
        boolean cooled = track.lastSilenceAlert == null || !now.isBefore(track.lastSilenceAlert.plus(config.cooldown()));
        switch (track.state) {
            case OFFLINE -> {
                if (track.alerted == NodeTrack.Alerted.LATE || (track.alerted == NodeTrack.Alerted.NONE && cooled)) {
                    out.add(alert(AlertKind.NODE_SILENT, track, now, "not heard for "
                            + HumanDuration.of(Duration.between(track.lastHeard, now)) + "; offline after "
                            + HumanDuration.of(t.offlineAfter()) + explain(t)));
                    track.alerted = NodeTrack.Alerted.SILENT;
                    track.lastSilenceAlert = now;
                }
            }
            case LATE -> {
                if (config.alertOnLate() && track.alerted == NodeTrack.Alerted.NONE && cooled) {
                    out.add(alert(AlertKind.NODE_LATE, track, now, "not heard for "
                            + HumanDuration.of(Duration.between(track.lastHeard, now)) + "; late after "
                            + HumanDuration.of(t.lateAfter()) + explain(t)));
                    track.alerted = NodeTrack.Alerted.LATE;
                    track.lastSilenceAlert = now;
                }
            }
            case ONLINE -> {
                if (track.alerted != NodeTrack.Alerted.NONE) {
                    out.add(alert(AlertKind.NODE_RECOVERED, track, now, "heard again after "
                            + HumanDuration.of(Duration.between(track.silentSince, track.lastHeard)) + " of silence"));
                    track.alerted = NodeTrack.Alerted.NONE;
                }
            }
        }
    }

    private void reconcileBattery(NodeTrack track, Instant now, List<Alert> out) {
        if (deafSince != null || inMaintenance(track, now) || track.battery.isEmpty()) {
            return;
        }
        boolean cooled = track.lastBatteryAlert == null || !now.isBefore(track.lastBatteryAlert.plus(config.cooldown()));
        if (track.batteryLow && !track.batteryAlerted && cooled) {
            out.add(alert(AlertKind.BATTERY_LOW, track, now, "battery " + describe(track.battery.get()) + ", low below "
                    + thresholdText()));
            track.batteryAlerted = true;
            track.lastBatteryAlert = now;
        } else if (!track.batteryLow && track.batteryAlerted) {
            out.add(alert(AlertKind.BATTERY_OK, track, now, "battery " + describe(track.battery.get()) + ", ok again"));
            track.batteryAlerted = false;
        }
    }

    private String thresholdText() {
        LivenessConfig.BatteryPolicy p = config.battery();
        List<String> parts = new ArrayList<>(2);
        p.lowPercent().ifPresent(v -> parts.add(v + " %"));
        p.lowMillivolts().ifPresent(v -> parts.add(v + " mV"));
        return String.join(" / ", parts);
    }

    private static String describe(BatteryReading r) {
        List<String> parts = new ArrayList<>(2);
        r.percent().ifPresent(v -> parts.add(v + " %"));
        r.millivolts().ifPresent(v -> parts.add(v + " mV"));
        return String.join(", ", parts);
    }

    private static String explain(Thresholds t) {
        return t.expectedInterval().map(i -> " (advert interval " + HumanDuration.of(i) + ", " + t.source() + ")")
                .orElse(" (" + t.source() + ")");
    }

    private static Alert alert(AlertKind kind, NodeTrack track, Instant at, String reason) {
        return new Alert(kind, track.id, at, track.name + ": " + reason, Optional.empty());
    }
}
