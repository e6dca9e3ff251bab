package org.meshbridge.server.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One message of the gateway protocol, a JSON object with a {@code type} (see
 * {@code docs/gateways.md}). {@link GatewayCodec} turns text into these and back.
 */
public sealed interface GatewayMessage
        permits Hello, Welcome, RxMessage, TxMessage, TxReport, LinkReport, Ping, Pong {

    /** The {@code type} on the wire. */
    MessageType type();

    /** Adds this message's fields (not {@code type}) to {@code json}. */
    void write(ObjectNode json);
}
