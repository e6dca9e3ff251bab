package org.meshbridge.core.nodes;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The liveness rules' knobs ({@code monitoring.liveness} in the server config; see
 * {@code docs/monitoring.md}, "Liveness").
 *
 * <p>A node's expected advert interval is, first found: a matching {@link NodeOverride}'s
 * interval, the interval the bridge observed, its role's default. It is late after
 * {@code max(lateFactor × interval, minLate)} of silence and offline (alerted) after
 * {@code max(offlineFactor × interval, minOffline)}, unless an override gives those directly.
 *
 * @param roles per role: monitored or not, default interval (all five roles present)
 * @param lateFactor late after this many intervals, at least 1
 * @param offlineFactor offline after this many intervals, more than {@code lateFactor}
 * @param minLate the late threshold is never shorter
 * @param minOffline the offline threshold is never shorter; not shorter than {@code minLate}
 * @param alertOnLate also alert {@link AlertKind#NODE_LATE} (off: late is a state only)
 * @param cooldown at least this long between two silence alerts of one node (or two low-battery
 *     alerts, or two faults of one component); a later one waits for it to pass
 * @param flapDamping hold back alerts of a node that keeps going silent and coming back
 * @param battery low-battery alert thresholds
 * @param overrides per-node settings, first match wins
 * @param maintenance maintenance windows
 * @param checkEvery how often silence is evaluated; alerts come at most this late
 * @param bridgeFaultDelay a bridge component must stay faulty this long before it is alerted
 */
public record LivenessConfig(Map<NodeRole, RolePolicy> roles, double lateFactor, double offlineFactor,
                             Duration minLate, Duration minOffline, boolean alertOnLate, Duration cooldown,
                             FlapDamping flapDamping, BatteryPolicy battery, List<NodeOverride> overrides,
                             List<MaintenanceWindow> maintenance, Duration checkEvery, Duration bridgeFaultDelay) {

    /**
     * Role defaults from the firmware's own advert timers (MeshCore v1.17.1): repeaters and room
     * servers flood an advert every 47 h ({@code flood_advert_interval = 47} in
     * {@code examples/simple_repeater/MyMesh.cpp} and {@code examples/simple_room_server/MyMesh.cpp};
     * their 2-minute zero-hop advert of a new install is switched off by
     * {@code CommonCLI::savePrefs} once configured, as it is under the 60-minute minimum); sensors
     * flood none ({@code flood_advert_interval = 0} in {@code examples/simple_sensor/SensorMesh.cpp})
     * and companions advert only when their user asks, so these two have no default interval.
     */
    public static final Map<NodeRole, RolePolicy> FIRMWARE_ROLE_DEFAULTS = Map.of(
            NodeRole.REPEATER, new RolePolicy(true, Optional.of(Duration.ofHours(47))),
            NodeRole.ROOM_SERVER, new RolePolicy(true, Optional.of(Duration.ofHours(47))),
            NodeRole.SENSOR, new RolePolicy(true, Optional.empty()),
            NodeRole.COMPANION, new RolePolicy(false, Optional.empty()),
            NodeRole.UNKNOWN, new RolePolicy(false, Optional.empty()));

    /** The defaults documented in {@code docs/monitoring.md}. */
    public static final LivenessConfig DEFAULT = new LivenessConfig(FIRMWARE_ROLE_DEFAULTS, 1.5, 3.0,
            Duration.ofMinutes(5), Duration.ofMinutes(10), false, Duration.ofHours(1), FlapDamping.DEFAULT,
            BatteryPolicy.DEFAULT, List.of(), List.of(), Duration.ofSeconds(30), Duration.ofMinutes(1));

    public LivenessConfig {
        Objects.requireNonNull(roles, "roles");
        EnumMap<NodeRole, RolePolicy> all = new EnumMap<>(NodeRole.class);
        all.putAll(FIRMWARE_ROLE_DEFAULTS);
        all.putAll(roles);
        roles = Map.copyOf(all);
        if (!(lateFactor >= 1) || !(offlineFactor > lateFactor) || offlineFactor > 1000) {
            throw new IllegalArgumentException("need 1 <= late_factor < offline_factor <= 1000, got "
                    + lateFactor + " and " + offlineFactor);
        }
        requirePositive(minLate, "min_late");
        requirePositive(minOffline, "min_offline");
        if (minOffline.compareTo(minLate) < 0) {
            throw new IllegalArgumentException("min_offline must not be shorter than min_late");
        }
        Objects.requireNonNull(cooldown, "cooldown");
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("cooldown must not be negative");
        }
        Objects.requireNonNull(flapDamping, "flapDamping");
        Objects.requireNonNull(battery, "battery");
        overrides = List.copyOf(Objects.requireNonNull(overrides, "overrides"));
        maintenance = List.copyOf(Objects.requireNonNull(maintenance, "maintenance"));
        requirePositive(checkEvery, "check_every");
        Objects.requireNonNull(bridgeFaultDelay, "bridgeFaultDelay");
        if (bridgeFaultDelay.isNegative()) {
            throw new IllegalArgumentException("bridge_fault_delay must not be negative");
        }
    }

    /** The silence thresholds for one node. */
    public Thresholds thresholdsFor(String nodeId, String name, NodeRole role, Optional<Duration> observed) {
        RolePolicy policy = roles.get(role);
        NodeOverride override = overrides.stream().filter(o -> o.match().matches(nodeId, name)).findFirst().orElse(null);
        boolean monitored = override != null && override.monitored().isPresent()
                ? override.monitored().get() : policy.monitored();
        Duration interval = null;
        String source = "none";
        if (override != null && override.interval().isPresent()) {
            interval = override.interval().get();
            source = "override";
        } else if (observed.isPresent()) {
            interval = observed.get();
            source = "observed";
        } else if (policy.defaultInterval().isPresent()) {
            interval = policy.defaultInterval().get();
            source = "role";
        }
        Duration lateAfter = override != null ? override.lateAfter().orElse(null) : null;
        Duration offlineAfter = override != null ? override.offlineAfter().orElse(null) : null;
        if (interval == null && offlineAfter == null) {
            return new Thresholds(false, Optional.empty(), minLate, minOffline, "none");
        }
        Duration offline = offlineAfter != null ? offlineAfter : max(scale(interval, offlineFactor), minOffline);
        Duration late;
        if (lateAfter != null) {
            late = lateAfter;
        } else if (interval != null && offlineAfter == null) {
            late = max(scale(interval, lateFactor), minLate);
        } else {
            late = scale(offline, lateFactor / offlineFactor);
        }
        if (late.compareTo(offline) >= 0) {
            late = scale(offline, lateFactor / offlineFactor);
        }
        return new Thresholds(monitored, Optional.ofNullable(interval), late, offline,
                interval != null ? source : "override");
    }

    /** This config with other maintenance windows. */
    public LivenessConfig withMaintenance(List<MaintenanceWindow> windows) {
        return new LivenessConfig(roles, lateFactor, offlineFactor, minLate, minOffline, alertOnLate, cooldown,
                flapDamping, battery, overrides, windows, checkEvery, bridgeFaultDelay);
    }

    /** This config with other per-node overrides. */
    public LivenessConfig withOverrides(List<NodeOverride> list) {
        return new LivenessConfig(roles, lateFactor, offlineFactor, minLate, minOffline, alertOnLate, cooldown,
                flapDamping, battery, list, maintenance, checkEvery, bridgeFaultDelay);
    }

    /** This config with other thresholds: factors and floors. */
    public LivenessConfig withThresholds(double late, double offline, Duration lateFloor, Duration offlineFloor) {
        return new LivenessConfig(roles, late, offline, lateFloor, offlineFloor, alertOnLate, cooldown,
                flapDamping, battery, overrides, maintenance, checkEvery, bridgeFaultDelay);
    }

    /** This config with another cooldown and flap damping. */
    public LivenessConfig withDamping(Duration cool, FlapDamping damping) {
        return new LivenessConfig(roles, lateFactor, offlineFactor, minLate, minOffline, alertOnLate, cool,
                damping, battery, overrides, maintenance, checkEvery, bridgeFaultDelay);
    }

    static Duration requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
        return d;
    }

    private static Duration scale(Duration d, double factor) {
        return Duration.ofMillis(Math.round(d.toMillis() * factor));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * @param monitored whether silence of nodes of this role raises alerts
     * @param defaultInterval the advert interval assumed until one is observed
     */
    public record RolePolicy(boolean monitored, Optional<Duration> defaultInterval) {
        public RolePolicy {
            Objects.requireNonNull(defaultInterval, "defaultInterval");
            defaultInterval.ifPresent(d -> requirePositive(d, "interval"));
        }
    }

    /**
     * Flap damping: every time a node goes offline its penalty grows by 1; the penalty halves every
     * {@code halfLife}. From {@code suppressAt} on, its silence and recovery alerts are held back
     * until the penalty has fallen below {@code reuseAt} (two thresholds: hysteresis); then its
     * current state is alerted if it differs from the last one alerted.
     */
    public record FlapDamping(boolean enabled, Duration halfLife, double suppressAt, double reuseAt) {

        public static final FlapDamping DEFAULT = new FlapDamping(true, Duration.ofHours(1), 3.0, 1.0);
        public static final FlapDamping OFF = new FlapDamping(false, Duration.ofHours(1), 3.0, 1.0);

        public FlapDamping {
            requirePositive(halfLife, "half_life");
            if (!(reuseAt > 0) || !(suppressAt > reuseAt) || suppressAt > 1000) {
                throw new IllegalArgumentException("need 0 < reuse_at < suppress_at <= 1000, got " + reuseAt + " and " + suppressAt);
            }
        }
    }

    /**
     * Low-battery alerts: low below a threshold, ok again at the threshold plus the hysteresis.
     * Percent is used when the reading has it and a percent threshold is set, else millivolts.
     * Both thresholds empty turns battery alerts off.
     */
    public record BatteryPolicy(OptionalInt lowMillivolts, OptionalInt lowPercent, int hysteresisMillivolts,
                                int hysteresisPercent) {

        /** 3400 mV (a 1S lithium-ion cell near empty) or 20 %, with 100 mV / 5 % hysteresis. */
        public static final BatteryPolicy DEFAULT = new BatteryPolicy(OptionalInt.of(3400), OptionalInt.of(20), 100, 5);
        public static final BatteryPolicy OFF = new BatteryPolicy(OptionalInt.empty(), OptionalInt.empty(), 100, 5);

        public BatteryPolicy {
            Objects.requireNonNull(lowMillivolts, "lowMillivolts");
            Objects.requireNonNull(lowPercent, "lowPercent");
            lowMillivolts.ifPresent(mv -> {
                if (mv <= 0 || mv > 65_535) {
                    throw new IllegalArgumentException("low_millivolts must be 1..65535, was " + mv);
                }
            });
            lowPercent.ifPresent(p -> {
                if (p <= 0 || p > 100) {
                    throw new IllegalArgumentException("low_percent must be 1..100, was " + p);
                }
            });
            if (hysteresisMillivolts < 0 || hysteresisMillivolts > 10_000 || hysteresisPercent < 0 || hysteresisPercent > 100) {
                throw new IllegalArgumentException("battery hysteresis must be 0..10000 mV and 0..100 %");
            }
        }
    }
}
