package org.meshbridge.protocol.packet;

import java.util.Optional;

/**
 * The payload type in header bits 2..5 ({@code PAYLOAD_TYPE_*}, firmware {@code src/Packet.h}).
 * Codes 0x0C..0x0E are reserved: {@link #fromCode} returns empty for them and {@link Packet}
 * keeps the raw code.
 */
public enum PayloadType {
    REQ(0x00),
    RESPONSE(0x01),
    TXT_MSG(0x02),
    ACK(0x03),
    ADVERT(0x04),
    GRP_TXT(0x05),
    GRP_DATA(0x06),
    ANON_REQ(0x07),
    PATH(0x08),
    TRACE(0x09),
    MULTIPART(0x0A),
    CONTROL(0x0B),
    RAW_CUSTOM(0x0F);

    private static final PayloadType[] BY_CODE = new PayloadType[16];

    static {
        for (PayloadType t : values()) {
            if (BY_CODE[t.code] != null) {
                throw new ExceptionInInitializerError("duplicate payload type code " + t.code);
            }
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    PayloadType(int code) {
        this.code = code;
    }

    /** The 4-bit wire code. */
    public int code() {
        return code;
    }

    /** The type for a 4-bit code; empty for the reserved codes 0x0C..0x0E and anything out of range. */
    public static Optional<PayloadType> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }
}
