package org.meshbridge.server.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/** {@code ping}: either side asks for a {@code pong} with the same {@code nonce} (0..2^53-1). */
public record Ping(long nonce) implements GatewayMessage {

    @Override
    public MessageType type() {
        return MessageType.PING;
    }

    @Override
    public void write(ObjectNode json) {
        json.put("nonce", nonce);
    }

    static Ping read(JsonFields fields) throws MalformedFrameException {
        return new Ping(fields.integer("nonce", 0, JsonFields.MAX_SAFE_INTEGER));
    }
}
