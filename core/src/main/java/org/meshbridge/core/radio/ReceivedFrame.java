package org.meshbridge.core.radio;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * One raw on-air packet a radio heard, with its signal report when the radio gave one. The bytes
 * are untrusted: the node decodes them and drops what does not parse.
 *
 * @param linkId the {@link RadioLink#id()} of the radio that heard it
 * @param packet the raw packet as received (header, path, payload)
 * @param signal SNR and RSSI; empty when the radio sent none (a KISS modem whose {@code RxMeta}
 *     did not come with the frame)
 * @param receivedAt when the frame reached the node, on the node's {@code Scheduler} clock
 */
public record ReceivedFrame(String linkId, Bytes packet, Optional<SignalReport> signal, Instant receivedAt) {

    public ReceivedFrame {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A frame with the radio's signal report. */
    public static ReceivedFrame withSignal(String linkId, Bytes packet, int snrQuarterDb, int rssiDbm, Instant receivedAt) {
        return new ReceivedFrame(linkId, packet, Optional.of(new SignalReport(snrQuarterDb, rssiDbm)), receivedAt);
    }

    /** A frame whose signal report never came. */
    public static ReceivedFrame withoutSignal(String linkId, Bytes packet, Instant receivedAt) {
        return new ReceivedFrame(linkId, packet, Optional.empty(), receivedAt);
    }
}
