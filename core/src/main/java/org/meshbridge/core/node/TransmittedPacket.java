package org.meshbridge.core.node;

import java.util.Objects;
import org.meshbridge.core.airtime.TxOutcome;
import org.meshbridge.protocol.packet.Packet;

/**
 * A packet the node gave a link to send, and how that ended.
 *
 * @param linkId the link
 * @param packet the packet
 * @param outcome sent, or dropped by the airtime budget or the radio with a reason
 */
public record TransmittedPacket(String linkId, Packet packet, TxOutcome outcome) {

    public TransmittedPacket {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(outcome, "outcome");
    }
}
