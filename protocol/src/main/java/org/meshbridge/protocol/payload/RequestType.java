package org.meshbridge.protocol.payload;

import java.util.Optional;

/** REQ types in byte 4 of a request plaintext ({@code REQ_TYPE_*}, firmware {@code examples/simple_repeater/MyMesh.cpp}, {@code simple_sensor/SensorMesh.cpp}). */
public enum RequestType {
    GET_STATUS(0x01),
    KEEP_ALIVE(0x02),
    GET_TELEMETRY_DATA(0x03),
    GET_AVG_MIN_MAX(0x04),
    GET_ACCESS_LIST(0x05),
    GET_NEIGHBOURS(0x06),
    GET_OWNER_INFO(0x07);

    private static final RequestType[] BY_CODE = new RequestType[256];

    static {
        for (RequestType t : values()) {
            if (BY_CODE[t.code] != null) {
                throw new ExceptionInInitializerError("duplicate code " + t.code);
            }
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    RequestType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The constant for {@code code}; empty for codes the firmware does not define. */
    public static Optional<RequestType> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }
}
