package org.meshbridge.server.companion;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.meshbridge.core.node.NodeStats;
import org.meshbridge.core.radio.RadioParameters;

/**
 * What the listener tells apps about "the radio" (DeviceInfo, SelfInfo, stats): the server's
 * version, the shared radio's LoRa parameters (read-only for apps), when it started, and the node's
 * counters (read on the scheduler thread).
 */
public record CompanionDevice(String version, RadioParameters radio, int txPowerDbm, Instant startedAt,
                              Supplier<NodeStats> stats) {

    public CompanionDevice {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(radio, "radio");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(stats, "stats");
    }
}
