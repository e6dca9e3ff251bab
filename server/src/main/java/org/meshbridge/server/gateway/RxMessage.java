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
 * @param snrQuarterDb signal-to-noise ratio in quarter dB, -128..127 ({@code snr_qdb})
 * @param rssiDbm received signal strength in dBm, -255..255 ({@code rssi_dbm})
 * @param receivedAt when the gateway heard it, on the gateway's clock ({@code received_at}, ISO-8601 UTC)
 */
public record RxMessage(Bytes packet, int snrQuarterDb, int rssiDbm, Instant receivedAt) implements GatewayMessage {

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
        json.put("packet", packet.hex()).put("snr_qdb", snrQuarterDb).put("rssi_dbm", rssiDbm)
                .put("received_at", receivedAt.toString());
    }

    static RxMessage read(JsonFields fields) throws MalformedFrameException {
        return new RxMessage(fields.packetHex("packet"), fields.smallInt("snr_qdb", -128, 127),
                fields.smallInt("rssi_dbm", -255, 255), fields.instant("received_at"));
    }
}
