package org.meshbridge.server.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code rx}: a packet the gateway's radio heard.
 *
 * @param packet the raw on-air packet, 1 to 255 bytes ({@code packet}, lowercase hex)
 * @param snrQuarterDb signal-to-noise ratio in quarter dB, -128..127 ({@code snr_qdb}), or
 *     {@link #UNKNOWN_SIGNAL} ({@code null})
 * @param rssiDbm received signal strength in dBm, -255..255 ({@code rssi_dbm}), or {@link #UNKNOWN_SIGNAL}
 * @param receivedAt when the gateway heard it, on the gateway's clock ({@code received_at}, ISO-8601 UTC)
 */
public record RxMessage(Bytes packet, int snrQuarterDb, int rssiDbm, Instant receivedAt) implements GatewayMessage {

    /**
     * SNR or RSSI the radio did not report (KISS {@code RxMeta} missing): {@code null} on the wire,
     * the same value as {@code KissModemLink.UNKNOWN_SIGNAL} in a {@link org.meshbridge.core.radio.ReceivedFrame}.
     */
    public static final int UNKNOWN_SIGNAL = Integer.MIN_VALUE;

    public RxMessage {
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public MessageType type() {
        return MessageType.RX;
    }

    @Override
    public void write(ObjectNode json) {
        json.put("packet", packet.hex());
        if (snrQuarterDb == UNKNOWN_SIGNAL) {
            json.putNull("snr_qdb");
        } else {
            json.put("snr_qdb", snrQuarterDb);
        }
        if (rssiDbm == UNKNOWN_SIGNAL) {
            json.putNull("rssi_dbm");
        } else {
            json.put("rssi_dbm", rssiDbm);
        }
        json.put("received_at", receivedAt.toString());
    }

    static RxMessage read(JsonFields fields) throws MalformedFrameException {
        Bytes packet = fields.packetHex("packet");
        int snr = fields.isNull("snr_qdb") ? UNKNOWN_SIGNAL : fields.smallInt("snr_qdb", -128, 127);
        int rssi = fields.isNull("rssi_dbm") ? UNKNOWN_SIGNAL : fields.smallInt("rssi_dbm", -255, 255);
        return new RxMessage(packet, snr, rssi, fields.instant("received_at"));
    }
}
