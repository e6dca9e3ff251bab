package org.meshbridge.protocol.payload;

import java.util.Optional;

/** Anonymous repeater sub-requests in byte 4 of an ANON_REQ plaintext ({@code ANON_REQ_TYPE_*}, firmware {@code examples/simple_repeater/MyMesh.cpp}); direct route only. */
public enum AnonRequestType {
    REGIONS(0x01),
    OWNER(0x02),
    BASIC(0x03);

    private static final AnonRequestType[] BY_CODE = new AnonRequestType[256];

    static {
        for (AnonRequestType t : values()) {
            if (BY_CODE[t.code] != null) {
                throw new ExceptionInInitializerError("duplicate code " + t.code);
            }
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    AnonRequestType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The constant for {@code code}; empty for codes the firmware does not define. */
    public static Optional<AnonRequestType> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }
}
