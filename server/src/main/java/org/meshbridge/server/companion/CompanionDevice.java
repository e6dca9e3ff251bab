package org.meshbridge.server.companion;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.meshbridge.core.node.NodeStats;
import org.meshbridge.core.radio.RadioParameters;

/**
 * What the listener tells apps about "the radio" (DeviceInfo, SelfInfo, stats): the server's
 * version, the shared radio's LoRa parameters (read-only for apps), when it started, the node's
 * counters (read on the scheduler thread) and the airtime budget's figures (any thread).
 */
public record CompanionDevice(String version, RadioParameters radio, int txPowerDbm, Instant startedAt,
                              Supplier<NodeStats> stats, Supplier<Figures> figures) {

    /**
     * The budget's figures for {@code CMD_GET_STATS}.
     *
     * @param txAirSeconds seconds on air transmitting since start (all links)
     * @param queueLength packets waiting in the airtime queue
     */
    public record Figures(long txAirSeconds, int queueLength) {

        /** No radio budget (or not known). */
        public static final Figures NONE = new Figures(0, 0);
    }

    public CompanionDevice {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(radio, "radio");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(figures, "figures");
    }

    /** Without airtime figures (they read 0). */
    public CompanionDevice(String version, RadioParameters radio, int txPowerDbm, Instant startedAt, Supplier<NodeStats> stats) {
        this(version, radio, txPowerDbm, startedAt, stats, () -> Figures.NONE);
    }
}
