package org.meshbridge.server.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code type} of each gateway message, with the side that sends it. */
public enum MessageType {
    /** Gateway → server, first message: id, token, radio, software. */
    HELLO("hello", Sender.GATEWAY),
    /** Server → gateway, after a good hello: the link id and limits. */
    WELCOME("welcome", Sender.SERVER),
    /** Gateway → server: a packet the radio heard. */
    RX("rx", Sender.GATEWAY),
    /** Server → gateway: transmit this packet. */
    TX("tx", Sender.SERVER),
    /** Gateway → server: how a {@code tx} ended. */
    TX_RESULT("tx_result", Sender.GATEWAY),
    /** Gateway → server: the gateway's radio changed state. */
    LINK("link", Sender.GATEWAY),
    /** Either side: are you there? */
    PING("ping", Sender.EITHER),
    /** Either side: the answer to a ping. */
    PONG("pong", Sender.EITHER);

    /** Who may send a message type. */
    public enum Sender {
        GATEWAY, SERVER, EITHER
    }

    private static final Map<String, MessageType> BY_CODE = new HashMap<>();

    static {
        for (MessageType value : values()) {
            if (BY_CODE.put(value.code, value) != null) {
                throw new ExceptionInInitializerError("duplicate message type " + value.code);
            }
        }
    }

    private final String code;
    private final Sender sender;

    MessageType(String code, Sender sender) {
        this.code = code;
        this.sender = sender;
    }

    /** The JSON spelling, e.g. {@code "tx_result"}. */
    public String code() {
        return code;
    }

    /** True if a gateway may send this type. */
    public boolean fromGateway() {
        return sender != Sender.SERVER;
    }

    /** True if the server may send this type. */
    public boolean fromServer() {
        return sender != Sender.GATEWAY;
    }

    /** The type spelled {@code code}, if the protocol defines it. */
    public static Optional<MessageType> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
