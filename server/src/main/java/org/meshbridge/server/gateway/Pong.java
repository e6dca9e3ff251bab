package org.meshbridge.server.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.meshbridge.protocol.bytes.MalformedFrameException;

/** {@code pong}: the answer to a {@code ping}, with its {@code nonce}. */
public record Pong(long nonce) implements GatewayMessage {

    @Override
    public MessageType type() {
        return MessageType.PONG;
    }

    @Override
    public void write(ObjectNode json) {
        json.put("nonce", nonce);
    }

    static Pong read(JsonFields fields) throws MalformedFrameException {
        return new Pong(fields.integer("nonce", 0, JsonFields.MAX_SAFE_INTEGER));
    }
}
