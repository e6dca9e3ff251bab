package org.meshbridge.server.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.meshbridge.protocol.bytes.Bytes;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/**
 * {@code tx}: transmit {@code packet}; the gateway answers with a {@code tx_result} of the same id.
 *
 * @param id 1..2^53-1, chosen by the server
 * @param packet the raw on-air packet, 1 to 255 bytes (lowercase hex)
 */
public record TxMessage(long id, Bytes packet) implements GatewayMessage {

    public TxMessage {
        Objects.requireNonNull(packet, "packet");
    }

    @Override
    public MessageType type() {
        return MessageType.TX;
    }

    @Override
    public void write(ObjectNode json) {
        json.put("id", id).put("packet", packet.hex());
    }

    static TxMessage read(JsonFields fields) throws MalformedFrameException {
        return new TxMessage(fields.integer("id", 1, JsonFields.MAX_SAFE_INTEGER), fields.packetHex("packet"));
    }
}
