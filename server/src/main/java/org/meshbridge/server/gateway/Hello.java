package org.meshbridge.server.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.meshbridge.core.radio.LinkState;
import org.meshbridge.core.radio.RadioParameters;
import org.meshbridge.protocol.bytes.MalformedFrameException;
import org.meshbridge.protocol.bytes.MalformedFrameException.Reason;

/**
 * {@code hello}, the gateway's first message: who it is, its token, the LoRa parameters its radio
 * transmits with, its software, and its radio's current state. {@link #toString()} never shows the
 * token.
 *
 * @param protocol the protocol version the gateway speaks ({@link GatewayProtocol#VERSION})
 * @param gatewayId 1 to 32 of {@code A-Z a-z 0-9 . _ -}
 * @param token the gateway's secret, 1 to 256 printable ASCII characters
 * @param radio the radio's modulation
 * @param software free text, at most 64 characters, e.g. {@code meshbridge 0.1.0}
 * @param radioState the radio's state when the gateway connects
 */
public record Hello(int protocol, String gatewayId, String token, RadioParameters radio, String software,
        LinkState radioState) implements GatewayMessage {

    /** Longest {@code software}. */
    static final int MAX_SOFTWARE_CHARS = 64;

    public Hello {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(radio, "radio");
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(radioState, "radioState");
    }

    @Override
    public MessageType type() {
        return MessageType.HELLO;
    }

    @Override
    public void write(ObjectNode json) {
        json.put("protocol", protocol).put("gateway_id", gatewayId).put("token", token).put("software", software);
        json.putObject("radio")
                .put("frequency_hz", radio.frequencyHz())
                .put("bandwidth_hz", radio.bandwidthHz())
                .put("spreading_factor", radio.spreadingFactor())
                .put("coding_rate", radio.codingRate());
        LinkReport.writeState(json.putObject("link"), radioState);
    }

    static Hello read(JsonFields fields) throws MalformedFrameException {
        int protocol = fields.smallInt("protocol", 0, Integer.MAX_VALUE);
        String id = fields.text("gateway_id", 32);
        if (!GatewayIds.isValidId(id)) {
            throw new MalformedFrameException(Reason.BAD_VALUE, "hello.gateway_id must be 1-32 of A-Z a-z 0-9 . _ -");
        }
        String token = fields.text("token", GatewayIds.MAX_TOKEN_CHARS);
        if (token.isEmpty()) {
            throw new MalformedFrameException(Reason.BAD_VALUE, "hello.token is empty");
        }
        String software = fields.text("software", MAX_SOFTWARE_CHARS);
        return new Hello(protocol, id, token, readRadio(fields.object("radio")), software,
                LinkReport.readState(fields.object("link")));
    }

    private static RadioParameters readRadio(JsonFields radio) throws MalformedFrameException {
        long frequencyHz = radio.integer("frequency_hz", 1, 10_000_000_000L);
        int bandwidthHz = radio.smallInt("bandwidth_hz", 1, 10_000_000);
        int spreadingFactor = radio.smallInt("spreading_factor", 5, 12);
        int codingRate = radio.smallInt("coding_rate", 5, 8);
        return new RadioParameters(frequencyHz, bandwidthHz, spreadingFactor, codingRate);
    }

    @Override
    public String toString() {
        return "Hello[protocol=" + protocol + ", gatewayId=" + gatewayId + ", token=(hidden), radio=" + radio
                + ", software=" + software + ", radioState=" + radioState + "]";
    }
}
