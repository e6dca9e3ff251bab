package org.meshbridge.protocol.companion;

import java.util.Optional;

/**
 * Radio→app unsolicited push codes ({@code PUSH_CODE_*} in {@code examples/companion_radio/MyMesh.cpp}, v1.17.1).
 */
public enum PushCode {
    /** {@code PUSH_CODE_ADVERT} = 0x80. */
    ADVERT(0x80),
    /** {@code PUSH_CODE_PATH_UPDATED} = 0x81. */
    PATH_UPDATED(0x81),
    /** {@code PUSH_CODE_SEND_CONFIRMED} = 0x82. */
    SEND_CONFIRMED(0x82),
    /** {@code PUSH_CODE_MSG_WAITING} = 0x83. */
    MSG_WAITING(0x83),
    /** {@code PUSH_CODE_RAW_DATA} = 0x84. */
    RAW_DATA(0x84),
    /** {@code PUSH_CODE_LOGIN_SUCCESS} = 0x85. */
    LOGIN_SUCCESS(0x85),
    /** {@code PUSH_CODE_LOGIN_FAIL} = 0x86. */
    LOGIN_FAIL(0x86),
    /** {@code PUSH_CODE_STATUS_RESPONSE} = 0x87. */
    STATUS_RESPONSE(0x87),
    /** {@code PUSH_CODE_LOG_RX_DATA} = 0x88. */
    LOG_RX_DATA(0x88),
    /** {@code PUSH_CODE_TRACE_DATA} = 0x89. */
    TRACE_DATA(0x89),
    /** {@code PUSH_CODE_NEW_ADVERT} = 0x8A. */
    NEW_ADVERT(0x8A),
    /** {@code PUSH_CODE_TELEMETRY_RESPONSE} = 0x8B. */
    TELEMETRY_RESPONSE(0x8B),
    /** {@code PUSH_CODE_BINARY_RESPONSE} = 0x8C. */
    BINARY_RESPONSE(0x8C),
    /** {@code PUSH_CODE_PATH_DISCOVERY_RESPONSE} = 0x8D. */
    PATH_DISCOVERY_RESPONSE(0x8D),
    /** {@code PUSH_CODE_CONTROL_DATA} = 0x8E. */
    CONTROL_DATA(0x8E),
    /** {@code PUSH_CODE_CONTACT_DELETED} = 0x8F. */
    CONTACT_DELETED(0x8F),
    /** {@code PUSH_CODE_CONTACTS_FULL} = 0x90. */
    CONTACTS_FULL(0x90);

    private static final PushCode[] BY_CODE = new PushCode[256];

    static {
        for (PushCode v : values()) {
            if (BY_CODE[v.code] != null) {
                throw new ExceptionInInitializerError("duplicate PushCode code " + v.code);
            }
            BY_CODE[v.code] = v;
        }
    }

    private final int code;

    PushCode(int code) {
        this.code = code;
    }

    /** The byte on the wire. */
    public int code() {
        return code;
    }

    /** The constant for {@code code}, or empty when the firmware defines none. */
    public static Optional<PushCode> fromCode(int code) {
        return code < 0 || code > 255 ? Optional.empty() : Optional.ofNullable(BY_CODE[code]);
    }
}
