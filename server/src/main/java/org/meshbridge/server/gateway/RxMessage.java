package org.meshbridge.server.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meshbridge.core.radio.SignalReport;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code rx}: a packet the gateway's radio heard.
 *
 * @param packet the raw on-air packet, 1 to 255 bytes ({@code packet}, lowercase hex)
 * @param signal SNR in quarter dB, -128..127 ({@code snr_qdb}), and RSSI in dBm, -255..255
 *     ({@code rssi_dbm}); both {@code null} on the wire when the radio did not report them (a
 *     KISS {@code RxMeta} that never came)
 * @param receivedAt when the gateway heard it, on the gateway's clock ({@code received_at}, ISO-8601 UTC)
 */
public record RxMessage(Bytes packet, Optional<SignalReport> signal, Instant receivedAt) implements GatewayMessage {

    public RxMessage {
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public MessageType type() {
        return MessageType.RX;
    }

    @Override
    public void write(ObjectNode json) {
        json.put("packet", packet.hex());
        if (signal.isPresent()) {
            json.put("snr_qdb", signal.get().snrQuarterDb());
            json.put("rssi_dbm", signal.get().rssiDbm());
        } else {
            json.putNull("snr_qdb");
            json.putNull("rssi_dbm");
        }
        json.put("received_at", receivedAt.toString());
    }

    static RxMessage read(JsonFields fields) throws MalformedFrameException {
        Bytes packet = fields.packetHex("packet");
        boolean noSnr = fields.isNull("snr_qdb");
        if (noSnr != fields.isNull("rssi_dbm")) {
            throw new MalformedFrameException(Reason.BAD_VALUE, "snr_qdb and rssi_dbm must both be numbers or both null");
        }
        Optional<SignalReport> signal = noSnr ? Optional.empty()
                : Optional.of(new SignalReport(fields.smallInt("snr_qdb", -128, 127), fields.smallInt("rssi_dbm", -255, 255)));
        return new RxMessage(packet, signal, fields.instant("received_at"));
    }
}
