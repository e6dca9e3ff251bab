package org.meshbridge.core.radio;

import java.time.Instant;
import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;

/**
 * One raw on-air packet a radio heard, with its signal report. The bytes are untrusted: the node
 * decodes them and drops what does not parse.
 *
 * @param linkId the {@link RadioLink#id()} of the radio that heard it
 * @param packet the raw packet as received (header, path, payload)
 * @param snrQuarterDb signal-to-noise ratio in quarter dB, as KISS {@code RxMeta} and the
 *     companion log push carry it (a signed byte on those wires)
 * @param rssiDbm received signal strength in dBm
 * @param receivedAt when the frame reached the node, on the node's {@code Scheduler} clock
 */
public record ReceivedFrame(String linkId, Bytes packet, int snrQuarterDb, int rssiDbm, Instant receivedAt) {

    public ReceivedFrame {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The signal-to-noise ratio in dB. */
    public double snrDb() {
        return snrQuarterDb / 4.0;
    }
}
