package org.meshbridge.core.nodes;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.radio.SignalReport;

/**
 * The latest packet the bridge heard straight from a node, with no repeater between: its own
 * zero-hop advert, a flood it relayed last (the last hash of the path is its), or its own flood
 * that no repeater had touched yet. The signal of such a packet is the link's quality to that
 * node; the signal of a relayed advert is only the last repeater's.
 *
 * @param at when it was heard (scheduler clock)
 * @param signal SNR and RSSI, when the radio reported them
 * @param linkId the link that heard it
 */
public record DirectReception(Instant at, Optional<SignalReport> signal, String linkId) {

    public DirectReception {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(linkId, "linkId");
    }
}
