package org.meshbridge.server.config;

import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.battery.BatteryPollConfig;
import org.meshbridge.core.nodes.LivenessConfig;

/**
 * The {@code monitoring} section: the node registry's size and the liveness rules
 * ({@code monitoring.liveness}, see {@code docs/monitoring.md}). Alert sinks are the
 * {@code alerts} section's.
 *
 * @param maxNodes how many nodes the registry keeps, 1..{@value #MAX_NODES}; default {@value #DEFAULT_MAX_NODES}
 * @param liveness the liveness rules; default {@link LivenessConfig#DEFAULT}
 * @param batteryPoll the periodic battery poll ({@code monitoring.battery.poll}); empty (the default) = off
 */
public record MonitoringSettings(int maxNodes, LivenessConfig liveness, Optional<BatteryPollConfig> batteryPoll) {

    public static final int DEFAULT_MAX_NODES = 10_000;
    public static final int MAX_NODES = 1_000_000;
    public static final MonitoringSettings DEFAULTS = new MonitoringSettings(DEFAULT_MAX_NODES, LivenessConfig.DEFAULT);

    /** Without a battery poll. */
    public MonitoringSettings(int maxNodes, LivenessConfig liveness) {
        this(maxNodes, liveness, Optional.empty());
    }

    public MonitoringSettings {
        Objects.requireNonNull(liveness, "liveness");
        Objects.requireNonNull(batteryPoll, "batteryPoll");
        if (maxNodes < 1 || maxNodes > MAX_NODES) {
            throw new IllegalArgumentException("maxNodes must be 1.." + MAX_NODES + ": " + maxNodes);
        }
    }
}
