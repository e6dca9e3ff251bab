package org.meshbridge.server.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The WebSocket close codes of the gateway protocol; the reason text says more. */
public enum CloseCode {
    /** One side is stopping on purpose. */
    NORMAL(1000),
    /** Idle too long (no message for the server's idle timeout). */
    GOING_AWAY(1001),
    /** A binary message: the protocol is JSON text. */
    UNSUPPORTED_DATA(1003),
    /** A message over {@link GatewayProtocol#MAX_MESSAGE_BYTES}. */
    MESSAGE_TOO_BIG(1009),
    /** A message that is not valid protocol JSON, or not expected now (e.g. anything before hello). */
    MALFORMED(4400),
    /** Unknown gateway id or wrong token (the reason never says which). */
    UNAUTHORIZED(4401),
    /** A newer connection of the same gateway took over. */
    REPLACED(4409),
    /** The hello asked for a protocol version the server does not speak. */
    UNSUPPORTED_VERSION(4426);

    private static final Map<Integer, CloseCode> BY_CODE = new HashMap<>();

    static {
        for (CloseCode value : values()) {
            if (BY_CODE.put(value.code, value) != null) {
                throw new ExceptionInInitializerError("duplicate close code " + value.code);
            }
        }
    }

    private final int code;

    CloseCode(int code) {
        this.code = code;
    }

    /** The number in the close frame. */
    public int code() {
        return code;
    }

    /** The constant for {@code code}, if the protocol defines it. */
    public static Optional<CloseCode> fromCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
